import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import { PageArgs } from '../../../shared/pagination/connection';
import { selectsField } from '../../../shared/pagination/selection';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Compound } from './compound.entity';
import { buildingsByCompound, communityById, compoundById } from './org-tree.loaders';
import { compoundList, createCompound, householdList, updateCompound } from './org-tree.service';
import { CompoundConnection, CreateCompoundInput, HouseholdConnection, UpdateCompoundInput } from './org-tree.types';

@Resolver(() => Compound)
export class CompoundResolver {
  @Authorized()
  @Query(() => Compound, { description: 'One compound by id.' })
  compound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Compound> {
    return loadOrNotFound(compoundById(ctx).load(assertUuid(id)), 'Compound', id);
  }

  @Authorized()
  @Query(() => CompoundConnection, { description: 'All compounds, by name.' })
  compounds(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<CompoundConnection> {
    return compoundList.page(ctx, {}, args, { countWithPage: selectsField(info, 'totalCount') });
  }

  @Authorized('admin')
  @Mutation(() => Compound, { description: 'Admin: add a compound (grid) to a community.' })
  createCompound(@Arg('input', () => CreateCompoundInput) input: CreateCompoundInput, @Ctx() ctx: RequestContext): Promise<Compound> {
    return createCompound(ctx, input);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => Compound, { description: "The compound's Party secretary renames it." })
  updateCompound(@Arg('input', () => UpdateCompoundInput) input: UpdateCompoundInput, @Ctx() ctx: RequestContext): Promise<Compound> {
    return updateCompound(ctx, input);
  }

  @FieldResolver(() => [Building], { nullable: true, description: 'The buildings of the compound, by number.' })
  buildings(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<Building[]> {
    return buildingsByCompound(ctx).load(compound.id);
  }

  @FieldResolver(() => Community, { nullable: true })
  async community(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<Community> {
    return (await communityById(ctx).load(compound.communityId))!;
  }

  @FieldResolver(() => HouseholdConnection, { nullable: true, description: 'Its households, by label (building-unit-door).' })
  households(@Root() compound: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<HouseholdConnection> {
    return householdList.page(ctx, { compoundId: compound.id }, args);
  }
}
