import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { partyStats, partyStatsByCompound } from './analytics.service';
import { CompoundPartyStats, CompoundPartyStatsConnection } from './analytics.types';

/** The analysts' figures: issue reports, wishes and volunteer time per compound and period. */
@Resolver()
export class AnalyticsResolver {
  @Authorized('analyst', 'party_secretary', 'admin')
  @Query(() => CompoundPartyStats, {
    description: "One compound's figures for local days from..to (analysts, admins, the compound's Party secretary).",
  })
  partyStats(
    @Arg('compoundId', () => ID) compoundId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundPartyStats> {
    return partyStats(ctx, compoundId, from, to);
  }

  @Authorized('analyst', 'admin')
  @Query(() => CompoundPartyStatsConnection, {
    description: "Every compound's figures for local days from..to, compounds by name (which compounds answer within 10 minutes?).",
  })
  partyStatsByCompound(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundPartyStatsConnection> {
    return partyStatsByCompound(ctx, from, to, args);
  }
}
