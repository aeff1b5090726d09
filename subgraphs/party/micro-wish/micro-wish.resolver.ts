import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { RequestContext } from '../../../shared/server/context';
import { Resident } from '../resident/resident.entity';
import { visibleResident } from '../resident/resident.loaders';
import { MicroWish } from './micro-wish.entity';
import { claimMicroWish, fulfilMicroWish, postMicroWish, releaseMicroWish } from './micro-wish.service';
import { PostMicroWishInput } from './micro-wish.types';

@Resolver(() => MicroWish)
export class MicroWishResolver {
  @Authorized('resident', 'owner', 'grid_worker', 'party_secretary', 'admin')
  @Mutation(() => MicroWish, { description: 'Post a micro-wish (微心愿): a resident for themselves, or the grid for a resident.' })
  postMicroWish(@Arg('input', () => PostMicroWishInput) input: PostMicroWishInput, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return postMicroWish(ctx, input);
  }

  @Authorized('volunteer', 'party_member', 'admin')
  @Mutation(() => MicroWish, { description: 'Claim an open wish; each wish is claimed once.' })
  claimMicroWish(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return claimMicroWish(ctx, id);
  }

  @Authorized('volunteer', 'party_member', 'admin')
  @Mutation(() => MicroWish, { description: 'The claimer fulfils the wish.' })
  fulfilMicroWish(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return fulfilMicroWish(ctx, id);
  }

  @Authorized('volunteer', 'party_member', 'admin')
  @Mutation(() => MicroWish, { description: 'The claimer gives the wish back for someone else.' })
  releaseMicroWish(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return releaseMicroWish(ctx, id);
  }

  @FieldResolver(() => Resident, { nullable: true, description: 'Whose wish it is, if you may see them.' })
  resident(@Root() w: MicroWish, @Ctx() ctx: RequestContext): Promise<Resident | null> {
    return w.residentId ? visibleResident(ctx, w.residentId) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean)
  claimedByMe(@Root() w: MicroWish, @Ctx() ctx: RequestContext): boolean {
    return w.claimedBy === requireViewer(ctx).actor;
  }
}
