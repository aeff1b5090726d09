import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { assertUuid, badInput, forbidden } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import type { RequestContext } from '../../../shared/server/context';
import { canReadRoll } from '../access';
import { toInt } from '../bigint';
import { FundDirection, FundSource } from '../fund/fund.types';
import { JointMatter } from '../vote/joint-matter';
import { FUND_FLOWS_SQL, VOTE_OUTCOMES_BY_MATTER_SQL, VOTE_TURNOUT_SQL } from './analytics.sql';
import { requireViewer } from '../../../shared/auth/require-viewer';

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const ZONE = 'Asia/Shanghai';

@ObjectType({ description: 'Turnout and result of one closed vote; turnout in basis points (1/100 of a percent), floored.' })
export class VoteTurnoutRow {
  @Field(() => ID) voteId: string;
  @Field(() => JointMatter) matter: JointMatter;
  @Field(() => String) title: string;
  @Field(() => Date) closedAt: Date;
  @Field(() => Int) rollHeads: number;
  @Field(() => Int) rollAreaCentiM2: number;
  @Field(() => Int) participatingHeads: number;
  @Field(() => Int) participatingAreaCentiM2: number;
  @Field(() => Int) turnoutHeadsBasisPoints: number;
  @Field(() => Int) turnoutAreaBasisPoints: number;
  @Field(() => Int) forHeads: number;
  @Field(() => Int) forAreaCentiM2: number;
  @Field(() => Int) againstHeads: number;
  @Field(() => Int) againstAreaCentiM2: number;
  @Field(() => Int) abstainHeads: number;
  @Field(() => Int) abstainAreaCentiM2: number;
  @Field(() => Boolean) valid: boolean;
  @Field(() => Boolean) passed: boolean;
}

@ObjectType({ description: 'Closed votes on one matter and how they ended.' })
export class MatterOutcomeRow {
  @Field(() => JointMatter) matter: JointMatter;
  @Field(() => Int) closedVotes: number;
  @Field(() => Int) validVotes: number;
  @Field(() => Int) passedVotes: number;
  @Field(() => Int) participatingHeads: number;
  @Field(() => Int) rollHeads: number;
}

@ObjectType({ description: 'Posted fund money of one month, direction and source.' })
export class FundFlowRow {
  @Field(() => String, { description: 'YYYY-MM in Asia/Shanghai.' }) period: string;
  @Field(() => FundDirection) direction: FundDirection;
  @Field(() => FundSource) source: FundSource;
  @Field(() => Int) entries: number;
  @Field(() => Money) total: Money;
}

/** Analysts everywhere; a committee member for their own compound; admins. */
function assertReport(ctx: RequestContext, compoundId: string | null): void {
  const viewer = requireViewer(ctx);
  if (compoundId ? canReadRoll(viewer, compoundId) : viewer.isAnalyst || viewer.isAdmin) return;
  throw forbidden('Reports are for analysts and the compound’s committee');
}

@Resolver()
export class AnalyticsResolver {
  @Authorized('analyst', 'committee_member')
  @Query(() => [VoteTurnoutRow], { description: 'Turnout and result of each closed vote of a compound (SQL: VOTE_TURNOUT_SQL).' })
  async voteTurnoutReport(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: RequestContext): Promise<VoteTurnoutRow[]> {
    const id = assertUuid(compoundId, 'compoundId');
    assertReport(ctx, id);
    const rows = await ctx.dataSource.query(VOTE_TURNOUT_SQL, [id]);
    return rows.map((r: any) =>
      Object.assign(new VoteTurnoutRow(), {
        voteId: r.vote_id,
        matter: r.matter,
        title: r.title,
        closedAt: r.closed_at,
        rollHeads: r.roll_heads,
        rollAreaCentiM2: toInt(BigInt(r.roll_area)),
        participatingHeads: r.participating_heads,
        participatingAreaCentiM2: toInt(BigInt(r.participating_area)),
        turnoutHeadsBasisPoints: r.turnout_heads_bp,
        turnoutAreaBasisPoints: r.turnout_area_bp,
        forHeads: r.for_heads,
        forAreaCentiM2: toInt(BigInt(r.for_area)),
        againstHeads: r.against_heads,
        againstAreaCentiM2: toInt(BigInt(r.against_area)),
        abstainHeads: r.abstain_heads,
        abstainAreaCentiM2: toInt(BigInt(r.abstain_area)),
        valid: r.valid,
        passed: r.passed,
      }),
    );
  }

  @Authorized('analyst', 'committee_member')
  @Query(() => [MatterOutcomeRow], {
    description: 'Closed votes per matter, valid and passed; one compound, or every compound (analysts).',
  })
  async voteOutcomesByMatter(
    @Arg('compoundId', () => ID, { nullable: true }) compoundId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MatterOutcomeRow[]> {
    const id = compoundId ? assertUuid(compoundId, 'compoundId') : null;
    assertReport(ctx, id);
    const rows = await ctx.dataSource.query(VOTE_OUTCOMES_BY_MATTER_SQL, [id]);
    return rows.map((r: any) =>
      Object.assign(new MatterOutcomeRow(), {
        matter: r.matter,
        closedVotes: r.closed_votes,
        validVotes: r.valid_votes,
        passedVotes: r.passed_votes,
        participatingHeads: r.participating_heads,
        rollHeads: r.roll_heads,
      }),
    );
  }

  @Authorized('analyst', 'committee_member')
  @Query(() => [FundFlowRow], {
    description: 'Posted fund income and spending per month and source, months inclusive (SQL: FUND_FLOWS_SQL).',
  })
  async fundFlowReport(
    @Arg('compoundId', () => ID) compoundId: string,
    @Arg('fromMonth', () => String, { description: 'YYYY-MM' }) fromMonth: string,
    @Arg('toMonth', () => String, { description: 'YYYY-MM' }) toMonth: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FundFlowRow[]> {
    const id = assertUuid(compoundId, 'compoundId');
    if (!MONTH_RE.test(fromMonth)) throw badInput('fromMonth must be YYYY-MM', { field: 'fromMonth' });
    if (!MONTH_RE.test(toMonth) || toMonth < fromMonth)
      throw badInput('toMonth must be YYYY-MM, not before fromMonth', { field: 'toMonth' });
    assertReport(ctx, id);
    const rows = await ctx.dataSource.query(FUND_FLOWS_SQL, [id, fromMonth, toMonth, ZONE]);
    return rows.map((r: any) =>
      Object.assign(new FundFlowRow(), {
        period: r.period,
        direction: r.direction,
        source: r.source,
        entries: r.entries,
        total: Money.of(BigInt(r.total_fen)),
      }),
    );
  }
}
