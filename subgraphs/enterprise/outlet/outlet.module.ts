import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { Outlet } from './outlet.entity';
import { OutletResolver } from './outlet.resolver';

export const outletModule: SubgraphModule = {
  entities: [Outlet],
  resolvers: [OutletResolver],
  orphanedTypes: [Outlet],
};
