import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, chinesePhone, optionalText } from '../../../shared/validation';
import { assertCompoundRole, PARTY_ROLES, readsCompoundPeople, seesResident } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { Household } from '../org-tree/household.entity';
import { Resident } from './resident.entity';
import { residentById } from './resident.loaders';
import { ResidentOrderField } from './resident.enums';
import type { CreateResidentInput, ResidentPageArgs, UpdateResidentInput } from './resident.types';
import { birthDate } from './birth-date';

/** A compound's residents, filtered by the two flags the grid visits by; one statement for the residents of every compound of a query. */
const residentList = defineList<Resident, { elderlyLivingAlone?: boolean | null; isLocal?: boolean | null }, ResidentOrderField>({
  entity: Resident,
  alias: 'r',
  filters: {
    elderlyLivingAlone: (qb, ela) => qb.andWhere('r.elderly_living_alone = :ela', { ela }),
    isLocal: (qb, loc) => qb.andWhere('r.is_local = :loc', { loc }),
  },
  order: { columns: ['r.id'], valuesOf: (r) => [r.id], idColumn: 'r.id', idOf: (r) => r.id },
  orders: {
    // An erased resident has no name: first, as the empty name.
    NAME: sortKey<Resident>('r', [`COALESCE(r.name, '')`, (r) => r.name ?? '']),
    REGISTERED_AT: sortKey<Resident>('r', ['r.created_at', (r) => r.createdAt.toISOString()]),
  },
  parent: { column: 'r.compound_id', of: (r) => r.compoundId },
});

/** `resident(id)`: the person, their compound's grid, analysts and admins; others FORBIDDEN. */
export async function residentFor(ctx: RequestContext, id: string): Promise<Resident> {
  const found = await loadOrNotFound(residentById(ctx).load(assertUuid(id)), 'Resident', id);
  if (!seesResident(requireViewer(ctx), found)) throw forbidden('You may not see this resident');
  return found;
}

/** The signed-in resident's own record. */
export function myResident(ctx: RequestContext): Promise<Resident | null> {
  const id = requireViewer(ctx).residentId;
  return id ? residentById(ctx).load(id) : Promise.resolve(null);
}

/**
 * A compound's residents, for its grid, analysts and admins. Sorting by name is for
 * those who see names: the order (and its cursors, which carry the name) would show
 * analysts what their answers hide.
 */
export function compoundResidents(ctx: RequestContext, compoundId: string, args: ResidentPageArgs) {
  const viewer = requireViewer(ctx);
  if (!readsCompoundPeople(viewer, compoundId)) throw forbidden("Only the compound's grid, analysts and admins list its residents");
  if (args.orderBy?.field === ResidentOrderField.NAME && !(viewer.isService || viewer.canActInCompound(compoundId, ...PARTY_ROLES)))
    throw forbidden("Only the compound's grid and admins, who see names, sort residents by name");
  return residentList.pageOf(ctx, compoundId, { elderlyLivingAlone: args.elderlyLivingAlone, isLocal: args.isLocal }, args);
}

async function householdIn(m: EntityManager, householdId: string, compoundId: string): Promise<Household> {
  const household = await m.findOneBy(Household, { id: householdId });
  if (!household) throw badInput(`householdId ${householdId} is not a household`, { field: 'householdId' });
  if (household.compoundId !== compoundId) throw badInput("The household is in another compound's building", { field: 'householdId' });
  return household;
}

/** Birth dates are checked against the local day of the compound's own zone. */
async function timeZoneOf(m: EntityManager, compoundId: string): Promise<string> {
  const compound = await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
  return compound.timeZone;
}

/** The grid registers a resident in a household of its compound. */
export async function createResident(ctx: RequestContext, input: CreateResidentInput): Promise<Resident> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const householdId = assertUuid(input.householdId, 'householdId');
  const viewer = assertCompoundRole(ctx, compoundId);
  const name = boundedText(input.name, 'name', 50);
  const phone = chinesePhone(input.phone);
  const specialGroup = optionalText(input.specialGroup, 'specialGroup', 50);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const born = birthDate(input.birthDate, now, await timeZoneOf(m, compoundId));
    const household = await householdIn(m, householdId, compoundId);
    const row = Object.assign(new Resident(), {
      id: randomUUID(),
      compoundId,
      householdId,
      name,
      birthDate: born,
      phone,
      isLocal: input.isLocal ?? household.isLocal,
      elderlyLivingAlone: input.elderlyLivingAlone ?? false,
      specialGroup,
      erasedAt: null,
      erasedBy: null,
    });
    stampCreated(row, viewer.actor, now);
    return m.save(row);
  });
}

/** The grid corrects a resident; an erased resident's personal data cannot come back. */
export async function updateResident(ctx: RequestContext, input: UpdateResidentInput): Promise<Resident> {
  const id = assertUuid(input.id);
  const now = ctx.clock.now();
  const name = input.name === undefined || input.name === null ? undefined : boundedText(input.name, 'name', 50);
  const phone = input.phone === undefined ? undefined : chinesePhone(input.phone);
  const specialGroup = input.specialGroup === undefined ? undefined : optionalText(input.specialGroup, 'specialGroup', 50);
  const householdId = input.householdId ? assertUuid(input.householdId, 'householdId') : undefined;
  return inTransaction(ctx, async (m) => {
    const row = await loadOrNotFound(m.findOne(Resident, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'Resident', id);
    const viewer = assertCompoundRole(ctx, row.compoundId);
    if (row.erasedAt) throw conflict('This resident was erased; personal data cannot come back');
    if (householdId) row.householdId = (await householdIn(m, householdId, row.compoundId)).id;
    if (name !== undefined) row.name = name;
    if (phone !== undefined) row.phone = phone;
    if (input.birthDate !== undefined) row.birthDate = birthDate(input.birthDate, now, await timeZoneOf(m, row.compoundId));
    if (specialGroup !== undefined) row.specialGroup = specialGroup;
    if (input.isLocal !== undefined && input.isLocal !== null) row.isLocal = input.isLocal;
    if (input.elderlyLivingAlone !== undefined && input.elderlyLivingAlone !== null) row.elderlyLivingAlone = input.elderlyLivingAlone;
    stampUpdated(row, viewer.actor, now);
    return m.save(row);
  });
}

/** Erasure on request (the person, or their compound's grid): personal fields go, the row stays. */
export async function eraseResident(ctx: RequestContext, id: string): Promise<Resident> {
  const residentId = assertUuid(id);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const row = await loadOrNotFound(
      m.findOne(Resident, { where: { id: residentId }, lock: { mode: 'pessimistic_write' } }),
      'Resident',
      residentId,
    );
    if (viewer.residentId !== row.id) assertCompoundRole(ctx, row.compoundId);
    if (row.erasedAt) return row; // erasing twice changes nothing
    Object.assign(row, { name: null, phone: null, birthDate: null, specialGroup: null, erasedAt: now, erasedBy: viewer.actor });
    stampUpdated(row, viewer.actor, now);
    return m.save(row);
  });
}
