import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { AnalyticsResolver } from './analytics.resolver';

/** Analysts' read models over votes and the fund: plain SQL aggregates, computed in the database. */
export const analyticsModule: SubgraphModule = {
  resolvers: [AnalyticsResolver],
};
