import { assertUuid } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import type { RequestContext } from '../../../shared/server/context';
import { monthsAsPeriod, periodForm, periodInstants, periodOf, type DateRange, type Period } from '../../../shared/time/date-range';
import type { CharityFundReport, CommunitySubsidyFigures, MealTierFigures, OutletPeriodFigures } from './analytics.types';

/**
 * Analysts' reports ("where did the veg shop's money go?"): every figure is one SQL
 * aggregate over the append-only ledgers, grouped by local month (Asia/Shanghai). No
 * personal data appears in any of them.
 */

/** A report's period: `period`, or the deprecated whole months `from`..`to` (YYYY-MM). */
export interface ReportPeriodArgs {
  period: DateRange | null;
  from: string | null;
  to: string | null;
}

function reportPeriod(args: ReportPeriodArgs): Period {
  return periodForm(args.period, { from: args.from, to: args.to }, true) === 'period'
    ? periodOf(args.period!)
    : monthsAsPeriod(args.from, args.to, { from: 'from', to: 'to' });
}

const LOCAL_MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

/** Sales, cost of goods and proceeds per outlet and month, over the period's days. */
export async function outletPeriodFigures(
  ctx: RequestContext,
  args: ReportPeriodArgs,
  outletId: string | null,
): Promise<OutletPeriodFigures[]> {
  const { start, end } = periodInstants(reportPeriod(args));
  const params: unknown[] = [start, end];
  if (outletId) params.push(assertUuid(outletId, 'outletId'));
  const rows: { outlet_id: string; period: string; sales: string; cost: string; settled: boolean }[] = await ctx.dataSource.query(
    `SELECT g.outlet_id, g.period, g.sales, g.cost,
            EXISTS (SELECT 1 FROM settlement s WHERE s.outlet_id = g.outlet_id AND s.period = g.period) AS settled
       FROM (SELECT e.outlet_id, ${LOCAL_MONTH('e.occurred_at')} AS period,
                    COALESCE(SUM(e.amount_fen) FILTER (WHERE e.kind = 'SALE'), 0)::text AS sales,
                    COALESCE(SUM(e.amount_fen) FILTER (WHERE e.kind = 'COST_OF_GOODS'), 0)::text AS cost
               FROM outlet_entry e
              WHERE e.occurred_at >= $1 AND e.occurred_at < $2 ${outletId ? 'AND e.outlet_id = $3' : ''}
              GROUP BY e.outlet_id, period) g
      ORDER BY g.outlet_id, g.period`,
    params,
  );
  return rows.map((r) => ({
    outletId: r.outlet_id,
    period: r.period,
    sales: Money.of(r.sales),
    costOfGoods: Money.of(r.cost),
    proceeds: Money.of(BigInt(r.sales) - BigInt(r.cost)),
    settled: r.settled,
  }));
}

/** A canteen's meals by age tier over the period's days. */
export async function mealsByAgeTier(ctx: RequestContext, outletId: string, args: ReportPeriodArgs): Promise<MealTierFigures[]> {
  const { from, to } = reportPeriod(args);
  const rows: { tier: number; meals: string; fund: string; amount: string }[] = await ctx.dataSource.query(
    `SELECT tier_min_age AS tier, COUNT(*)::text AS meals, COUNT(*) FILTER (WHERE paid_by = 'CHARITY_FUND')::text AS fund, SUM(price_fen)::text AS amount
       FROM meal WHERE outlet_id = $1 AND meal_date BETWEEN $2::date AND $3::date
      GROUP BY tier_min_age ORDER BY tier_min_age`,
    [assertUuid(outletId, 'outletId'), from, to],
  );
  return rows.map((r) => ({ tierMinAge: r.tier, meals: Number(r.meals), paidByCharityFund: Number(r.fund), amount: Money.of(r.amount) }));
}

/** A canteen's charity fund income and spending over the period's days, and its balance now. */
export async function charityFundReport(ctx: RequestContext, outletId: string, args: ReportPeriodArgs): Promise<CharityFundReport> {
  const { start, end } = periodInstants(reportPeriod(args));
  const id = assertUuid(outletId, 'outletId');
  const rows: { kind: string; entries: string; amount: string }[] = await ctx.dataSource.query(
    `SELECT kind, COUNT(*)::text AS entries, SUM(amount_fen)::text AS amount FROM charity_fund_entry
      WHERE outlet_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY kind ORDER BY kind`,
    [id, start, end],
  );
  const [fund] = await ctx.dataSource.query(`SELECT balance_fen::text AS b FROM charity_fund WHERE outlet_id = $1`, [id]);
  const amounts = rows.map((r) => BigInt(r.amount));
  return {
    income: Money.of(amounts.filter((a) => a > 0n).reduce((a, b) => a + b, 0n)),
    spending: Money.of(-amounts.filter((a) => a < 0n).reduce((a, b) => a + b, 0n)),
    byKind: rows.map((r) => ({ kind: r.kind, entries: Number(r.entries), amount: Money.of(r.amount) })),
    balance: Money.of(fund?.b ?? 0),
  };
}

/** Community subsidies paid at service markets per outlet and month, over the period's days. */
export async function communitySubsidies(ctx: RequestContext, args: ReportPeriodArgs): Promise<CommunitySubsidyFigures[]> {
  const { start, end } = periodInstants(reportPeriod(args));
  const rows: { outlet_id: string; period: string; sales: string; subsidies: string; cover: string }[] = await ctx.dataSource.query(
    `SELECT outlet_id, ${LOCAL_MONTH('created_at')} AS period, COUNT(*)::text AS sales, SUM(community_subsidy_fen)::text AS subsidies, SUM(senior_cover_fen)::text AS cover
       FROM market_sale WHERE created_at >= $1 AND created_at < $2 GROUP BY outlet_id, period ORDER BY outlet_id, period`,
    [start, end],
  );
  return rows.map((r) => ({
    outletId: r.outlet_id,
    period: r.period,
    sales: Number(r.sales),
    subsidies: Money.of(r.subsidies),
    seniorCover: Money.of(r.cover),
    total: Money.of(BigInt(r.subsidies) + BigInt(r.cover)),
  }));
}
