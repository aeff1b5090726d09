import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { buildingById, householdById } from '../org-tree/org-tree.loaders';
import { residentById } from '../resident/resident.loaders';
import { stationById } from '../station/station.loaders';
import { BuildingInfo, HouseholdInfo, ResidentInfo, ServiceStationInfo } from './lookups.types';

/**
 * The ids other subgraphs check with party at write time (their `InternalClient.lookUp`):
 * internal to the graph (`@inaccessible`, role `service`), null when the id is unknown.
 */
@Resolver()
export class LookupsResolver {
  @InternalOperation('property')
  @Query(() => BuildingInfo, {
    nullable: true,
    description: "Internal: a building's compound, for other subgraphs' write-time checks; null when unknown.",
  })
  async buildingInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BuildingInfo | null> {
    const found = await buildingById(ctx).load(assertUuid(id));
    return found ? { id: found.id, compoundId: found.compoundId, number: found.number } : null;
  }

  @InternalOperation('committee')
  @Query(() => HouseholdInfo, {
    nullable: true,
    description: "Internal: a household's compound and building, for other subgraphs' write-time checks; null when unknown.",
  })
  async householdInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HouseholdInfo | null> {
    const found = await householdById(ctx).load(assertUuid(id));
    return found ? { id: found.id, compoundId: found.compoundId, buildingId: found.buildingId, label: found.label } : null;
  }

  @InternalOperation()
  @Query(() => ResidentInfo, {
    nullable: true,
    description: "Internal: a resident's compound, household and birth date for other subgraphs' write-time checks; null when unknown.",
  })
  async residentInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ResidentInfo | null> {
    const r = await residentById(ctx).load(assertUuid(id));
    return r ? { id: r.id, compoundId: r.compoundId, householdId: r.householdId, birthDate: r.birthDate, erased: r.erased } : null;
  }

  @InternalOperation('property')
  @Query(() => ServiceStationInfo, {
    nullable: true,
    description: "Internal: a station's compound, for other subgraphs; null when unknown.",
  })
  async serviceStationInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceStationInfo | null> {
    const found = await stationById(ctx).load(assertUuid(id));
    return found ? { id: found.id, compoundId: found.compoundId } : null;
  }
}
