import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Compound } from './compound.entity';
import { Household } from './household.entity';
import { buildingById, compoundById, householdById, unitById } from './org-tree.loaders';
import { createHousehold, updateHousehold } from './org-tree.service';
import { CreateHouseholdInput, UpdateHouseholdInput } from './org-tree.types';
import { Unit } from './unit.entity';

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => Household)
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Household> {
    return loadOrNotFound(householdById(ctx).load(assertUuid(id)), 'Household', id);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Household, { description: "The grid registers a household in one of its compound's buildings." })
  createHousehold(@Arg('input', () => CreateHouseholdInput) input: CreateHouseholdInput, @Ctx() ctx: RequestContext): Promise<Household> {
    return createHousehold(ctx, input);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Household)
  updateHousehold(@Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput, @Ctx() ctx: RequestContext): Promise<Household> {
    return updateHousehold(ctx, input);
  }

  @FieldResolver(() => Compound, { nullable: true })
  async compound(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(household.compoundId))!;
  }

  @FieldResolver(() => Building, { nullable: true })
  async building(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Building> {
    return (await buildingById(ctx).load(household.buildingId))!;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return household.unitId ? unitById(ctx).load(household.unitId) : Promise.resolve(null);
  }
}
