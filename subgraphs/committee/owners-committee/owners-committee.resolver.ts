import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../neighbours/compound.ref';
import { ownerById } from '../owner-roll/owner-roll.loaders';
import { Owner } from '../owner-roll/owner.entity';
import { JointVote } from '../vote/joint-vote.entity';
import { voteById } from '../vote/vote.loaders';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeTerm } from './committee-term.entity';
import { OwnersCommittee } from './owners-committee.entity';
import { committeeById, seatsByTerm, termsByCommittee } from './owners-committee.loaders';
import { recordElection } from './owners-committee.service';
import { RecordElectionInput } from './owners-committee.types';

@Resolver(() => OwnersCommittee)
export class OwnersCommitteeResolver {
  @Authorized()
  @Query(() => OwnersCommittee, { description: "One owners' committee by id." })
  ownersCommittee(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OwnersCommittee> {
    return loadOrNotFound(committeeById(ctx).load(assertUuid(id)), 'OwnersCommittee', id);
  }

  @Authorized('committee_member')
  @Mutation(() => OwnersCommittee, {
    description: 'Seats a committee term from the passed ELECT_COMMITTEE vote (founding the committee if needed).',
  })
  recordCommitteeElection(
    @Arg('input', () => RecordElectionInput) input: RecordElectionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OwnersCommittee> {
    return recordElection(ctx, input);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() committee: OwnersCommittee): Compound {
    return { id: committee.compoundId };
  }

  @FieldResolver(() => [CommitteeTerm], { nullable: true, description: 'Every term, oldest first.' })
  terms(@Root() committee: OwnersCommittee, @Ctx() ctx: RequestContext): Promise<CommitteeTerm[]> {
    return termsByCommittee(ctx).load(committee.id);
  }

  @FieldResolver(() => CommitteeTerm, { nullable: true, description: 'The latest elected term.' })
  async currentTerm(@Root() committee: OwnersCommittee, @Ctx() ctx: RequestContext): Promise<CommitteeTerm | null> {
    const terms = await termsByCommittee(ctx).load(committee.id);
    return terms[terms.length - 1] ?? null;
  }
}

@Resolver(() => CommitteeTerm)
export class CommitteeTermResolver {
  @FieldResolver(() => JointVote, { description: 'The passed vote that elected this term.' })
  async electedBy(@Root() term: CommitteeTerm, @Ctx() ctx: RequestContext): Promise<JointVote> {
    return (await voteById(ctx).load(term.voteId))!;
  }

  @FieldResolver(() => [CommitteeSeat], { description: 'Chair first, then vice-chairs, then members.' })
  seats(@Root() term: CommitteeTerm, @Ctx() ctx: RequestContext): Promise<CommitteeSeat[]> {
    return seatsByTerm(ctx).load(term.id);
  }
}

@Resolver(() => CommitteeSeat)
export class CommitteeSeatResolver {
  @FieldResolver(() => Owner, { description: 'The owner in the seat (their name follows the owner roll’s privacy rules).' })
  async owner(@Root() seat: CommitteeSeat, @Ctx() ctx: RequestContext): Promise<Owner> {
    return (await ownerById(ctx).load(seat.ownerId))!;
  }
}
