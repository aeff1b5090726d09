import { Arg, Args, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { assertUuid, badInput, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { calendarDate } from '../common/validation';
import { Compound } from '../org-tree/compound.entity';
import { compoundById } from '../org-tree/org-tree.loaders';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType({ description: 'A count per key (category, path).' })
export class KeyCount {
  @Field(() => String) key: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "One compound's party figures over a period of local days (the compound's time zone)." })
export class CompoundPartyStats {
  @Field(() => Compound) compound: Compound;
  @Field(() => String, { description: 'First local day, inclusive (YYYY-MM-DD).' }) from: string;
  @Field(() => String, { description: 'Last local day, inclusive (YYYY-MM-DD).' }) to: string;
  @Field(() => Int, { description: 'Issue reports filed in the period; the figures below follow these reports.' }) reports: number;
  @Field(() => Int) responded: number;
  @Field(() => Int, { description: 'Answered within 10 minutes (≤ 600 s).' }) respondedWithinPromise: number;
  @Field(() => Float, {
    nullable: true,
    description: 'respondedWithinPromise / reports (unanswered reports count against it); null without reports.',
  })
  shareRespondedWithinPromise: number | null;
  @Field(() => Float, { nullable: true, description: 'Median seconds from report to first response.' }) medianResponseSeconds:
    number | null;
  @Field(() => Int) resolved: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds from report to (latest) resolution.' }) medianResolutionSeconds:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Mean close-out satisfaction, 1–5.' }) averageSatisfaction: number | null;
  @Field(() => [KeyCount], { description: 'Reports by category.' }) byCategory: KeyCount[];
  @Field(() => [KeyCount], { description: 'Reports by how they were dealt with (COMMUNITY, PROPERTY, WHISTLE).' }) byPath: KeyCount[];
  @Field(() => Int, { description: 'Micro-wishes fulfilled in the period.' }) wishesFulfilled: number;
  @Field(() => Int, { description: 'Volunteer minutes: attendees × length of activities starting in the period.' })
  volunteerMinutes: number;
  @Field(() => Float) volunteerHours: number;
}

@ObjectType()
export class CompoundPartyStatsConnection extends Connection(CompoundPartyStats) {}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Every figure in SQL, for a set of compounds at once: one statement per figure group,
 * whatever the number of compounds. Period bounds are local midnights of each
 * compound's own zone, so a report at 23:59 and one at 00:01 fall on either side.
 */
export async function partyStatsFor(ctx: RequestContext, compounds: Compound[], from: string, to: string): Promise<CompoundPartyStats[]> {
  if (compounds.length === 0) return [];
  const ids = compounds.map((c) => c.id);
  const bounds = `WITH b AS (
      SELECT id, (($2::date)::timestamp AT TIME ZONE time_zone) AS lo, (($3::date + 1)::timestamp AT TIME ZONE time_zone) AS hi
      FROM compound WHERE id = ANY($1::uuid[]))`;
  const params = [ids, from, to];
  const q = ctx.dataSource;
  const [reports, categories, paths, wishes, volunteers] = await Promise.all([
    q.query(
      `${bounds}
       SELECT b.id,
              count(r.id)::int AS reports,
              count(r.responded_at)::int AS responded,
              (count(*) FILTER (WHERE r.responded_at - r.reported_at <= interval '600 seconds'))::int AS within,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.responded_at - r.reported_at)) AS median_response,
              count(r.resolved_at)::int AS resolved,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.resolved_at - r.reported_at)) AS median_resolution,
              avg(r.satisfaction)::float8 AS satisfaction
       FROM b LEFT JOIN issue_report r ON r.compound_id = b.id AND r.reported_at >= b.lo AND r.reported_at < b.hi
       GROUP BY b.id`,
      params,
    ),
    q.query(
      `${bounds} SELECT b.id, r.category AS key, count(*)::int AS count FROM b JOIN issue_report r ON r.compound_id = b.id AND r.reported_at >= b.lo AND r.reported_at < b.hi
       GROUP BY b.id, r.category ORDER BY r.category`,
      params,
    ),
    q.query(
      `${bounds} SELECT b.id, r.path AS key, count(*)::int AS count FROM b JOIN issue_report r ON r.compound_id = b.id AND r.reported_at >= b.lo AND r.reported_at < b.hi
       WHERE r.path IS NOT NULL GROUP BY b.id, r.path ORDER BY r.path`,
      params,
    ),
    q.query(
      `${bounds} SELECT b.id, count(w.id)::int AS n FROM b LEFT JOIN micro_wish w ON w.compound_id = b.id AND w.fulfilled_at >= b.lo AND w.fulfilled_at < b.hi GROUP BY b.id`,
      params,
    ),
    q.query(
      `${bounds} SELECT b.id, coalesce(sum(round(extract(epoch FROM a.ends_at - a.starts_at) / 60)) FILTER (WHERE s.attended_at IS NOT NULL), 0)::int AS minutes
       FROM b LEFT JOIN activity a ON a.compound_id = b.id AND a.starts_at >= b.lo AND a.starts_at < b.hi
       LEFT JOIN activity_signup s ON s.activity_id = a.id
       GROUP BY b.id`,
      params,
    ),
  ]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const by = (rows: any[]) => new Map<string, any>(rows.map((r) => [r.id, r]));
  const reportsBy = by(reports);
  const wishesBy = by(wishes);
  const volunteersBy = by(volunteers);
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
      medianResponseSeconds: num(r.median_response),
      resolved: r.resolved,
      medianResolutionSeconds: num(r.median_resolution),
      averageSatisfaction: num(r.satisfaction),
      byCategory: categories.filter((c: { id: string }) => c.id === compound.id).map(({ key, count }: KeyCount) => ({ key, count })),
      byPath: paths.filter((c: { id: string }) => c.id === compound.id).map(({ key, count }: KeyCount) => ({ key, count })),
      wishesFulfilled: wishesBy.get(compound.id)?.n ?? 0,
      volunteerMinutes: minutes,
      volunteerHours: minutes / 60,
    };
  });
}

function period(from: string, to: string): [string, string] {
  const a = calendarDate(from, 'from');
  const b = calendarDate(to, 'to');
  if (b < a) throw badInput('to must not be before from', { field: 'to' });
  return [a, b];
}

@Resolver()
export class PartyStatsResolver {
  @Authorized('analyst', 'party_secretary', 'admin')
  @Query(() => CompoundPartyStats, {
    description: "One compound's figures for local days from..to (analysts, admins, the compound's Party secretary).",
  })
  async partyStats(
    @Arg('compoundId', () => ID) compoundId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundPartyStats> {
    const id = assertUuid(compoundId, 'compoundId');
    const viewer = requireViewer(ctx);
    if (!viewer.isAnalyst && !viewer.canActInCompound(id, 'party_secretary'))
      throw forbidden("Only analysts and the compound's Party secretary read its figures");
    const [a, b] = period(from, to);
    const compound = await compoundById(ctx).load(id);
    if (!compound) throw notFound('Compound', id);
    return (await partyStatsFor(ctx, [compound], a, b))[0];
  }

  @Authorized('analyst', 'admin')
  @Query(() => CompoundPartyStatsConnection, {
    description: "Every compound's figures for local days from..to, compounds by name (which compounds answer within 10 minutes?).",
  })
  async partyStatsByCompound(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundPartyStatsConnection> {
    const [a, b] = period(from, to);
    const page = await paginate(ctx.dataSource.getRepository(Compound).createQueryBuilder('c'), args, {
      column: 'c.name',
      idColumn: 'c.id',
      valueOf: (c) => c.name,
      idOf: (c) => c.id,
    });
    const stats = await partyStatsFor(
      ctx,
      page.edges.map((e) => e.node),
      a,
      b,
    );
    return { ...page, edges: page.edges.map((e, i) => ({ node: stats[i], cursor: e.cursor })) };
  }
}
