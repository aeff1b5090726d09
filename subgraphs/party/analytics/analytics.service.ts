import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, forbidden } from '../../../shared/errors';
import type { ConnectionResult, PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { checkedPeriod, periodForm, periodOf, type DateRange } from '../../../shared/time/date-range';
import type { Compound } from '../org-tree/compound.entity';
import { compoundById } from '../org-tree/org-tree.loaders';
import { compoundList } from '../org-tree/org-tree.service';
import type { CompoundPartyStats, KeyCount } from './analytics.types';

/**
 * One row of the report figures: a compound's totals (no category, no path), or the
 * count of one of its categories, or of one of its paths (GROUPING SETS).
 */
interface ReportFigures {
  id: string;
  category: string | null;
  path: string | null;
  whole: boolean;
  by_category: boolean;
  reports: number;
  responded: number;
  within: number;
  escalated_1: number;
  escalated_2: number;
  median_response: number | string | null;
  resolved: number;
  median_resolution: number | string | null;
  satisfaction: number | null;
}
type KeyCountRow = KeyCount & { id: string };

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The period's bounds per compound: local midnights of each compound's own zone. $1 compound ids, $2 first day, $3 last day. */
const BOUNDS = `WITH b AS (
      SELECT id, (($2::date)::timestamp AT TIME ZONE time_zone) AS lo, (($3::date + 1)::timestamp AT TIME ZONE time_zone) AS hi
      FROM compound WHERE id = ANY($1::uuid[]))`;

/**
 * The statements of the figures, one per table read. The report rows are read once:
 * totals, categories and paths are grouping sets of one pass. Each compound's rows are
 * joined LATERAL, so they are read by their (compound, time) index range: the bounds
 * differ per compound (its zone), which a plain join could only apply as a filter after
 * reading every row of the table (OFFSET 0 keeps the planner from flattening them back
 * into such a join). Exported for the district-scale bench's EXPLAIN.
 */
export const PARTY_STATS_SQL = {
  reports: `${BOUNDS}
       SELECT b.id, r.category, r.path,
              GROUPING(r.category, r.path) = 3 AS whole, GROUPING(r.category) = 0 AS by_category,
              count(r.id)::int AS reports,
              count(r.responded_at)::int AS responded,
              (count(*) FILTER (WHERE r.responded_at - r.promise_started_at <= interval '600 seconds'))::int AS within,
              (count(*) FILTER (WHERE r.escalation_level >= 1))::int AS escalated_1,
              (count(*) FILTER (WHERE r.escalation_level >= 2))::int AS escalated_2,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.responded_at - r.reported_at)) AS median_response,
              count(r.resolved_at)::int AS resolved,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.resolved_at - r.reported_at)) AS median_resolution,
              avg(r.satisfaction)::float8 AS satisfaction
       FROM b LEFT JOIN LATERAL (SELECT * FROM issue_report r WHERE r.compound_id = b.id AND r.reported_at >= b.lo AND r.reported_at < b.hi OFFSET 0) r ON true
       GROUP BY GROUPING SETS ((b.id), (b.id, r.category), (b.id, r.path))
       ORDER BY r.category, r.path`,
  wishes: `${BOUNDS} SELECT b.id, count(w.id)::int AS n FROM b LEFT JOIN LATERAL (SELECT w.id FROM micro_wish w WHERE w.compound_id = b.id AND w.fulfilled_at >= b.lo AND w.fulfilled_at < b.hi OFFSET 0) w ON true GROUP BY b.id`,
  volunteers: `${BOUNDS} SELECT b.id, coalesce(sum(round(extract(epoch FROM a.ends_at - a.starts_at) / 60)) FILTER (WHERE s.attended_at IS NOT NULL), 0)::int AS minutes
       FROM b LEFT JOIN LATERAL (SELECT * FROM activity a WHERE a.compound_id = b.id AND a.starts_at >= b.lo AND a.starts_at < b.hi OFFSET 0) a ON true
       LEFT JOIN activity_signup s ON s.activity_id = a.id
       GROUP BY b.id`,
};

/**
 * Every figure in SQL, for a set of compounds at once: one statement per table read
 * (reports, wishes, activities), whatever the number of compounds. Period bounds are local midnights of each
 * compound's own zone, so a report at 23:59 and one at 00:01 fall on either side.
 */
export async function partyStatsFor(ctx: RequestContext, compounds: Compound[], from: string, to: string): Promise<CompoundPartyStats[]> {
  if (compounds.length === 0) return [];
  const ids = compounds.map((c) => c.id);
  const params = [ids, from, to];
  const q = ctx.dataSource;
  const [figures, wishes, volunteers] = (await Promise.all([
    q.query(PARTY_STATS_SQL.reports, params),
    q.query(PARTY_STATS_SQL.wishes, params),
    q.query(PARTY_STATS_SQL.volunteers, params),
  ])) as [ReportFigures[], { id: string; n: number }[], { id: string; minutes: number }[]];
  const by = <T extends { id: string }>(rows: T[]) => new Map<string, T>(rows.map((r) => [r.id, r]));
  const reportsBy = by(figures.filter((f) => f.whole));
  // A compound without reports still has its null-extended row in each set: a key of null is no key.
  const categories: KeyCountRow[] = figures
    .filter((f) => f.by_category && f.category !== null)
    .map((f) => ({ id: f.id, key: f.category!, count: f.reports }));
  const paths: KeyCountRow[] = figures
    .filter((f) => !f.whole && !f.by_category && f.path !== null)
    .map((f) => ({ id: f.id, key: f.path!, count: f.reports }));
  const wishesBy = by(wishes);
  const volunteersBy = by(volunteers);
  const countsOf = (rows: KeyCountRow[], id: string): KeyCount[] =>
    rows.filter((c) => c.id === id).map(({ key, count }) => ({ key, count }));
  return compounds.map((compound) => {
    const r = reportsBy.get(compound.id)!;
    const minutes = volunteersBy.get(compound.id)?.minutes ?? 0;
    return {
      compound,
      from,
      to,
      reports: r.reports,
      responded: r.responded,
      respondedWithinPromise: r.within,
      shareRespondedWithinPromise: r.reports > 0 ? r.within / r.reports : null,
      escalatedLevel1: r.escalated_1,
      escalatedLevel2: r.escalated_2,
      medianResponseSeconds: num(r.median_response),
      resolved: r.resolved,
      medianResolutionSeconds: num(r.median_resolution),
      averageSatisfaction: num(r.satisfaction),
      byCategory: countsOf(categories, compound.id),
      byPath: countsOf(paths, compound.id),
      wishesFulfilled: wishesBy.get(compound.id)?.n ?? 0,
      volunteerMinutes: minutes,
      volunteerHours: minutes / 60,
    };
  });
}

/** The figures' period: `period`, or the deprecated `from`/`to` days (both inclusive). */
export interface StatsPeriodArgs {
  period: DateRange | null;
  from: string | null;
  to: string | null;
}

function period(args: StatsPeriodArgs): [string, string] {
  const { from, to } =
    periodForm(args.period, { from: args.from, to: args.to }, true) === 'period'
      ? periodOf(args.period!)
      : checkedPeriod(args.from, args.to, { from: 'from', to: 'to' });
  return [from, to];
}

/** One compound's figures: analysts, admins, and the compound's Party secretary. */
export async function partyStats(ctx: RequestContext, compoundId: string, args: StatsPeriodArgs): Promise<CompoundPartyStats> {
  const id = assertUuid(compoundId, 'compoundId');
  const viewer = requireViewer(ctx);
  if (!viewer.isAnalyst && !viewer.canActInCompound(id, 'party_secretary'))
    throw forbidden("Only analysts and the compound's Party secretary read its figures");
  const [a, b] = period(args);
  const compound = await loadOrNotFound(compoundById(ctx).load(id), 'Compound', id);
  return (await partyStatsFor(ctx, [compound], a, b))[0];
}

/** Every compound's figures, a page of compounds (by name) at a time. */
export async function partyStatsByCompound(
  ctx: RequestContext,
  periodArgs: StatsPeriodArgs,
  args: PageArgs,
): Promise<ConnectionResult<CompoundPartyStats>> {
  const [a, b] = period(periodArgs);
  const page = await compoundList.page(ctx, {}, args);
  const stats = await partyStatsFor(
    ctx,
    page.edges.map((e) => e.node),
    a,
    b,
  );
  return { ...page, edges: page.edges.map((e, i) => ({ node: stats[i], cursor: e.cursor })) };
}
