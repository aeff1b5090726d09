import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { committeeByCompound } from '../owners-committee/owners-committee.loaders';
import { JointVoteConnection, votesOfCompound } from '../vote/vote.resolver';
import { PublicFund } from '../fund/fund.resolver';
import { Compound } from './compound.ref';

@Resolver(() => Compound)
export class CompoundCommitteeResolver {
  @FieldResolver(() => OwnersCommittee, { nullable: true, description: "The compound's owners' committee, if it has one." })
  ownersCommittee(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<OwnersCommittee | null> {
    return committeeByCompound(ctx).load(compound.id);
  }

  @Authorized()
  @FieldResolver(() => PublicFund, {
    description:
      "The compound's public-affairs fund (公共事务经费): balance and ledger, disclosed to everyone signed in. Follow the money from the compound's outlets to it in one query.",
  })
  publicFund(@Root() compound: Compound): PublicFund {
    return Object.assign(new PublicFund(), { compoundId: compound.id });
  }

  @Authorized()
  @FieldResolver(() => JointVoteConnection, { description: "The owners' joint decisions in this compound, by opening time." })
  jointVotes(@Root() compound: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return votesOfCompound(ctx, compound.id, args);
  }
}
