import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Community } from './community.entity';
import { communitiesByStreet, streetById } from './org-tree.loaders';
import { createStreet, streetList, updateStreet } from './org-tree.service';
import { CreateStreetInput, RenameInput, StreetConnection } from './org-tree.types';
import { Street } from './street.entity';

@Resolver(() => Street)
export class StreetResolver {
  @Authorized()
  @Query(() => StreetConnection, { description: 'Street offices (街道), by name.' })
  streets(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<StreetConnection> {
    return streetList.page(ctx, {}, args);
  }

  @Authorized()
  @Query(() => Street)
  street(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Street> {
    return loadOrNotFound(streetById(ctx).load(assertUuid(id)), 'Street', id);
  }

  @Authorized('admin')
  @Mutation(() => Street, { description: 'Admin: add a street office.' })
  createStreet(@Arg('input', () => CreateStreetInput) input: CreateStreetInput, @Ctx() ctx: RequestContext): Promise<Street> {
    return createStreet(ctx, input);
  }

  @Authorized('admin')
  @Mutation(() => Street, { description: 'Admin: rename a street office.' })
  updateStreet(@Arg('input', () => RenameInput) input: RenameInput, @Ctx() ctx: RequestContext): Promise<Street> {
    return updateStreet(ctx, input);
  }

  @FieldResolver(() => [Community], { description: 'Its communities, by name.' })
  communities(@Root() street: Street, @Ctx() ctx: RequestContext): Promise<Community[]> {
    return communitiesByStreet(ctx).load(street.id);
  }
}
