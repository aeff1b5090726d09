import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { DateRange, USE_PERIOD } from '../../../shared/time/date-range';
import { partyStats, partyStatsByCompound } from './analytics.service';
import { CompoundPartyStats, CompoundPartyStatsConnection } from './analytics.types';

/** The analysts' figures: issue reports, wishes and volunteer time per compound and period. */
@Resolver()
export class AnalyticsResolver {
  @Authorized('analyst', 'party_secretary', 'admin')
  @Query(() => CompoundPartyStats, {
    description: "One compound's figures for the local days of a period (analysts, admins, the compound's Party secretary).",
  })
  partyStats(
    @Arg('compoundId', () => ID) compoundId: string,
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => String, { nullable: true, deprecationReason: USE_PERIOD }) from: string | null,
    @Arg('to', () => String, { nullable: true, deprecationReason: USE_PERIOD }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundPartyStats> {
    return partyStats(ctx, compoundId, { period, from, to });
  }

  @Authorized('analyst', 'admin')
  @Query(() => CompoundPartyStatsConnection, {
    description: "Every compound's figures for the local days of a period, compounds by name (which compounds answer within 10 minutes?).",
  })
  partyStatsByCompound(
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => String, { nullable: true, deprecationReason: USE_PERIOD }) from: string | null,
    @Arg('to', () => String, { nullable: true, deprecationReason: USE_PERIOD }) to: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundPartyStatsConnection> {
    return partyStatsByCompound(ctx, { period, from, to }, args);
  }
}
