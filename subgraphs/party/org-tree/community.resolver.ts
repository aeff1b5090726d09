import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Community } from './community.entity';
import { Compound } from './compound.entity';
import { communityById, compoundsByCommunity, streetById } from './org-tree.loaders';
import { createCommunity, updateCommunity } from './org-tree.service';
import { CreateCommunityInput, RenameInput } from './org-tree.types';
import { Street } from './street.entity';

@Resolver(() => Community)
export class CommunityResolver {
  @Authorized()
  @Query(() => Community)
  community(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Community> {
    return loadOrNotFound(communityById(ctx).load(assertUuid(id)), 'Community', id);
  }

  @Authorized('admin')
  @Mutation(() => Community, { description: 'Admin: add a community under a street.' })
  createCommunity(@Arg('input', () => CreateCommunityInput) input: CreateCommunityInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return createCommunity(ctx, input);
  }

  @Authorized('admin')
  @Mutation(() => Community, { description: 'Admin: rename a community.' })
  updateCommunity(@Arg('input', () => RenameInput) input: RenameInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return updateCommunity(ctx, input);
  }

  @FieldResolver(() => Street)
  async street(@Root() community: Community, @Ctx() ctx: RequestContext): Promise<Street> {
    return (await streetById(ctx).load(community.streetId))!;
  }

  @FieldResolver(() => [Compound], { description: 'Its compounds (grids), by name.' })
  compounds(@Root() community: Community, @Ctx() ctx: RequestContext): Promise<Compound[]> {
    return compoundsByCommunity(ctx).load(community.id);
  }
}
