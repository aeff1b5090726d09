import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, notFound } from '../../../shared/errors';
import { Connection, ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { toInt } from '../bigint';
import { Compound } from '../compound/compound.ref';
import { Ballot } from './ballot.entity';
import { JointVote } from './joint-vote.entity';
import { myBallotByVote, voteById } from './vote.loaders';
import { castBallot, changeBallot, closeVote, openVote } from './vote.service';
import {
  BallotInput,
  FrozenRoll,
  OpenVoteInput,
  TallyMeasure,
  TallyRule,
  TallyStage,
  ThresholdCheckResult,
  VoteResult,
} from './vote.types';
import { approvalRule, describeCheck, formatArea, tally } from './vote-tally';

@ObjectType()
export class JointVoteConnection extends Connection(JointVote) {}

/** The stored figures, with the checks recomputed from them by the same pure arithmetic. */
export function resultOf(vote: JointVote): VoteResult | null {
  if (vote.passed === null || vote.valid === null) return null;
  const outcome = tally(vote.matter, {
    rollArea: vote.rollArea,
    rollHeads: BigInt(vote.rollHeads),
    forArea: vote.forArea!,
    forHeads: BigInt(vote.forHeads!),
    againstArea: vote.againstArea!,
    againstHeads: BigInt(vote.againstHeads!),
    abstainArea: vote.abstainArea!,
    abstainHeads: BigInt(vote.abstainHeads!),
  });
  return Object.assign(new VoteResult(), {
    valid: vote.valid,
    passed: vote.passed,
    participatingAreaCentiM2: toInt(vote.participatingArea!),
    participatingHeads: vote.participatingHeads!,
    forAreaCentiM2: toInt(vote.forArea!),
    forHeads: vote.forHeads!,
    againstAreaCentiM2: toInt(vote.againstArea!),
    againstHeads: vote.againstHeads!,
    abstainAreaCentiM2: toInt(vote.abstainArea!),
    abstainHeads: vote.abstainHeads!,
    explanation: vote.explanation ?? '',
    checks: outcome.checks.map((c) =>
      Object.assign(new ThresholdCheckResult(), {
        stage: c.stage as TallyStage,
        measure: c.measure as TallyMeasure,
        rule: c.rule as TallyRule,
        count: toInt(c.count),
        base: toInt(c.base),
        required: toInt(c.required),
        shortfall: toInt(c.shortfall),
        met: c.met,
        text: describeCheck(c),
      }),
    ),
  });
}

@Resolver(() => JointVote)
export class JointVoteResolver {
  @Authorized()
  @Query(() => JointVote, { description: "One owners' joint decision by id (results are disclosed to everyone signed in)." })
  async vote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<JointVote> {
    const found = await voteById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Vote', id);
    return found;
  }

  @Authorized('committee_member')
  @Mutation(() => JointVote, { description: 'Opens a joint decision and freezes the owner roll (committee member of the compound).' })
  openVote(@Arg('input', () => OpenVoteInput) input: OpenVoteInput, @Ctx() ctx: RequestContext): Promise<JointVote> {
    return openVote(ctx, input);
  }

  @Authorized('committee_member')
  @Mutation(() => JointVote, { description: 'Closes the vote and stores the result with every figure.' })
  closeVote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<JointVote> {
    return closeVote(ctx, id);
  }

  @Authorized('owner')
  @Mutation(() => Ballot, { description: "Casts the signed-in owner's one ballot in an open vote." })
  castBallot(@Arg('input', () => BallotInput) input: BallotInput, @Ctx() ctx: RequestContext): Promise<Ballot> {
    return castBallot(ctx, input);
  }

  @Authorized('owner')
  @Mutation(() => Ballot, { description: "Changes the signed-in owner's ballot while the vote is open." })
  changeBallot(@Arg('input', () => BallotInput) input: BallotInput, @Ctx() ctx: RequestContext): Promise<Ballot> {
    return changeBallot(ctx, input);
  }

  @FieldResolver(() => Compound)
  compound(@Root() vote: JointVote): Compound {
    return { id: vote.compoundId };
  }

  @FieldResolver(() => TallyRule, { description: 'What approval needs: three-quarters for items 6–8, more than half otherwise.' })
  approvalRule(@Root() vote: JointVote): TallyRule {
    return approvalRule(vote.matter) as TallyRule;
  }

  @FieldResolver(() => FrozenRoll, { description: 'The roll as frozen when the vote opened.' })
  roll(@Root() vote: JointVote): FrozenRoll {
    return Object.assign(new FrozenRoll(), { heads: vote.rollHeads, areaCentiM2: toInt(vote.rollArea), area: formatArea(vote.rollArea) });
  }

  @FieldResolver(() => VoteResult, { nullable: true, description: 'The result, once closed; no interim counts while open.' })
  result(@Root() vote: JointVote): VoteResult | null {
    return resultOf(vote);
  }

  @FieldResolver(() => Ballot, { nullable: true, description: "The signed-in owner's own ballot; nobody else's ballot is ever shown." })
  myBallot(@Root() vote: JointVote, @Ctx() ctx: RequestContext): Promise<Ballot | null> | null {
    const residentId = ctx.viewer?.residentId;
    if (!residentId) return null;
    return myBallotByVote(ctx, residentId).load(vote.id);
  }
}

@Resolver(() => Ballot)
export class BallotResolver {
  @FieldResolver(() => JointVote)
  async vote(@Root() ballot: Ballot, @Ctx() ctx: RequestContext): Promise<JointVote> {
    return (await voteById(ctx).load(ballot.voteId))!;
  }
}

/** A compound's joint decisions, by opening time. */
export function votesOfCompound(ctx: RequestContext, compoundId: string, args: PageArgs): Promise<ConnectionResult<JointVote>> {
  const qb = ctx.dataSource.getRepository(JointVote).createQueryBuilder('v').where('v.compound_id = :c', { c: compoundId });
  return paginate(qb, args, { column: 'v.opened_at', idColumn: 'v.id', valueOf: (v) => v.openedAt.toISOString(), idOf: (v) => v.id });
}
