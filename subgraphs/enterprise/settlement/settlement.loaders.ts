import { In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';
import { ConnectionResult, decodeCursor, encodeCursor, PageArgs, pageSize } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { revenueReadScope, revenueScopeCondition } from '../access/access';
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

/**
 * Each outlet's settlements as a connection. Every outlet of a list asks with the same
 * page arguments, so one loader per (first, after) serves them all: one windowed
 * statement for the pages, one grouped count, one batch of rows.
 */
export function outletSettlementPages(ctx: RequestContext, page: PageArgs) {
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  return ctx.loaders.get<string, ConnectionResult<Settlement>>(`outletSettlements:${size}:${page.after ?? ''}`, async (outletIds) => {
    const scope = revenueReadScope(ctx.viewer!);
    const params: unknown[] = [outletIds];
    const where = [`s.outlet_id = ANY($1::uuid[])`, revenueScopeCondition(scope, 's', params)];
    const countWhere = where.join(' AND ');
    const countParams = [...params];
    if (after) {
      params.push(String(after[0]), after[1]);
      where.push(`(s.period, s.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(size + 1);
    const pageRows: { id: string; outlet_id: string }[] = await ctx.dataSource.query(
      `SELECT id, outlet_id FROM (
         SELECT s.id, s.outlet_id, ROW_NUMBER() OVER (PARTITION BY s.outlet_id ORDER BY s.period, s.id) AS rn
           FROM settlement s WHERE ${where.join(' AND ')}) p
        WHERE rn <= $${params.length} ORDER BY outlet_id, rn`,
      params,
    );
    const counts: { outlet_id: string; n: string }[] = await ctx.dataSource.query(
      `SELECT s.outlet_id, COUNT(*)::text AS n FROM settlement s WHERE ${countWhere} GROUP BY s.outlet_id`,
      countParams,
    );
    const rows = (await settlementById(ctx).loadMany(pageRows.map((r) => r.id))) as Settlement[];
    return outletIds.map((outletId) => {
      const mine = rows.filter((r) => r.outletId === outletId);
      const nodes = mine.slice(0, size);
      const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node.period, node.id) }));
      return {
        edges,
        totalCount: Number(counts.find((c) => c.outlet_id === outletId)?.n ?? 0),
        pageInfo: {
          hasNextPage: mine.length > size,
          hasPreviousPage: !!page.after,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    });
  });
}
