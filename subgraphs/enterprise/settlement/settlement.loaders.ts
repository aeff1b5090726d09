import { In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';
import type { RequestContext } from '../../../shared/server/context';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { Settlement } from './settlement.entity';

/** Settlements by id: a page of `_entities` references, and each outlet's page rows, in one batch. */
export function settlementById(ctx: RequestContext) {
  return byIdLoader(ctx, 'settlementById', Settlement);
}

/** Agreements by id: every settlement of a page names the agreement it applied through one batch. */
export function agreementById(ctx: RequestContext) {
  return byIdLoader(ctx, 'agreementById', RevenueShareAgreement);
}

/** Each outlet's agreements: one statement for every outlet of a page. */
export function agreementsByOutlet(ctx: RequestContext) {
  return groupedLoader(ctx, 'agreementsByOutlet', RevenueShareAgreement, 'outletId', { effectiveFrom: 'ASC', id: 'ASC' });
}

/** Each property company's agreements: one statement for every company the gateway resolves at once. */
export function agreementsByCompany(ctx: RequestContext) {
  return groupedLoader(ctx, 'agreementsByCompany', RevenueShareAgreement, 'propertyCompanyId', { effectiveFrom: 'ASC', id: 'ASC' });
}

/** The rebate hand-over of each settlement (if any): one statement per page. */
export function rebateMessageBySettlement(ctx: RequestContext) {
  return ctx.loaders.get<string, OutboxMessage | null>('rebateMessageBySettlement', async (ids) => {
    const rows = await ctx.dataSource.getRepository(OutboxMessage).findBy({ topic: SETTLEMENT_REBATE_TOPIC, recordId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.recordId, null);
  });
}
