import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { Building } from './building.entity';
import { BuildingResolver } from './building.resolver';
import { Community } from './community.entity';
import { CommunityResolver } from './community.resolver';
import { Compound } from './compound.entity';
import { CompoundResolver } from './compound.resolver';
import { Household } from './household.entity';
import { HouseholdResolver } from './household.resolver';
import { buildingById, compoundById, householdById } from './org-tree.loaders';
import { Street } from './street.entity';
import { StreetResolver } from './street.resolver';
import { Unit } from './unit.entity';
import { UnitResolver } from './unit.resolver';

/** The org tree (街道 → 社区 → 小区 → 楼栋 → 单元 → 户) every other subgraph refers to. */
export const orgTreeModule: SubgraphModule = {
  entities: [Street, Community, Compound, Building, Unit, Household],
  resolvers: [StreetResolver, CommunityResolver, CompoundResolver, BuildingResolver, UnitResolver, HouseholdResolver],
  orphanedTypes: [Compound, Building, Household],
  referenceResolvers: {
    Compound: entityReference([], (id, ctx) => compoundById(ctx).load(id)),
    Building: entityReference([], (id, ctx) => buildingById(ctx).load(id)),
    Household: entityReference([], (id, ctx) => householdById(ctx).load(id)),
  },
};
