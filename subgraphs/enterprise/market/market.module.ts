import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { MarketItem } from './market-item.entity';
import { MarketSale } from './market-sale.entity';
import { MarketResolver } from './market.resolver';

/** The service market (城南市集): items with merchant discounts and community subsidies, and their sales. */
export const marketModule: SubgraphModule = {
  entities: [MarketItem, MarketSale],
  resolvers: [MarketResolver],
};
