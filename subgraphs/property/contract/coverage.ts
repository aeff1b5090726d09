import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../shared/server/context';

export interface Responsibility {
  contractId: string;
  companyId: string;
  compoundId: string;
  zoneKey: string;
}

const SQL = `
  SELECT z.contract_id AS "contractId", c.company_id AS "companyId", z.compound_id AS "compoundId", z.zone_key AS "zoneKey"
    FROM contract_zone z JOIN service_contract c ON c.id = z.contract_id`;

/** Who holds a zone on a day (at most one contract can: the exclusion constraint). */
export async function responsibleFor(m: EntityManager, compoundId: string, zoneKey: string, day: string): Promise<Responsibility | null> {
  const rows: Responsibility[] = await m.query(`${SQL} WHERE z.compound_id = $1 AND z.zone_key = $2 AND z.period @> $3::date`, [
    compoundId,
    zoneKey,
    day,
  ]);
  return rows[0] ?? null;
}

/**
 * Responsibility per zone on a day, batched: every building or station of a page is
 * answered by one statement per day asked. Zone keys of buildings are globally unique
 * (building ids are), so a compound is not needed to find them.
 */
export function responsibilityLoader(ctx: RequestContext, day: string) {
  return ctx.loaders.get<string, Responsibility | null>(`responsibility:${day}`, async (keys) => {
    // key = `${compoundId}|${zoneKey}`
    const pairs = keys.map((k) => k.split('|', 2));
    const rows: Responsibility[] = await ctx.dataSource.query(
      `${SQL} JOIN unnest($1::uuid[], $2::text[]) AS k(compound_id, zone_key) ON k.compound_id = z.compound_id AND k.zone_key = z.zone_key
        WHERE z.period @> $3::date`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), day],
    );
    const map = new Map(rows.map((r) => [`${r.compoundId}|${r.zoneKey}`, r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** Building zones on a day, by building id alone (building ids are unique across compounds). */
export function buildingResponsibilityLoader(ctx: RequestContext, day: string) {
  return ctx.loaders.get<string, Responsibility | null>(`buildingResponsibility:${day}`, async (buildingIds) => {
    const rows: (Responsibility & { buildingId: string })[] = await ctx.dataSource.query(
      `SELECT z.contract_id AS "contractId", c.company_id AS "companyId", z.compound_id AS "compoundId", z.zone_key AS "zoneKey", z.building_id AS "buildingId"
         FROM contract_zone z JOIN service_contract c ON c.id = z.contract_id
        WHERE z.building_id = ANY($1::uuid[]) AND z.period @> $2::date`,
      [[...buildingIds], day],
    );
    const map = new Map(rows.map((r) => [r.buildingId, r]));
    return buildingIds.map((id) => map.get(id) ?? null);
  });
}
