import { SeenAssertions1763773000000 } from '../../shared/auth/seen-assertions.migration';
import { HandoverFailedIndex1796295762532 } from '../../shared/handover/handover-failed-index.migration';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { defineSubgraph } from '../../shared/server/subgraph-module';
import { analyticsModule } from './analytics/analytics.module';
import { canteenModule } from './canteen/canteen.module';
import { cofundingModule } from './cofunding/cofunding.module';
import { seedEnterpriseDemo } from './demo/seed-demo';
import { enterpriseModule } from './enterprise/enterprise.module';
import { ledgerModule } from './ledger/ledger.module';
import { marketModule } from './market/market.module';
import { EnterprisesAndOutlets1763770000400 } from './migrations/1763770000400-enterprises-and-outlets';
import { RevenueSharing1763770000410 } from './migrations/1763770000410-revenue-sharing';
import { VegShop1763770000420 } from './migrations/1763770000420-veg-shop';
import { Canteen1763770000430 } from './migrations/1763770000430-canteen';
import { MarketAndCofunding1763770000440 } from './migrations/1763770000440-market-and-cofunding';
import { MealCardErasure1763770000450 } from './migrations/1763770000450-meal-card-erasure';
import { ListOrders1796178700400 } from './migrations/1796178700400-list-orders';
import { neighboursModule, neighbourWorkers } from './neighbours/neighbours.module';
import { outletModule } from './outlet/outlet.module';
import { settlementModule } from './settlement/settlement.module';
import { vegShopModule } from './veg-shop/veg-shop.module';

export const enterpriseSubgraph = defineSubgraph({
  name: 'enterprise',
  description:
    'The enterprise subgraph (社区社会企业): social enterprises and their outlets — the veg shop, the canteen, the service market — co-funding and the 二八分成 settlements.',
  modules: [
    enterpriseModule,
    outletModule,
    ledgerModule,
    settlementModule,
    vegShopModule,
    canteenModule,
    marketModule,
    cofundingModule,
    analyticsModule,
    neighboursModule,
  ],
  migrations: [
    HandoverTables1763770000000,
    SeenAssertions1763773000000,
    EnterprisesAndOutlets1763770000400,
    RevenueSharing1763770000410,
    VegShop1763770000420,
    Canteen1763770000430,
    MarketAndCofunding1763770000440,
    MealCardErasure1763770000450,
    ListOrders1796178700400,
    HandoverFailedIndex1796295762532,
  ],
  seedDemo: seedEnterpriseDemo,
  workers: neighbourWorkers,
});
