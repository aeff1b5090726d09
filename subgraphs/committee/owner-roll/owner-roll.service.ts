import { randomUUID } from 'node:crypto';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import { toInt } from '../../../shared/schema/graphql-int';
import type { RequestContext } from '../../../shared/server/context';
import { assertCanReadRoll, assertCommitteeWriter, canReadRoll } from '../access/access';
import { checkHousehold } from '../neighbours/party.lookups';
import { formatArea } from '../vote/vote-tally';
import { validArea } from './area';
import { OwnedUnit } from './owned-unit.entity';
import { unitByHousehold } from './owner-roll.loaders';
import { OwnerRoll, type RegisterOwnedUnitInput, type RegisterOwnerInput, type UpdateOwnedUnitInput } from './owner-roll.types';
import { Owner } from './owner.entity';

/** Owners on a compound's roll, by id. */
export const ownerList = defineList<Owner, { compoundId: string }>({
  entity: Owner,
  alias: 'o',
  filters: { compoundId: (qb, compoundId) => qb.andWhere('o.compound_id = :compoundId', { compoundId }) },
  order: sortKey<Owner>('o', ['o.id', (o) => o.id]),
});

/** The live roll's totals: the compound's committee, analysts and admins. */
export async function ownerRollOf(ctx: RequestContext, compoundIdArg: string): Promise<OwnerRoll> {
  const compoundId = assertUuid(compoundIdArg, 'compoundId');
  assertCanReadRoll(ctx, compoundId);
  const [row]: { heads: string; area: string }[] = await ctx.dataSource.query(
    `SELECT (SELECT count(DISTINCT u.owner_id) FROM owned_unit u WHERE u.compound_id = $1) AS heads,
            (SELECT coalesce(sum(u.area_centi_m2), 0) FROM owned_unit u WHERE u.compound_id = $1) AS area`,
    [compoundId],
  );
  const area = BigInt(row.area);
  return Object.assign(new OwnerRoll(), { compoundId, heads: Number(row.heads), areaCentiM2: toInt(area), area: formatArea(area) });
}

/** A household's place on the roll, for those who may read the roll; null otherwise. */
export async function ownedUnitOfHousehold(ctx: RequestContext, householdId: string): Promise<OwnedUnit | null> {
  const unit = await unitByHousehold(ctx).load(householdId);
  return unit && canReadRoll(ctx.viewer, unit.compoundId) ? unit : null;
}

export async function registerOwner(ctx: RequestContext, input: RegisterOwnerInput): Promise<Owner> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const residentId = input.residentId ? assertUuid(input.residentId, 'residentId') : null;
  const name = input.name?.trim() || null;
  if (name !== null && name.length > 200) throw badInput('name is too long', { field: 'name' });
  const isDeveloper = input.isDeveloper === true;
  if (!name && !residentId && !isDeveloper) throw badInput('An owner needs a name or a resident', { field: 'name' });
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const owner = stampCreated(
    Object.assign(new Owner(), { id: randomUUID(), compoundId, name, residentId, isDeveloper }),
    viewer.actor,
    ctx.clock.now(),
  );
  try {
    await ctx.dataSource.transaction((m) => m.getRepository(Owner).insert(owner));
  } catch (error) {
    if (isUniqueViolation(error, 'owner_resident_once'))
      throw conflict('This resident is already an owner on the roll; add units to that owner', { field: 'residentId' });
    if (isUniqueViolation(error, 'owner_one_developer'))
      throw conflict("The compound's developer is already on the roll: its unsold units count as one owner", { field: 'isDeveloper' });
    throw error;
  }
  return owner;
}

export async function registerOwnedUnit(ctx: RequestContext, input: RegisterOwnedUnitInput): Promise<OwnedUnit> {
  const ownerId = assertUuid(input.ownerId, 'ownerId');
  const householdId = assertUuid(input.householdId, 'householdId');
  const area = validArea(input.areaCentiM2);
  const owner = await loadOrNotFound(ctx.dataSource.getRepository(Owner).findOneBy({ id: ownerId }), 'Owner', ownerId);
  const viewer = assertCommitteeWriter(ctx, owner.compoundId);
  const known = await checkHousehold(householdId, owner.compoundId);
  if (known === 'UNKNOWN') throw badInput(`Household ${householdId} is not known`, { field: 'householdId' });
  if (known === 'OTHER_COMPOUND') throw badInput(`Household ${householdId} is not in this compound`, { field: 'householdId' });
  const unit = stampCreated(
    Object.assign(new OwnedUnit(), { id: randomUUID(), compoundId: owner.compoundId, householdId, ownerId, areaCentiM2: area }),
    viewer.actor,
    ctx.clock.now(),
  );
  try {
    await ctx.dataSource.transaction((m) => m.getRepository(OwnedUnit).insert(unit));
  } catch (error) {
    if (isUniqueViolation(error, 'owned_unit_household_once'))
      throw conflict('This household is already on the roll: a co-owned unit names one voter', { field: 'householdId' });
    throw error;
  }
  return unit;
}

/** Later votes see the change; votes already open keep their frozen roll. */
export async function updateOwnedUnit(ctx: RequestContext, input: UpdateOwnedUnitInput): Promise<OwnedUnit> {
  const id = assertUuid(input.id, 'id');
  const area = input.areaCentiM2 === null || input.areaCentiM2 === undefined ? null : validArea(input.areaCentiM2);
  const newOwnerId = input.ownerId ? assertUuid(input.ownerId, 'ownerId') : null;
  if (area === null && newOwnerId === null) throw badInput('Nothing to change: give areaCentiM2 or ownerId');
  return ctx.dataSource.transaction(async (m) => {
    const unit = await loadOrNotFound(
      m.getRepository(OwnedUnit).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }),
      'OwnedUnit',
      id,
    );
    const viewer = assertCommitteeWriter(ctx, unit.compoundId);
    if (newOwnerId) {
      const owner = await loadOrNotFound(m.getRepository(Owner).findOneBy({ id: newOwnerId }), 'Owner', newOwnerId);
      if (owner.compoundId !== unit.compoundId) throw badInput('The new owner is on another compound’s roll', { field: 'ownerId' });
      unit.ownerId = newOwnerId;
    }
    if (area !== null) unit.areaCentiM2 = area;
    stampUpdated(unit, viewer.actor, ctx.clock.now());
    await m.getRepository(OwnedUnit).save(unit);
    return unit;
  });
}

/**
 * Erasure on request: the person's name and resident link leave every roll; the owner
 * row, its units, frozen roll entries and ballots stay (results depend on them), now
 * without the person — nobody can read or change those ballots any more.
 */
export async function eraseOwnerPersonalData(ctx: RequestContext, residentId: string): Promise<number> {
  const id = assertUuid(residentId, 'residentId');
  const actor = requireViewer(ctx).actor;
  const at = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const [, count] = await m.query(
      'UPDATE owner SET name = NULL, resident_id = NULL, updated_by = $2, updated_at = $3 WHERE resident_id = $1',
      [id, actor, at],
    );
    return Number(count);
  });
}
