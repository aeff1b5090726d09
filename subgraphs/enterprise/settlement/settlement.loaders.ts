import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import type { RequestContext } from '../../../shared/server/context';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { Settlement } from './settlement.entity';
import { SETTLEMENT_REBATE_TOPIC } from './settlement.service';

export function settlementById(ctx: RequestContext) {
  return ctx.loaders.get<string, Settlement | null>('settlementById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(Settlement).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

export function agreementById(ctx: RequestContext) {
  return ctx.loaders.get<string, RevenueShareAgreement | null>('agreementById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(RevenueShareAgreement).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

export function agreementsByOutlet(ctx: RequestContext) {
  return ctx.loaders.get<string, RevenueShareAgreement[]>('agreementsByOutlet', async (ids) => {
    const rows = await ctx.dataSource.getRepository(RevenueShareAgreement).find({ where: { outletId: In([...ids]) }, order: { effectiveFrom: 'ASC', id: 'ASC' } });
    return groupedByKeys(ids, rows, (r) => r.outletId);
  });
}

export function agreementsByCompany(ctx: RequestContext) {
  return ctx.loaders.get<string, RevenueShareAgreement[]>('agreementsByCompany', async (ids) => {
    const rows = await ctx.dataSource.getRepository(RevenueShareAgreement).find({ where: { propertyCompanyId: In([...ids]) }, order: { effectiveFrom: 'ASC', id: 'ASC' } });
    return groupedByKeys(ids, rows, (r) => r.propertyCompanyId);
  });
}

/** The rebate hand-over of each settlement (if any): one statement per page. */
export function rebateMessageBySettlement(ctx: RequestContext) {
  return ctx.loaders.get<string, OutboxMessage | null>('rebateMessageBySettlement', async (ids) => {
    const rows = await ctx.dataSource.getRepository(OutboxMessage).findBy({ topic: SETTLEMENT_REBATE_TOPIC, recordId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.recordId, null);
  });
}
