import { Arg, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import { assertUuid, badInput, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { WorkOrderCategoryEnum } from '../work-order/work-order.entity';
import type { WorkOrderCategory } from '../work-order/work-order.rules';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class CategoryCount {
  @Field(() => WorkOrderCategoryEnum)
  category: WorkOrderCategory;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'Work orders submitted in [from, to): counts by category; resolution measured on orders now RESOLVED or CONFIRMED (on time = resolved at or before the SLA deadline); reopen rate over orders ever resolved.',
})
export class WorkOrderStats {
  @Field(() => Int)
  total: number;

  @Field(() => [CategoryCount])
  byCategory: CategoryCount[];

  @Field(() => Int, { description: 'Orders now RESOLVED or CONFIRMED.' })
  resolvedCount: number;

  @Field(() => Int)
  onTimeCount: number;

  @Field(() => Float, { nullable: true, description: 'onTimeCount / resolvedCount; null when nothing is resolved.' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median seconds from submission to (last) resolution.' })
  medianSecondsToResolve: number | null;

  @Field(() => Int)
  ratedCount: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the 1–5 ratings given.' })
  averageRating: number | null;

  @Field(() => Int, { description: 'Orders that were ever resolved.' })
  everResolvedCount: number;

  @Field(() => Int, { description: 'Orders reopened at least once.' })
  reopenedCount: number;

  @Field(() => Float, { nullable: true, description: 'reopenedCount / everResolvedCount.' })
  reopenRate: number | null;
}

const DONE = `status IN ('RESOLVED', 'CONFIRMED')`;

@Resolver()
export class WorkOrderStatsResolver {
  /** Analysts and admins for any company or compound; property staff for their own company only. */
  @Authorized('analyst', 'property_staff')
  @Query(() => WorkOrderStats, { description: 'Work-order performance of a company and/or compound over a period, computed in SQL.' })
  async workOrderStats(
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime) to: Date,
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID, { nullable: true }) companyId?: string | null,
    @Arg('compoundId', () => ID, { nullable: true }) compoundId?: string | null,
  ): Promise<WorkOrderStats> {
    const viewer = requireViewer(ctx);
    const company = companyId ? assertUuid(companyId, 'companyId') : null;
    const compound = compoundId ? assertUuid(compoundId, 'compoundId') : null;
    if (!(from.getTime() < to.getTime())) throw badInput('from must be before to', { field: 'from' });
    if (!viewer.isAnalyst && !viewer.isAdmin && !(company && viewer.canActForCompany(company, 'property_staff'))) {
      throw forbidden("Property staff see their own company's figures only (name companyId)");
    }
    const params = [from, to, company, compound];
    const scope = `submitted_at >= $1 AND submitted_at < $2 AND ($3::uuid IS NULL OR company_id = $3) AND ($4::uuid IS NULL OR compound_id = $4)`;
    const [totals] = await ctx.dataSource.query(
      `WITH o AS (SELECT * FROM work_order WHERE ${scope})
       SELECT count(*)::int AS total,
              count(*) FILTER (WHERE ${DONE})::int AS resolved,
              count(*) FILTER (WHERE ${DONE} AND resolved_at <= sla_deadline)::int AS on_time,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - submitted_at)) FILTER (WHERE ${DONE}) AS median_s,
              count(rating)::int AS rated,
              avg(rating)::float8 AS avg_rating,
              count(*) FILTER (WHERE first_resolved_at IS NOT NULL)::int AS ever_resolved,
              count(*) FILTER (WHERE reopen_count > 0)::int AS reopened
         FROM o`,
      params,
    );
    const byCategory: { category: WorkOrderCategory; count: number }[] = await ctx.dataSource.query(
      `SELECT category, count(*)::int AS count FROM work_order WHERE ${scope} GROUP BY category ORDER BY category`,
      params,
    );
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
}
