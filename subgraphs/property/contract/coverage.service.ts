import type { EntityManager } from 'typeorm';
import { assertUuid, badInput } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import type { CommonArea } from '../common-area/common-area.entity';
import { areasByCompound } from '../common-area/common-area.loaders';
import { companyById } from '../company/company.loaders';
import type { PropertyCompany } from '../company/property-company.entity';
import { buildingResponsibilityLoader, RESPONSIBILITY_SQL, Responsibility, responsibilityLoader } from './contract.loaders';
import { areaZone, buildingZone, STATION_AREA } from './zone-key';

/**
 * Coverage: which company is responsible for a building or a common area on a day
 * (a compound may have several companies, each covering its own zones).
 */

/** Who holds a zone on a day (at most one contract can: the exclusion constraint), inside a transaction. */
export async function responsibleFor(m: EntityManager, compoundId: string, zoneKey: string, day: string): Promise<Responsibility | null> {
  const rows: Responsibility[] = await m.query(
    `${RESPONSIBILITY_SQL} WHERE z.compound_id = $1 AND z.zone_key = $2 AND z.period @> $3::date`,
    [compoundId, zoneKey, day],
  );
  return rows[0] ?? null;
}

const companyOf = async (ctx: RequestContext, found: Responsibility | null): Promise<PropertyCompany | null> =>
  found ? companyById(ctx).load(found.companyId) : null;

/** The company covering a building or a common area of a compound at an instant (default now); exactly one of the two is named. */
export async function responsibleCompany(
  ctx: RequestContext,
  compoundId: string,
  place: { buildingId?: string | null; areaKey?: string | null },
  at?: Date | null,
): Promise<PropertyCompany | null> {
  if (!!place.buildingId === !!place.areaKey) throw badInput('Name exactly one of buildingId and areaKey', { field: 'buildingId' });
  const zone = place.buildingId ? buildingZone(assertUuid(place.buildingId, 'buildingId')) : areaZone(place.areaKey!);
  return companyOf(ctx, await responsibilityLoader(ctx, localDate(at ?? ctx.clock.now())).load(`${compoundId}|${zone}`));
}

/** The company covering a building at an instant (default now), found by the building alone. */
export async function buildingCompany(ctx: RequestContext, buildingId: string, at?: Date | null): Promise<PropertyCompany | null> {
  return companyOf(ctx, await buildingResponsibilityLoader(ctx, localDate(at ?? ctx.clock.now())).load(buildingId));
}

/** The company covering the compound's service-station area at an instant (default now): it takes intake after hours. */
export async function stationCompany(ctx: RequestContext, compoundId: string, at?: Date | null): Promise<PropertyCompany | null> {
  const found = await responsibilityLoader(ctx, localDate(at ?? ctx.clock.now())).load(`${compoundId}|${areaZone(STATION_AREA)}`);
  return companyOf(ctx, found);
}

export interface Uncovered {
  day: string;
  buildings: { id: string }[];
  areas: CommonArea[];
}

/** The buildings (as party lists them) and common areas of a compound that no contract covers at an instant (default now). */
export async function uncoveredZones(
  ctx: RequestContext,
  compoundId: string,
  buildings: { id: string }[],
  at?: Date | null,
): Promise<Uncovered> {
  const day = localDate(at ?? ctx.clock.now());
  const loader = responsibilityLoader(ctx, day);
  const areas = await areasByCompound(ctx).load(compoundId);
  const [b, a] = await Promise.all([
    Promise.all(buildings.map((x) => loader.load(`${compoundId}|${buildingZone(x.id)}`))),
    Promise.all(areas.map((x) => loader.load(`${compoundId}|${areaZone(x.key)}`))),
  ]);
  return {
    day,
    buildings: buildings.filter((_, i) => !b[i]).map((x) => ({ id: x.id })),
    areas: areas.filter((_, i) => !a[i]),
  };
}
