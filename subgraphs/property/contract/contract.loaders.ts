import type { GraphQLResolveInfo } from 'graphql';
import { groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { ContractZone } from './contract-zone.entity';
import { ServiceContract } from './service-contract.entity';

/** A compound's contracts: one statement for every compound of a page. */
export function contractsByCompound(ctx: RequestContext, info?: GraphQLResolveInfo) {
  return groupedLoader(ctx, 'contractsByCompound', ServiceContract, 'compoundId', { startsOn: 'ASC', id: 'ASC' }, info);
}

/** A company's contracts, oldest first: one statement for every company of a page. */
export function contractsByCompany(ctx: RequestContext) {
  return groupedLoader(ctx, 'contractsByCompany', ServiceContract, 'companyId', { startsOn: 'ASC', id: 'ASC' });
}

/** The zones of each contract of a page, in one statement. */
export function zonesByContract(ctx: RequestContext) {
  return groupedLoader(ctx, 'zonesByContract', ContractZone, 'contractId', { zoneKey: 'ASC' });
}

/** Who holds a zone: the contract, its company, and the zone. */
export interface Responsibility {
  contractId: string;
  companyId: string;
  compoundId: string;
  zoneKey: string;
}

/** The contract_zone ⋈ service_contract read every responsibility question starts from. */
export const RESPONSIBILITY_SQL = `
  SELECT z.contract_id AS "contractId", c.company_id AS "companyId", z.compound_id AS "compoundId", z.zone_key AS "zoneKey"
    FROM contract_zone z JOIN service_contract c ON c.id = z.contract_id`;

/**
 * Responsibility per zone on a day, batched: every building or station of a page is
 * answered by one statement per day asked, not one per zone. Key: `${compoundId}|${zoneKey}`.
 */
export function responsibilityLoader(ctx: RequestContext, day: string) {
  return ctx.loaders.get<string, Responsibility | null>(`responsibility:${day}`, async (keys) => {
    const pairs = keys.map((k) => k.split('|', 2));
    const rows: Responsibility[] = await ctx.dataSource.query(
      `${RESPONSIBILITY_SQL} JOIN unnest($1::uuid[], $2::text[]) AS k(compound_id, zone_key) ON k.compound_id = z.compound_id AND k.zone_key = z.zone_key
        WHERE z.period @> $3::date`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), day],
    );
    const map = new Map(rows.map((r) => [`${r.compoundId}|${r.zoneKey}`, r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/**
 * Building zones on a day, by building id alone (building ids are unique across
 * compounds): `Building.responsibleCompany` over a page of buildings is one statement.
 */
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
