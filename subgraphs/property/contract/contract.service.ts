import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isExclusionViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict, excerpt } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { calendarDate } from '../../../shared/time/calendar-date';
import { PropertyCompany } from '../company/property-company.entity';
import { assertWriteForCompany } from '../access/access';
import { unknownAreaKeys } from '../common-area/common-area.service';
import { assertBuildingInCompound } from '../neighbours/party.lookups';
import type { ContractZone } from './contract-zone.entity';
import { ServiceContract } from './service-contract.entity';
import { areaZone, buildingZone } from './zone-key';

export const AREA_KEY_RE = /^[a-z][a-z0-9-]{1,39}$/;

export interface CreateContractInput {
  companyId: string;
  compoundId: string;
  startsOn: string;
  endsOn?: string | null;
  buildingIds: string[];
  areaKeys: string[];
}

export interface ValidContract {
  companyId: string;
  compoundId: string;
  startsOn: string;
  endsOn: string | null;
  buildingIds: string[];
  areaKeys: string[];
}

/** Pure checks of a contract's shape: ids, dates in order, at least one zone, no zone twice. */
export function validateContractInput(input: CreateContractInput): ValidContract {
  const companyId = assertUuid(input.companyId, 'companyId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const startsOn = calendarDate(input.startsOn, 'startsOn');
  const endsOn = input.endsOn ? calendarDate(input.endsOn, 'endsOn') : null;
  // ISO dates compare correctly as strings.
  if (endsOn !== null && endsOn < startsOn) throw badInput('A contract cannot end before it starts', { field: 'endsOn' });
  const buildingIds = (input.buildingIds ?? []).map((id) => assertUuid(id, 'buildingIds'));
  const areaKeys = input.areaKeys ?? [];
  for (const key of areaKeys) {
    if (!AREA_KEY_RE.test(key)) throw badInput(`Not an area key: ${excerpt(key)}`, { field: 'areaKeys' });
  }
  if (buildingIds.length + areaKeys.length === 0)
    throw badInput('A contract must cover at least one building or common area', { field: 'buildingIds' });
  if (new Set(buildingIds).size !== buildingIds.length) throw badInput('A building is named twice', { field: 'buildingIds' });
  if (new Set(areaKeys).size !== areaKeys.length) throw badInput('An area is named twice', { field: 'areaKeys' });
  return { companyId, compoundId, startsOn, endsOn, buildingIds, areaKeys };
}

/** The contract already holding one of these zones for an overlapping period. */
async function overlapping(
  m: EntityManager,
  c: ValidContract,
  zoneKeys: string[],
): Promise<{ contractId: string; zoneKey: string } | null> {
  const rows = await m.query(
    `SELECT contract_id AS "contractId", zone_key AS "zoneKey" FROM contract_zone
      WHERE compound_id = $1 AND zone_key = ANY($2::text[]) AND period && daterange($3::date, $4::date, '[]')
      ORDER BY zone_key LIMIT 1`,
    [c.compoundId, zoneKeys, c.startsOn, c.endsOn],
  );
  return rows[0] ?? null;
}

function overlapConflict(found: { contractId: string; zoneKey: string }) {
  return conflict(`Zone ${found.zoneKey} is already covered by contract ${found.contractId} in that period`, {
    conflictingContractId: found.contractId,
    zone: found.zoneKey,
  });
}

/**
 * A company's contract with a compound for [startsOn, endsOn] over buildings and
 * common areas. Buildings are checked with party before anything is written; the
 * exclusion constraint on contract_zone decides races, and the loser is told which
 * contract it overlaps.
 */
export async function createServiceContract(ctx: RequestContext, input: CreateContractInput): Promise<ServiceContract> {
  const viewer = requireViewer(ctx);
  const c = validateContractInput(input);
  assertWriteForCompany(viewer, c.companyId);
  await loadOrNotFound(ctx.dataSource.getRepository(PropertyCompany).findOneBy({ id: c.companyId }), 'PropertyCompany', c.companyId);
  // Party's word on each building, before the transaction opens (no remote call holds locks).
  await Promise.all(c.buildingIds.map((b) => assertBuildingInCompound(b, c.compoundId)));

  const zoneKeys = [...c.buildingIds.map(buildingZone), ...c.areaKeys.map(areaZone)];
  const now = ctx.clock.now();
  try {
    return await ctx.dataSource.transaction(async (m) => {
      if (c.areaKeys.length > 0) {
        const missing = await unknownAreaKeys(m, c.compoundId, c.areaKeys);
        if (missing.length > 0)
          throw badInput(`Not a common area of this compound: ${missing.join(', ')}`, { field: 'areaKeys', areaKeys: missing });
      }
      const found = await overlapping(m, c, zoneKeys);
      if (found) throw overlapConflict(found);
      const contract = stampCreated(
        m.create(ServiceContract, {
          id: randomUUID(),
          companyId: c.companyId,
          compoundId: c.compoundId,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
        }),
        viewer.actor,
        now,
      );
      await m.insert(ServiceContract, contract);
      await m.query(
        `INSERT INTO contract_zone (contract_id, compound_id, zone_key, building_id, area_key, period)
         SELECT $1, $2, CASE WHEN b IS NOT NULL THEN 'building:' || b::text ELSE 'area:' || a END, b, a, daterange($3::date, $4::date, '[]')
           FROM unnest($5::uuid[], $6::text[]) AS z(b, a)`,
        [
          contract.id,
          c.compoundId,
          c.startsOn,
          c.endsOn,
          [...c.buildingIds, ...c.areaKeys.map(() => null)],
          [...c.buildingIds.map(() => null), ...c.areaKeys],
        ],
      );
      return contract;
    });
  } catch (error) {
    // A contract that committed between our check and our insert: the constraint refused us.
    if (isExclusionViolation(error)) {
      const winner = await overlapping(ctx.dataSource.manager, c, zoneKeys);
      if (winner) throw overlapConflict(winner);
      throw conflict('A zone is already covered by another contract in that period');
    }
    throw error;
  }
}

/**
 * Ends a contract early (the owners fired the company, or it withdrew): only ever
 * shortens the period, so it cannot create an overlap; zones follow in the same
 * transaction. Orders already routed stay with the company that took them.
 */
export async function endServiceContract(ctx: RequestContext, id: string, endsOnInput: string): Promise<ServiceContract> {
  const viewer = requireViewer(ctx);
  const contractId = assertUuid(id);
  const endsOn = calendarDate(endsOnInput, 'endsOn');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const contract = await loadOrNotFound(
      m.getRepository(ServiceContract).findOne({ where: { id: contractId }, lock: { mode: 'pessimistic_write' } }),
      'ServiceContract',
      contractId,
    );
    assertWriteForCompany(viewer, contract.companyId);
    if (endsOn < contract.startsOn) throw badInput('A contract cannot end before it starts', { field: 'endsOn' });
    if (contract.endsOn !== null && endsOn > contract.endsOn)
      throw conflict(`The contract already ends on ${contract.endsOn}; sign a new one to extend it`);
    contract.endsOn = endsOn;
    await m.save(stampUpdated(contract, viewer.actor, now));
    await m.query(`UPDATE contract_zone SET period = daterange($2::date, $3::date, '[]') WHERE contract_id = $1`, [
      contract.id,
      contract.startsOn,
      endsOn,
    ]);
    return contract;
  });
}

/** The buildings among a contract's zones. */
export const contractBuildings = (zones: ContractZone[]): { id: string }[] =>
  zones.flatMap((z) => (z.buildingId ? [{ id: z.buildingId }] : []));

/** The common-area keys among a contract's zones. */
export const contractAreaKeys = (zones: ContractZone[]): string[] => zones.flatMap((z) => (z.areaKey ? [z.areaKey] : []));
