import { randomUUID } from 'node:crypto';
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { assertUuid, badInput, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole } from '../common/access';
import { inTransaction } from '../common/tx';
import { intInRange } from '../../../shared/validation';
import { optionalText, requiredText } from '../common/validation';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Compound } from './compound.entity';
import { Household } from './household.entity';
import {
  BuildingInfo,
  CreateBuildingInput,
  CreateCommunityInput,
  CreateCompoundInput,
  CreateHouseholdInput,
  CreateStreetInput,
  CreateUnitInput,
  HouseholdInfo,
  RenameInput,
  UpdateBuildingInput,
  UpdateCompoundInput,
  UpdateHouseholdInput,
} from './org-tree.inputs';
import {
  buildingById,
  communitiesByStreet,
  communityById,
  compoundById,
  compoundsByCommunity,
  householdById,
  householdsByUnit,
  streetById,
  unitById,
  unitsByBuilding,
} from './org-tree.loaders';
import { Street } from './street.entity';
import { Unit } from './unit.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class StreetConnection extends Connection(Street) {}

@ObjectType()
export class HouseholdConnection extends Connection(Household) {}

function assertAdmin(ctx: RequestContext) {
  const viewer = requireViewer(ctx);
  if (!viewer.isAdmin) throw forbidden('Only an admin changes the top of the org tree');
  return viewer;
}

function timeZoneOf(value: string | null | undefined): string {
  const zone = value?.trim() || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw badInput(`timeZone ${JSON.stringify(zone)} is not an IANA time zone`, { field: 'timeZone' });
  }
  return zone;
}

/** Admin renames of the top of the tree. */
async function rename<T extends Street | Community>(ctx: RequestContext, target: new () => T, input: RenameInput): Promise<T> {
  const viewer = assertAdmin(ctx);
  const id = assertUuid(input.id);
  const name = input.name === undefined || input.name === null ? undefined : requiredText(input.name, 'name', 100);
  const nameZh = input.nameZh === undefined ? undefined : optionalText(input.nameZh, 'nameZh', 100);
  return inTransaction(ctx, async (m) => {
    const row = (await m.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } })) as T | null;
    if (!row) throw notFound(target.name, id);
    if (name !== undefined) row.name = name;
    if (nameZh !== undefined) row.nameZh = nameZh;
    stampUpdated(row, viewer.actor, ctx.clock.now());
    return m.save(row);
  });
}

export function householdsPage(ctx: RequestContext, where: { compoundId?: string; buildingId?: string }, args: PageArgs) {
  const qb = ctx.dataSource.getRepository(Household).createQueryBuilder('h');
  if (where.compoundId) qb.andWhere('h.compound_id = :compoundId', { compoundId: where.compoundId });
  if (where.buildingId) qb.andWhere('h.building_id = :buildingId', { buildingId: where.buildingId });
  return paginate(qb, args, { column: 'h.label', idColumn: 'h.id', valueOf: (h) => h.label, idOf: (h) => h.id });
}

@Resolver(() => Street)
export class StreetResolver {
  @Authorized()
  @Query(() => StreetConnection, { description: 'Street offices (街道), by name.' })
  streets(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<StreetConnection> {
    const qb = ctx.dataSource.getRepository(Street).createQueryBuilder('s');
    return paginate(qb, args, { column: 's.name', idColumn: 's.id', valueOf: (s) => s.name, idOf: (s) => s.id });
  }

  @Authorized()
  @Query(() => Street)
  async street(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Street> {
    const found = await streetById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Street', id);
    return found;
  }

  @Authorized('admin')
  @Mutation(() => Street, { description: 'Admin: add a street office.' })
  async createStreet(@Arg('input', () => CreateStreetInput) input: CreateStreetInput, @Ctx() ctx: RequestContext): Promise<Street> {
    const viewer = assertAdmin(ctx);
    const row = Object.assign(new Street(), {
      id: randomUUID(),
      name: requiredText(input.name, 'name', 100),
      nameZh: optionalText(input.nameZh, 'nameZh', 100),
      city: requiredText(input.city, 'city', 100),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, (m) => m.save(row));
  }

  @Authorized('admin')
  @Mutation(() => Street, { description: 'Admin: rename a street office.' })
  updateStreet(@Arg('input', () => RenameInput) input: RenameInput, @Ctx() ctx: RequestContext): Promise<Street> {
    return rename(ctx, Street, input);
  }

  @FieldResolver(() => [Community], { description: 'Its communities, by name.' })
  communities(@Root() street: Street, @Ctx() ctx: RequestContext): Promise<Community[]> {
    return communitiesByStreet(ctx).load(street.id);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @Authorized()
  @Query(() => Community)
  async community(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Community> {
    const found = await communityById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Community', id);
    return found;
  }

  @Authorized('admin')
  @Mutation(() => Community, { description: 'Admin: add a community under a street.' })
  async createCommunity(
    @Arg('input', () => CreateCommunityInput) input: CreateCommunityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Community> {
    const viewer = assertAdmin(ctx);
    const streetId = assertUuid(input.streetId, 'streetId');
    const row = Object.assign(new Community(), {
      id: randomUUID(),
      streetId,
      name: requiredText(input.name, 'name', 100),
      nameZh: optionalText(input.nameZh, 'nameZh', 100),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Street, { id: streetId }))) throw badInput(`streetId ${streetId} is not a street`, { field: 'streetId' });
      return m.save(row);
    });
  }

  @Authorized('admin')
  @Mutation(() => Community, { description: 'Admin: rename a community.' })
  updateCommunity(@Arg('input', () => RenameInput) input: RenameInput, @Ctx() ctx: RequestContext): Promise<Community> {
    return rename(ctx, Community, input);
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

@Resolver(() => Compound)
export class CompoundTreeResolver {
  @Authorized('admin')
  @Mutation(() => Compound, { description: 'Admin: add a compound (grid) to a community.' })
  async createCompound(@Arg('input', () => CreateCompoundInput) input: CreateCompoundInput, @Ctx() ctx: RequestContext): Promise<Compound> {
    const viewer = assertAdmin(ctx);
    const communityId = assertUuid(input.communityId, 'communityId');
    const row = Object.assign(new Compound(), {
      id: randomUUID(),
      communityId,
      name: requiredText(input.name, 'name', 100),
      nameZh: optionalText(input.nameZh, 'nameZh', 100),
      timeZone: timeZoneOf(input.timeZone),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Community, { id: communityId })))
        throw badInput(`communityId ${communityId} is not a community`, { field: 'communityId' });
      return m.save(row);
    });
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => Compound, { description: "The compound's Party secretary renames it." })
  async updateCompound(@Arg('input', () => UpdateCompoundInput) input: UpdateCompoundInput, @Ctx() ctx: RequestContext): Promise<Compound> {
    const id = assertUuid(input.id);
    const viewer = assertCompoundRole(ctx, id, ['party_secretary']);
    const name = input.name === undefined || input.name === null ? undefined : requiredText(input.name, 'name', 100);
    const nameZh = input.nameZh === undefined ? undefined : optionalText(input.nameZh, 'nameZh', 100);
    return inTransaction(ctx, async (m) => {
      const row = await m.findOne(Compound, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Compound', id);
      if (name !== undefined) row.name = name;
      if (nameZh !== undefined) row.nameZh = nameZh;
      stampUpdated(row, viewer.actor, ctx.clock.now());
      return m.save(row);
    });
  }

  @FieldResolver(() => Community)
  async community(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<Community> {
    return (await communityById(ctx).load(compound.communityId))!;
  }

  @FieldResolver(() => HouseholdConnection, { description: 'Its households, by label (building-unit-door).' })
  households(@Root() compound: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<HouseholdConnection> {
    return householdsPage(ctx, { compoundId: compound.id }, args);
  }
}

@Resolver(() => Building)
export class BuildingTreeResolver {
  @Authorized()
  @Query(() => Building)
  async building(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Building> {
    const found = await buildingById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Building', id);
    return found;
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => Building, { description: "The compound's Party secretary registers a building." })
  async createBuilding(@Arg('input', () => CreateBuildingInput) input: CreateBuildingInput, @Ctx() ctx: RequestContext): Promise<Building> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
    const number = intInRange(input.number, 'number', 1, 999);
    const row = Object.assign(new Building(), {
      id: randomUUID(),
      compoundId,
      number,
      name: input.name === undefined || input.name === null ? `Building ${number}` : requiredText(input.name, 'name', 100),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      return m.save(row);
    });
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => Building)
  async updateBuilding(@Arg('input', () => UpdateBuildingInput) input: UpdateBuildingInput, @Ctx() ctx: RequestContext): Promise<Building> {
    const id = assertUuid(input.id);
    const name = requiredText(input.name, 'name', 100);
    return inTransaction(ctx, async (m) => {
      const row = await m.findOne(Building, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Building', id);
      const viewer = assertCompoundRole(ctx, row.compoundId, ['party_secretary']);
      row.name = name;
      stampUpdated(row, viewer.actor, ctx.clock.now());
      return m.save(row);
    });
  }

  @FieldResolver(() => [Unit], { description: 'Its units (单元), by number.' })
  units(@Root() building: Building, @Ctx() ctx: RequestContext): Promise<Unit[]> {
    return unitsByBuilding(ctx).load(building.id);
  }

  @FieldResolver(() => HouseholdConnection, { description: 'Its households, by label.' })
  households(@Root() building: Building, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<HouseholdConnection> {
    return householdsPage(ctx, { buildingId: building.id }, args);
  }

  @Directive('@inaccessible')
  @Authorized('service')
  @Query(() => BuildingInfo, {
    nullable: true,
    description: "Internal: a building's compound, for other subgraphs' write-time checks; null when unknown.",
  })
  async buildingInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BuildingInfo | null> {
    const found = await buildingById(ctx).load(assertUuid(id));
    return found ? { id: found.id, compoundId: found.compoundId, number: found.number } : null;
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Unit, { description: 'The grid registers a unit (单元) of a building.' })
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: RequestContext): Promise<Unit> {
    const buildingId = assertUuid(input.buildingId, 'buildingId');
    const number = intInRange(input.number, 'number', 1, 99);
    const name = input.name === undefined || input.name === null ? `Unit ${number}` : requiredText(input.name, 'name', 100);
    return inTransaction(ctx, async (m) => {
      const building = await m.findOneBy(Building, { id: buildingId });
      if (!building) throw notFound('Building', buildingId);
      const viewer = assertCompoundRole(ctx, building.compoundId);
      const row = Object.assign(new Unit(), { id: randomUUID(), buildingId, number, name });
      stampCreated(row, viewer.actor, ctx.clock.now());
      return m.save(row);
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Unit)
  async updateUnit(
    @Arg('id', () => ID) rawId: string,
    @Arg('name', () => String) rawName: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Unit> {
    const id = assertUuid(rawId);
    const name = requiredText(rawName, 'name', 100);
    return inTransaction(ctx, async (m) => {
      const unit = await m.findOne(Unit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw notFound('Unit', id);
      const building = (await m.findOneBy(Building, { id: unit.buildingId }))!;
      const viewer = assertCompoundRole(ctx, building.compoundId);
      unit.name = name;
      stampUpdated(unit, viewer.actor, ctx.clock.now());
      return m.save(unit);
    });
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

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => Household)
  async household(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Household> {
    const found = await householdById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Household', id);
    return found;
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Household, { description: "The grid registers a household in one of its compound's buildings." })
  async createHousehold(
    @Arg('input', () => CreateHouseholdInput) input: CreateHouseholdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Household> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const buildingId = assertUuid(input.buildingId, 'buildingId');
    const unitId = input.unitId ? assertUuid(input.unitId, 'unitId') : null;
    const viewer = assertCompoundRole(ctx, compoundId);
    const doorNumber = requiredText(input.doorNumber, 'doorNumber', 20);
    return inTransaction(ctx, async (m) => {
      const building = await m.findOneBy(Building, { id: buildingId });
      if (!building) throw badInput(`buildingId ${buildingId} is not a building`, { field: 'buildingId' });
      if (building.compoundId !== compoundId) throw badInput('The building belongs to another compound', { field: 'buildingId' });
      let unitNumber: number | null = null;
      if (unitId) {
        const unit = await m.findOneBy(Unit, { id: unitId });
        if (!unit || unit.buildingId !== buildingId) throw badInput('unitId is not a unit of that building', { field: 'unitId' });
        unitNumber = unit.number;
      }
      const row = Object.assign(new Household(), {
        id: randomUUID(),
        compoundId,
        buildingId,
        unitId,
        doorNumber,
        label: [building.number, unitNumber, doorNumber].filter((x) => x !== null).join('-'),
        isLocal: input.isLocal ?? true,
      });
      stampCreated(row, viewer.actor, ctx.clock.now());
      return m.save(row);
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Household)
  async updateHousehold(
    @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Household> {
    const id = assertUuid(input.id);
    const doorNumber =
      input.doorNumber === undefined || input.doorNumber === null ? undefined : requiredText(input.doorNumber, 'doorNumber', 20);
    return inTransaction(ctx, async (m) => {
      const row = await m.findOne(Household, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Household', id);
      const viewer = assertCompoundRole(ctx, row.compoundId);
      if (doorNumber !== undefined) {
        row.label = row.label.slice(0, row.label.length - row.doorNumber.length) + doorNumber;
        row.doorNumber = doorNumber;
      }
      if (input.isLocal !== undefined && input.isLocal !== null) row.isLocal = input.isLocal;
      stampUpdated(row, viewer.actor, ctx.clock.now());
      return m.save(row);
    });
  }

  @FieldResolver(() => Compound)
  async compound(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(household.compoundId))!;
  }

  @FieldResolver(() => Building)
  async building(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Building> {
    return (await buildingById(ctx).load(household.buildingId))!;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return household.unitId ? unitById(ctx).load(household.unitId) : Promise.resolve(null);
  }

  @Directive('@inaccessible')
  @Authorized('service')
  @Query(() => HouseholdInfo, {
    nullable: true,
    description: "Internal: a household's compound and building, for other subgraphs' write-time checks; null when unknown.",
  })
  async householdInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HouseholdInfo | null> {
    const found = await householdById(ctx).load(assertUuid(id));
    return found ? { id: found.id, compoundId: found.compoundId, buildingId: found.buildingId, label: found.label } : null;
  }
}
