import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Compound } from './compound.entity';
import { buildingById, compoundById, unitsByBuilding } from './org-tree.loaders';
import { createBuilding, householdList, updateBuilding } from './org-tree.service';
import { CreateBuildingInput, HouseholdConnection, UpdateBuildingInput } from './org-tree.types';
import { Unit } from './unit.entity';

@Resolver(() => Building)
export class BuildingResolver {
  @Authorized()
  @Query(() => Building)
  building(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Building> {
    return loadOrNotFound(buildingById(ctx).load(assertUuid(id)), 'Building', id);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => Building, { description: "The compound's Party secretary registers a building." })
  createBuilding(@Arg('input', () => CreateBuildingInput) input: CreateBuildingInput, @Ctx() ctx: RequestContext): Promise<Building> {
    return createBuilding(ctx, input);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => Building)
  updateBuilding(@Arg('input', () => UpdateBuildingInput) input: UpdateBuildingInput, @Ctx() ctx: RequestContext): Promise<Building> {
    return updateBuilding(ctx, input);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() building: Building, @Ctx() ctx: RequestContext): Promise<Compound> {
    return loadOrNotFound(compoundById(ctx).load(building.compoundId), 'Compound', building.compoundId);
  }

  @FieldResolver(() => [Unit], { nullable: true, description: 'Its units (单元), by number.' })
  units(@Root() building: Building, @Ctx() ctx: RequestContext): Promise<Unit[]> {
    return unitsByBuilding(ctx).load(building.id);
  }

  @FieldResolver(() => HouseholdConnection, { nullable: true, description: 'Its households, by label.' })
  households(@Root() building: Building, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<HouseholdConnection> {
    return householdList.page(ctx, { buildingId: building.id }, args);
  }
}
