import { Arg, Authorized, Ctx, GraphQLISODateTime, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { DateRange, USE_PERIOD } from '../../../shared/time/date-range';
import { workOrderStats } from './analytics.service';
import { WorkOrderStats } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  /** Analysts and admins for any company or compound; property staff for their own company only. */
  @Authorized('analyst', 'property_staff')
  @Query(() => WorkOrderStats, {
    description: 'Work-order performance of a company and/or compound over the local days of a period (Asia/Shanghai), computed in SQL.',
  })
  workOrderStats(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => GraphQLISODateTime, { nullable: true, deprecationReason: USE_PERIOD, description: 'An instant, inclusive.' })
    from: Date | null,
    @Arg('to', () => GraphQLISODateTime, { nullable: true, deprecationReason: USE_PERIOD, description: 'An instant, exclusive.' })
    to: Date | null,
    @Arg('companyId', () => ID, { nullable: true }) companyId?: string | null,
    @Arg('compoundId', () => ID, { nullable: true }) compoundId?: string | null,
  ): Promise<WorkOrderStats> {
    return workOrderStats(ctx, { period, from, to, companyId, compoundId });
  }
}
