import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { AnalyticsResolver } from './analytics.resolver';

/** Analysts' read models over work orders (SQL aggregates). */
export const analyticsModule: SubgraphModule = {
  resolvers: [AnalyticsResolver],
};
