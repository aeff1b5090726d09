import type { GraphQLResolveInfo } from 'graphql';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Compound } from './compound.entity';
import { Household } from './household.entity';
import { Street } from './street.entity';
import { Unit } from './unit.entity';

/** Compounds by id: entity references from other subgraphs and every `compound` field of a page, in one statement. */
export const compoundById = (ctx: RequestContext) => byIdLoader(ctx, 'compoundById', Compound);
/** Buildings by id: references, and the `building` of a page of households, units or reports. */
export const buildingById = (ctx: RequestContext) => byIdLoader(ctx, 'buildingById', Building);
/** Streets by id: the `street` of a page of communities. */
export const streetById = (ctx: RequestContext) => byIdLoader(ctx, 'streetById', Street);
/** Communities by id: the `community` of a page of compounds. */
export const communityById = (ctx: RequestContext) => byIdLoader(ctx, 'communityById', Community);
/** Units by id: the `unit` of a page of households. */
export const unitById = (ctx: RequestContext) => byIdLoader(ctx, 'unitById', Unit);
/** Households by id: references, and the `household` of a page of residents. */
export const householdById = (ctx: RequestContext) => byIdLoader(ctx, 'householdById', Household);

/** A compound's buildings: one statement for every compound of a page. */
export const buildingsByCompound = (ctx: RequestContext, info?: GraphQLResolveInfo) =>
  groupedLoader(ctx, 'buildingsByCompound', Building, 'compoundId', { number: 'ASC' }, info);
/** A street's communities: one statement for every street of a page. */
export const communitiesByStreet = (ctx: RequestContext) =>
  groupedLoader(ctx, 'communitiesByStreet', Community, 'streetId', { name: 'ASC' });
/** A community's compounds: one statement for every community of a page. */
export const compoundsByCommunity = (ctx: RequestContext) =>
  groupedLoader(ctx, 'compoundsByCommunity', Compound, 'communityId', { name: 'ASC' });
/** A building's units: one statement for every building of a page. */
export const unitsByBuilding = (ctx: RequestContext) => groupedLoader(ctx, 'unitsByBuilding', Unit, 'buildingId', { number: 'ASC' });
/** A unit's households: one statement for every unit of a page. */
export const householdsByUnit = (ctx: RequestContext) => groupedLoader(ctx, 'householdsByUnit', Household, 'unitId', { label: 'ASC' });
