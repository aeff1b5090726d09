import { requireViewer } from '../../../shared/auth/require-viewer';
import { assertUuid, badInput, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { periodForm, periodInstants, periodOf, type DateRange } from '../../../shared/time/date-range';
import type { WorkOrderCategory } from '../work-order/work-order-flow';
import type { WorkOrderStats } from './analytics.types';

/** Orders whose repair is done (now RESOLVED or CONFIRMED). */
const DONE = `status IN ('RESOLVED', 'CONFIRMED')`;

/**
 * The figures in one pass over the orders: each category's counts (hashed, a dozen
 * groups) with its resolution times, then the totals from those, the median over the
 * categories' times (one sort, of the resolved orders only). $1, $2 the submission
 * window [from, to), $3 a company id or NULL, $4 a compound id or NULL. Exported for the
 * district-scale bench's EXPLAIN.
 */
export const WORK_ORDER_STATS_SQL = `WITH c AS (
  SELECT category,
         count(*)::int AS total,
         count(*) FILTER (WHERE ${DONE})::int AS resolved,
         count(*) FILTER (WHERE ${DONE} AND resolved_at <= sla_deadline)::int AS on_time,
         array_agg(extract(epoch FROM resolved_at - submitted_at)::float8) FILTER (WHERE ${DONE}) AS seconds,
         count(rating)::int AS rated,
         sum(rating) AS rating_sum,
         count(*) FILTER (WHERE first_resolved_at IS NOT NULL)::int AS ever_resolved,
         count(*) FILTER (WHERE reopen_count > 0)::int AS reopened
    FROM work_order
   WHERE submitted_at >= $1 AND submitted_at < $2 AND ($3::uuid IS NULL OR company_id = $3) AND ($4::uuid IS NULL OR compound_id = $4)
   GROUP BY category)
SELECT category, false AS whole, total, resolved, on_time, NULL::float8 AS median_s, rated, NULL::float8 AS avg_rating, ever_resolved, reopened FROM c
UNION ALL
SELECT NULL, true, coalesce(sum(total), 0)::int, coalesce(sum(resolved), 0)::int, coalesce(sum(on_time), 0)::int,
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) FROM c, unnest(c.seconds) s),
       coalesce(sum(rated), 0)::int, (sum(rating_sum)::numeric / nullif(sum(rated), 0))::float8,
       coalesce(sum(ever_resolved), 0)::int, coalesce(sum(reopened), 0)::int
  FROM c
 ORDER BY category`;

/** One row of the totals query, as PostgreSQL names its columns. */
interface TotalsRow {
  total: number;
  resolved: number;
  on_time: number;
  median_s: number | string | null;
  rated: number;
  avg_rating: number | null;
  ever_resolved: number;
  reopened: number;
}

export interface WorkOrderStatsQuery {
  period: DateRange | null;
  /** The deprecated form: instants [from, to). */
  from: Date | null;
  to: Date | null;
  companyId?: string | null;
  compoundId?: string | null;
}

/** The orders' submission window: the period's local days, or the deprecated instants [from, to). */
function submissionWindow(query: WorkOrderStatsQuery): { from: Date; to: Date } {
  if (periodForm(query.period, { from: query.from, to: query.to }, true) === 'period') {
    const { start, end } = periodInstants(periodOf(query.period!));
    return { from: start, to: end };
  }
  if (!(query.from!.getTime() < query.to!.getTime())) throw badInput('from must be before to', { field: 'from' });
  return { from: query.from!, to: query.to! };
}

/**
 * Work-order performance of a company and/or compound over a submission window, in SQL.
 * Analysts and admins for any company or compound; property staff for their own company only.
 */
export async function workOrderStats(ctx: RequestContext, query: WorkOrderStatsQuery): Promise<WorkOrderStats> {
  const viewer = requireViewer(ctx);
  const { from, to } = submissionWindow(query);
  const company = query.companyId ? assertUuid(query.companyId, 'companyId') : null;
  const compound = query.compoundId ? assertUuid(query.compoundId, 'compoundId') : null;
  if (!viewer.isAnalyst && !viewer.isAdmin && !(company && viewer.canActForCompany(company, 'property_staff'))) {
    throw forbidden("Property staff see their own company's figures only (name companyId)");
  }
  const rows: (TotalsRow & { category: WorkOrderCategory | null; whole: boolean })[] = await ctx.dataSource.query(WORK_ORDER_STATS_SQL, [
    from,
    to,
    company,
    compound,
  ]);
  const totals = rows.find((r) => r.whole)!;
  const byCategory = rows.filter((r) => !r.whole).map((r) => ({ category: r.category!, count: r.total }));
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    total: totals.total,
    byCategory,
    resolvedCount: totals.resolved,
    onTimeCount: totals.on_time,
    onTimeRate: ratio(totals.on_time, totals.resolved),
    medianSecondsToResolve: totals.median_s === null ? null : Number(totals.median_s),
    ratedCount: totals.rated,
    averageRating: totals.avg_rating === null ? null : Number(totals.avg_rating),
    everResolvedCount: totals.ever_resolved,
    reopenedCount: totals.reopened,
    reopenRate: ratio(totals.reopened, totals.ever_resolved),
  };
}
