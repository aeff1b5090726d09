import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { OwnedUnit } from './owned-unit.entity';
import { OwnedUnitResolver, OwnerResolver, OwnerRollResolver } from './owner-roll.resolver';
import { Owner } from './owner.entity';

/** The owner roll (业主名册): owners, one head each, and the exclusive units they vote for. */
export const ownerRollModule: SubgraphModule = {
  entities: [Owner, OwnedUnit],
  resolvers: [OwnerRollResolver, OwnerResolver, OwnedUnitResolver],
};
