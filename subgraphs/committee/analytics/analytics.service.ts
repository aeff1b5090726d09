import { DEFAULT_TIME_ZONE } from '../../../shared/config';
import { assertUuid } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import { toInt } from '../../../shared/schema/graphql-int';
import type { RequestContext } from '../../../shared/server/context';
import { monthsAsPeriod, periodForm, periodOf, type DateRange } from '../../../shared/time/date-range';
import { assertCanReadReports } from '../access/access';
import type { FundDirection, FundSource } from '../fund/fund.enums';
import type { JointMatter } from '../vote/vote.enums';
import { FUND_FLOWS_SQL, VOTE_OUTCOMES_BY_MATTER_SQL, VOTE_TURNOUT_SQL } from './analytics.sql';
import { FundFlowRow, MatterOutcomeRow, VoteTurnoutRow } from './analytics.types';

/** A row of VOTE_TURNOUT_SQL: bigint areas come as text, counts and basis points as int. */
interface VoteTurnoutSqlRow {
  vote_id: string;
  matter: JointMatter;
  title: string;
  closed_at: Date;
  roll_heads: number;
  roll_area: string;
  participating_heads: number;
  participating_area: string;
  turnout_heads_bp: number;
  turnout_area_bp: number;
  for_heads: number;
  for_area: string;
  against_heads: number;
  against_area: string;
  abstain_heads: number;
  abstain_area: string;
  valid: boolean;
  passed: boolean;
}

interface MatterOutcomeSqlRow {
  matter: JointMatter;
  closed_votes: number;
  valid_votes: number;
  passed_votes: number;
  participating_heads: number;
  roll_heads: number;
}

interface FundFlowSqlRow {
  period: string;
  direction: FundDirection;
  source: FundSource;
  entries: number;
  total_fen: string;
}

/** Runs a report's SQL once the viewer may read reports of the compound (null: every compound), one row out per row in. */
async function readReport<S, R>(
  ctx: RequestContext,
  compoundId: string | null,
  sql: string,
  params: unknown[],
  toRow: (r: S) => R,
): Promise<R[]> {
  assertCanReadReports(ctx, compoundId);
  const rows: S[] = await ctx.dataSource.query(sql, params);
  return rows.map(toRow);
}

/** Turnout and result of each closed vote of a compound, oldest first. */
export async function voteTurnout(ctx: RequestContext, compoundId: string): Promise<VoteTurnoutRow[]> {
  const id = assertUuid(compoundId, 'compoundId');
  return readReport(ctx, id, VOTE_TURNOUT_SQL, [id], (r: VoteTurnoutSqlRow) =>
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

/** Closed votes per matter; one compound, or every compound (analysts and admins only). */
export async function voteOutcomesByMatter(ctx: RequestContext, compoundId: string | null): Promise<MatterOutcomeRow[]> {
  const id = compoundId ? assertUuid(compoundId, 'compoundId') : null;
  return readReport(ctx, id, VOTE_OUTCOMES_BY_MATTER_SQL, [id], (r: MatterOutcomeSqlRow) =>
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

/** The fund report's period: `period`, or the deprecated whole months `fromMonth`..`toMonth`. */
export interface FundFlowPeriodArgs {
  period: DateRange | null;
  fromMonth: string | null;
  toMonth: string | null;
}

/** Posted fund money per month (Asia/Shanghai), direction and source, over the period's days; one compound, or all (analysts and admins only). */
export async function fundFlows(ctx: RequestContext, compoundId: string | null, args: FundFlowPeriodArgs): Promise<FundFlowRow[]> {
  const id = compoundId ? assertUuid(compoundId, 'compoundId') : null;
  const { from, to } =
    periodForm(args.period, { fromMonth: args.fromMonth, toMonth: args.toMonth }, true) === 'period'
      ? periodOf(args.period!)
      : monthsAsPeriod(args.fromMonth, args.toMonth, { from: 'fromMonth', to: 'toMonth' });
  return readReport(ctx, id, FUND_FLOWS_SQL, [id, from, to, DEFAULT_TIME_ZONE], (r: FundFlowSqlRow) =>
    Object.assign(new FundFlowRow(), {
      period: r.period,
      direction: r.direction,
      source: r.source,
      entries: r.entries,
      total: Money.of(BigInt(r.total_fen)),
    }),
  );
}
