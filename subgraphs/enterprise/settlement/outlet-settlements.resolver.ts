import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '../../../shared/errors';
import { ConnectionResult, decodeCursor, encodeCursor, PageArgs, pageSize } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { canReadRevenueRecord, PartyScope, revenueReadScope } from '../common/access';
import { Outlet } from '../outlet/outlet.entity';
import { PropertyCompany } from '../refs/property-company.ref';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { Settlement } from './settlement.entity';
import { agreementsByCompany, agreementsByOutlet, settlementById } from './settlement.loaders';
import { SettlementConnection } from './settlement.types';

function scopeSql(scope: PartyScope, params: unknown[]): string {
  if (scope.all) return 'TRUE';
  params.push(scope.enterpriseIds, scope.companyIds, scope.compoundIds);
  const n = params.length;
  return `(s.enterprise_id = ANY($${n - 2}::uuid[]) OR s.property_company_id = ANY($${n - 1}::uuid[]) OR s.compound_id = ANY($${n}::uuid[]))`;
}

/**
 * Each outlet's settlements as a connection. Every outlet of a list asks with the same
 * page arguments, so one loader per (first, after) serves them all: one windowed
 * statement for the pages, one grouped count, one batch of rows.
 */
function outletSettlementPages(ctx: RequestContext, page: PageArgs) {
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  return ctx.loaders.get<string, ConnectionResult<Settlement>>(`outletSettlements:${size}:${page.after ?? ''}`, async (outletIds) => {
    const scope = revenueReadScope(ctx.viewer!);
    const params: unknown[] = [outletIds];
    const where = [`s.outlet_id = ANY($1::uuid[])`, scopeSql(scope, params)];
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

@Resolver(() => Outlet)
export class OutletSettlementsResolver {
  @FieldResolver(() => SettlementConnection, { description: "Follow the money: the outlet's settlements the viewer may read, by period." })
  settlements(
    @Root() outlet: Outlet,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<Settlement>> {
    if (!ctx.viewer) throw forbidden('A valid token is required to read settlements');
    return outletSettlementPages(ctx, page).load(outlet.id);
  }

  @FieldResolver(() => [RevenueShareAgreement], { description: "The outlet's revenue-sharing agreements the viewer may read." })
  async revenueShareAgreements(@Root() outlet: Outlet, @Ctx() ctx: RequestContext): Promise<RevenueShareAgreement[]> {
    if (!ctx.viewer) return [];
    const rows = await agreementsByOutlet(ctx).load(outlet.id);
    return rows.filter((a) => canReadRevenueRecord(ctx.viewer!, a));
  }
}

@Resolver(() => PropertyCompany)
export class PropertyCompanyEnterpriseResolver {
  @FieldResolver(() => [RevenueShareAgreement], {
    description: 'Revenue-sharing agreements (二八分成) the company is party to, as far as the viewer may read them.',
  })
  async revenueShareAgreements(@Root() company: PropertyCompany, @Ctx() ctx: RequestContext): Promise<RevenueShareAgreement[]> {
    if (!ctx.viewer) return [];
    const rows = await agreementsByCompany(ctx).load(company.id);
    return rows.filter((a) => canReadRevenueRecord(ctx.viewer!, a));
  }
}
