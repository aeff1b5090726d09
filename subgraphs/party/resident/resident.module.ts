import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CompoundResidentsResolver } from './compound-residents.resolver';
import { HouseholdResidentsResolver } from './household-residents.resolver';
import { Resident } from './resident.entity';
import { visibleResident } from './resident.loaders';
import { ResidentResolver } from './resident.resolver';

/** Residents (居民) of the compounds' households, with their personal data guarded. */
export const residentModule: SubgraphModule = {
  entities: [Resident],
  resolvers: [ResidentResolver, HouseholdResidentsResolver, CompoundResidentsResolver],
  orphanedTypes: [Resident],
  referenceResolvers: {
    // Same rule as `resident(id)`: someone who may not see the record gets null.
    Resident: entityReference([], (id, ctx) => visibleResident(ctx, id)),
  },
};
