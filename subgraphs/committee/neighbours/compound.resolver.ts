import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ConnectionResult, PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { publicFundOf } from '../fund/fund.service';
import { PublicFund } from '../fund/fund.types';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { committeeByCompound } from '../owners-committee/owners-committee.loaders';
import { JointVote } from '../vote/joint-vote.entity';
import { voteList } from '../vote/vote.service';
import { JointVoteConnection } from '../vote/vote.types';
import { Compound } from './compound.ref';

/** What the committee adds to party's compound: its committee, its fund and its joint decisions. */
@Resolver(() => Compound)
export class CompoundCommitteeResolver {
  @FieldResolver(() => OwnersCommittee, { nullable: true, description: "The compound's owners' committee, if it has one." })
  ownersCommittee(
    @Root() compound: Compound,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OwnersCommittee | null> {
    return committeeByCompound(ctx, info).load(compound.id);
  }

  @Authorized()
  @FieldResolver(() => PublicFund, {
    nullable: true,
    description:
      "The compound's public-affairs fund (公共事务经费): balance and ledger, disclosed to everyone signed in. Follow the money from the compound's outlets to it in one query.",
  })
  publicFund(@Root() compound: Compound): PublicFund {
    return publicFundOf(compound.id);
  }

  @Authorized()
  @FieldResolver(() => JointVoteConnection, {
    nullable: true,
    description: "The owners' joint decisions in this compound, by opening time.",
  })
  jointVotes(
    @Root() compound: Compound,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<JointVote>> {
    return voteList.page(ctx, { compoundId: compound.id }, args);
  }
}
