import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { AnalyticsResolver } from './analytics.resolver';

/** Analysts' read model over reports, wishes and activities (SQL aggregates, no tables of its own). */
export const analyticsModule: SubgraphModule = {
  resolvers: [AnalyticsResolver],
};
