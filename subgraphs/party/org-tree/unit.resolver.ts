import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Household } from './household.entity';
import { buildingById, householdsByUnit } from './org-tree.loaders';
import { createUnit, updateUnit } from './org-tree.service';
import { CreateUnitInput } from './org-tree.types';
import { Unit } from './unit.entity';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Unit, { description: 'The grid registers a unit (单元) of a building.' })
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: RequestContext): Promise<Unit> {
    return createUnit(ctx, input);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Unit)
  updateUnit(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: RequestContext): Promise<Unit> {
    return updateUnit(ctx, id, name);
  }

  @FieldResolver(() => Building)
  async building(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Building> {
    return (await buildingById(ctx).load(unit.buildingId))!;
  }

  @FieldResolver(() => [Household], { description: 'Its households, by label.' })
  households(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Household[]> {
    return householdsByUnit(ctx).load(unit.id);
  }
}
