import { Arg, Authorized, Ctx, GraphQLISODateTime, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { workOrderStats } from './analytics.service';
import { WorkOrderStats } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  /** Analysts and admins for any company or compound; property staff for their own company only. */
  @Authorized('analyst', 'property_staff')
  @Query(() => WorkOrderStats, { description: 'Work-order performance of a company and/or compound over a period, computed in SQL.' })
  workOrderStats(
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime) to: Date,
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID, { nullable: true }) companyId?: string | null,
    @Arg('compoundId', () => ID, { nullable: true }) compoundId?: string | null,
  ): Promise<WorkOrderStats> {
    return workOrderStats(ctx, { from, to, companyId, compoundId });
  }
}
