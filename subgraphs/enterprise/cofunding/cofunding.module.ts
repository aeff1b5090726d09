import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CofundingContribution } from './cofunding-contribution.entity';
import { CofundingResolver, OutletCofundingResolver } from './cofunding.resolver';

/** Set-up co-funding of outlets ("四个一点"): the enterprise, the property company, the owners (through their fund) and merchants. */
export const cofundingModule: SubgraphModule = {
  entities: [CofundingContribution],
  resolvers: [CofundingResolver, OutletCofundingResolver],
};
