import { randomUUID } from 'node:crypto';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput, excerpt, forbidden } from '../../../shared/errors';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, intInRange, optionalText } from '../../../shared/validation';
import { assertCompoundRole } from '../access/access';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Compound } from './compound.entity';
import { Household } from './household.entity';
import type {
  CreateBuildingInput,
  CreateCommunityInput,
  CreateCompoundInput,
  CreateHouseholdInput,
  CreateStreetInput,
  CreateUnitInput,
  RenameInput,
  UpdateBuildingInput,
  UpdateCompoundInput,
  UpdateHouseholdInput,
} from './org-tree.types';
import { Street } from './street.entity';
import { Unit } from './unit.entity';

/** Street offices (街道), by name. */
export const streetList = defineList<Street, object>({
  entity: Street,
  alias: 's',
  filters: {},
  order: sortKey<Street>('s', ['s.name', (s) => s.name]),
});

/** Every compound, by name. */
export const compoundList = defineList<Compound, object>({
  entity: Compound,
  alias: 'c',
  filters: {},
  order: sortKey<Compound>('c', ['c.name', (c) => c.name]),
});

/** Households of a compound or of a building, by label (building-unit-door). */
export const householdList = defineList<Household, { compoundId?: string; buildingId?: string }>({
  entity: Household,
  alias: 'h',
  filters: {
    compoundId: (qb, compoundId) => qb.andWhere('h.compound_id = :compoundId', { compoundId }),
    buildingId: (qb, buildingId) => qb.andWhere('h.building_id = :buildingId', { buildingId }),
  },
  order: sortKey<Household>('h', ['h.label', (h) => h.label]),
});

/** The top of the tree (streets, communities, compounds) is the admin's. */
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
    throw badInput(`timeZone ${excerpt(zone)} is not an IANA time zone`, { field: 'timeZone' });
  }
  return zone;
}

const newName = (value: string | null | undefined) => (value === undefined || value === null ? undefined : boundedText(value, 'name', 100));
const newNameZh = (value: string | null | undefined) => (value === undefined ? undefined : optionalText(value, 'nameZh', 100));

/** Admin renames of the top of the tree. */
async function rename<T extends Street | Community>(ctx: RequestContext, target: new () => T, input: RenameInput): Promise<T> {
  const viewer = assertAdmin(ctx);
  const id = assertUuid(input.id);
  const name = newName(input.name);
  const nameZh = newNameZh(input.nameZh);
  return inTransaction(ctx, async (m) => {
    const row = await loadOrNotFound(
      m.findOne<T>(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } }),
      target.name,
      id,
    );
    if (name !== undefined) row.name = name;
    if (nameZh !== undefined) row.nameZh = nameZh;
    stampUpdated(row, viewer.actor, ctx.clock.now());
    return m.save(row);
  });
}

export async function createStreet(ctx: RequestContext, input: CreateStreetInput): Promise<Street> {
  const viewer = assertAdmin(ctx);
  const row = Object.assign(new Street(), {
    id: randomUUID(),
    name: boundedText(input.name, 'name', 100),
    nameZh: optionalText(input.nameZh, 'nameZh', 100),
    city: boundedText(input.city, 'city', 100),
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, (m) => m.save(row));
}

export const updateStreet = (ctx: RequestContext, input: RenameInput): Promise<Street> => rename(ctx, Street, input);

export async function createCommunity(ctx: RequestContext, input: CreateCommunityInput): Promise<Community> {
  const viewer = assertAdmin(ctx);
  const streetId = assertUuid(input.streetId, 'streetId');
  const row = Object.assign(new Community(), {
    id: randomUUID(),
    streetId,
    name: boundedText(input.name, 'name', 100),
    nameZh: optionalText(input.nameZh, 'nameZh', 100),
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    if (!(await m.findOneBy(Street, { id: streetId }))) throw badInput(`streetId ${streetId} is not a street`, { field: 'streetId' });
    return m.save(row);
  });
}

export const updateCommunity = (ctx: RequestContext, input: RenameInput): Promise<Community> => rename(ctx, Community, input);

export async function createCompound(ctx: RequestContext, input: CreateCompoundInput): Promise<Compound> {
  const viewer = assertAdmin(ctx);
  const communityId = assertUuid(input.communityId, 'communityId');
  const row = Object.assign(new Compound(), {
    id: randomUUID(),
    communityId,
    name: boundedText(input.name, 'name', 100),
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

/** The compound's Party secretary renames it. */
export async function updateCompound(ctx: RequestContext, input: UpdateCompoundInput): Promise<Compound> {
  const id = assertUuid(input.id);
  const viewer = assertCompoundRole(ctx, id, ['party_secretary']);
  const name = newName(input.name);
  const nameZh = newNameZh(input.nameZh);
  return inTransaction(ctx, async (m) => {
    const row = await loadOrNotFound(m.findOne(Compound, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'Compound', id);
    if (name !== undefined) row.name = name;
    if (nameZh !== undefined) row.nameZh = nameZh;
    stampUpdated(row, viewer.actor, ctx.clock.now());
    return m.save(row);
  });
}

/** The compound's Party secretary registers a building. */
export async function createBuilding(ctx: RequestContext, input: CreateBuildingInput): Promise<Building> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
  const number = intInRange(input.number, 'number', 1, 999);
  const row = Object.assign(new Building(), {
    id: randomUUID(),
    compoundId,
    number,
    name: input.name === undefined || input.name === null ? `Building ${number}` : boundedText(input.name, 'name', 100),
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    return m.save(row);
  });
}

export async function updateBuilding(ctx: RequestContext, input: UpdateBuildingInput): Promise<Building> {
  const id = assertUuid(input.id);
  const name = boundedText(input.name, 'name', 100);
  return inTransaction(ctx, async (m) => {
    const row = await loadOrNotFound(m.findOne(Building, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'Building', id);
    const viewer = assertCompoundRole(ctx, row.compoundId, ['party_secretary']);
    row.name = name;
    stampUpdated(row, viewer.actor, ctx.clock.now());
    return m.save(row);
  });
}

/** The grid registers a unit (单元) of a building in its compound. */
export async function createUnit(ctx: RequestContext, input: CreateUnitInput): Promise<Unit> {
  const buildingId = assertUuid(input.buildingId, 'buildingId');
  const number = intInRange(input.number, 'number', 1, 99);
  const name = input.name === undefined || input.name === null ? `Unit ${number}` : boundedText(input.name, 'name', 100);
  return inTransaction(ctx, async (m) => {
    const building = await loadOrNotFound(m.findOneBy(Building, { id: buildingId }), 'Building', buildingId);
    const viewer = assertCompoundRole(ctx, building.compoundId);
    const row = Object.assign(new Unit(), { id: randomUUID(), buildingId, number, name });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return m.save(row);
  });
}

export async function updateUnit(ctx: RequestContext, rawId: string, rawName: string): Promise<Unit> {
  const id = assertUuid(rawId);
  const name = boundedText(rawName, 'name', 100);
  return inTransaction(ctx, async (m) => {
    const unit = await loadOrNotFound(m.findOne(Unit, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'Unit', id);
    const building = (await m.findOneBy(Building, { id: unit.buildingId }))!;
    const viewer = assertCompoundRole(ctx, building.compoundId);
    unit.name = name;
    stampUpdated(unit, viewer.actor, ctx.clock.now());
    return m.save(unit);
  });
}

/** The grid registers a household in one of its compound's buildings; its label is building-unit-door. */
export async function createHousehold(ctx: RequestContext, input: CreateHouseholdInput): Promise<Household> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const buildingId = assertUuid(input.buildingId, 'buildingId');
  const unitId = input.unitId ? assertUuid(input.unitId, 'unitId') : null;
  const viewer = assertCompoundRole(ctx, compoundId);
  const doorNumber = boundedText(input.doorNumber, 'doorNumber', 20);
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

export async function updateHousehold(ctx: RequestContext, input: UpdateHouseholdInput): Promise<Household> {
  const id = assertUuid(input.id);
  const doorNumber =
    input.doorNumber === undefined || input.doorNumber === null ? undefined : boundedText(input.doorNumber, 'doorNumber', 20);
  return inTransaction(ctx, async (m) => {
    const row = await loadOrNotFound(m.findOne(Household, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'Household', id);
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
