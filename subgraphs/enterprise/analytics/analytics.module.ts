import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { AnalyticsResolver, CommunitySubsidyFiguresResolver } from './analytics.resolver';

/** Analysts' reports over the outlets' ledgers, meals, charity funds and market sales. */
export const analyticsModule: SubgraphModule = {
  resolvers: [AnalyticsResolver, CommunitySubsidyFiguresResolver],
};
