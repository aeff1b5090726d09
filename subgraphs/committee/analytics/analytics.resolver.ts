import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { DateRange, USE_PERIOD } from '../../../shared/time/date-range';
import { fundFlows, voteOutcomesByMatter, voteTurnout } from './analytics.service';
import { FundFlowRow, MatterOutcomeRow, VoteTurnoutRow } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  @Authorized('analyst', 'committee_member')
  @Query(() => [VoteTurnoutRow], { description: 'Turnout and result of each closed vote of a compound (SQL: VOTE_TURNOUT_SQL).' })
  voteTurnoutReport(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: RequestContext): Promise<VoteTurnoutRow[]> {
    return voteTurnout(ctx, compoundId);
  }

  @Authorized('analyst', 'committee_member')
  @Query(() => [MatterOutcomeRow], {
    description: 'Closed votes per matter, valid and passed; one compound, or every compound (analysts).',
  })
  voteOutcomesByMatter(
    @Arg('compoundId', () => ID, { nullable: true }) compoundId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MatterOutcomeRow[]> {
    return voteOutcomesByMatter(ctx, compoundId);
  }

  @Authorized('analyst', 'committee_member')
  @Query(() => [FundFlowRow], {
    description:
      'Posted fund income and spending per month and source over the days of a period; one compound, or every compound together (analysts) (SQL: FUND_FLOWS_SQL).',
  })
  fundFlowReport(
    @Arg('compoundId', () => ID, { nullable: true }) compoundId: string | null,
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('fromMonth', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) fromMonth: string | null,
    @Arg('toMonth', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) toMonth: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FundFlowRow[]> {
    return fundFlows(ctx, compoundId, { period, fromMonth, toMonth });
  }
}
