import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { AnalyticsResolver } from './analytics.resolver';

/** The admin's and analyst's figures of what notify recorded and delivered. */
export const analyticsModule: SubgraphModule = {
  resolvers: [AnalyticsResolver],
};
