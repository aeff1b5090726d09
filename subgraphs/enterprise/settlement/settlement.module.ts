import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { Settlement } from './settlement.entity';
import { settlementReference } from './settlement.reference';
import { OutletSettlementsResolver, RevenueShareAgreementResolver, SettlementResolver } from './settlement.resolver';

export const settlementModule: SubgraphModule = {
  entities: [RevenueShareAgreement, Settlement],
  resolvers: [SettlementResolver, RevenueShareAgreementResolver, OutletSettlementsResolver],
  orphanedTypes: [Settlement],
  referenceResolvers: { Settlement: settlementReference },
};
