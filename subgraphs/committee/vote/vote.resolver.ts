import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../neighbours/compound.ref';
import { Ballot } from './ballot.entity';
import { JointVote } from './joint-vote.entity';
import { approvalRule } from './vote-tally';
import { myBallotByVote, voteById } from './vote.loaders';
import { castBallot, changeBallot, closeVote, frozenRoll, openVote, voteResult } from './vote.service';
import { BallotInput, FrozenRoll, OpenVoteInput, VoteResult } from './vote.types';
import { TallyRule } from './vote.enums';

@Resolver(() => JointVote)
export class JointVoteResolver {
  @Authorized()
  @Query(() => JointVote, { description: "One owners' joint decision by id (results are disclosed to everyone signed in)." })
  vote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<JointVote> {
    return loadOrNotFound(voteById(ctx).load(assertUuid(id)), 'Vote', id);
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

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() vote: JointVote): Compound {
    return { id: vote.compoundId };
  }

  @FieldResolver(() => TallyRule, { description: 'What approval needs: three-quarters for items 6–8, more than half otherwise.' })
  approvalRule(@Root() vote: JointVote): TallyRule {
    return approvalRule(vote.matter) as TallyRule;
  }

  @FieldResolver(() => FrozenRoll, { description: 'The roll as frozen when the vote opened.' })
  roll(@Root() vote: JointVote): FrozenRoll {
    return frozenRoll(vote);
  }

  @FieldResolver(() => VoteResult, { nullable: true, description: 'The result, once closed; no interim counts while open.' })
  result(@Root() vote: JointVote): VoteResult | null {
    return voteResult(vote);
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
