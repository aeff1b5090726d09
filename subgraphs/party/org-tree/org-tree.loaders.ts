import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Compound } from './compound.entity';
import { Household } from './household.entity';
import { Street } from './street.entity';
import { Unit } from './unit.entity';

/** Compounds by id: entity references from other subgraphs arrive as lists of ids. */
export const compoundById = (ctx: RequestContext) => byIdLoader(ctx, 'compoundById', Compound);
export const buildingById = (ctx: RequestContext) => byIdLoader(ctx, 'buildingById', Building);
export const streetById = (ctx: RequestContext) => byIdLoader(ctx, 'streetById', Street);
export const communityById = (ctx: RequestContext) => byIdLoader(ctx, 'communityById', Community);
export const unitById = (ctx: RequestContext) => byIdLoader(ctx, 'unitById', Unit);
export const householdById = (ctx: RequestContext) => byIdLoader(ctx, 'householdById', Household);

/** A compound's buildings: one statement for every compound of a page. */
export const buildingsByCompound = (ctx: RequestContext) =>
  groupedLoader(ctx, 'buildingsByCompound', Building, 'compoundId', { number: 'ASC' });
export const communitiesByStreet = (ctx: RequestContext) =>
  groupedLoader(ctx, 'communitiesByStreet', Community, 'streetId', { name: 'ASC' });
export const compoundsByCommunity = (ctx: RequestContext) =>
  groupedLoader(ctx, 'compoundsByCommunity', Compound, 'communityId', { name: 'ASC' });
export const unitsByBuilding = (ctx: RequestContext) => groupedLoader(ctx, 'unitsByBuilding', Unit, 'buildingId', { number: 'ASC' });
export const householdsByUnit = (ctx: RequestContext) => groupedLoader(ctx, 'householdsByUnit', Household, 'unitId', { label: 'ASC' });
