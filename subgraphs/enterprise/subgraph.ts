import { MealCardErasure1763770000450 } from './migrations/1763770000450-meal-card-erasure';
import { Compound } from './compound/compound.ref';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { CompoundEnterpriseResolver } from './compound/compound.resolver';
import { seedEnterpriseDemo } from './demo/seed-demo';
import { SocialEnterprise } from './enterprise/social-enterprise.entity';
import { SocialEnterpriseResolver } from './enterprise/social-enterprise.resolver';
import { OutletEntry } from './ledger/outlet-entry.entity';
import { EnterprisesAndOutlets1763770000400 } from './migrations/1763770000400-enterprises-and-outlets';
import { RevenueSharing1763770000410 } from './migrations/1763770000410-revenue-sharing';
import { VegShop1763770000420 } from './migrations/1763770000420-veg-shop';
import { VegDailyPrice, VegOrder, VegOrderLine, VegProduct, VegProductRequest, VegPurchase } from './veg-shop/veg-shop.entities';
import {
  VegOrderLineResolver,
  VegOrderResolver,
  VegProductRequestResolver,
  VegProductResolver,
  VegPurchaseResolver,
} from './veg-shop/veg-shop.resolver';
import { Resident } from './refs/resident.ref';
import { AnalyticsResolver, CommunitySubsidyFiguresResolver } from './analytics/analytics.resolver';
import { MarketAndCofunding1763770000440 } from './migrations/1763770000440-market-and-cofunding';
import { MarketItem, MarketSale } from './market/market.entities';
import { MarketResolver } from './market/market.resolver';
import { CofundingContribution, CofundingResolver, OutletCofundingResolver } from './cofunding/cofunding';
import { Canteen1763770000430 } from './migrations/1763770000430-canteen';
import { CharityFundEntry, DifficultyFamily, Meal, MealCard, MealPriceTier, MerchantSupply } from './canteen/canteen.entities';
import { CanteenResolver, MealCardResolver, MealResolver } from './canteen/canteen.resolver';
import { Outlet } from './outlet/outlet.entity';
import { OutletResolver } from './outlet/outlet.resolver';
import { FundEntry } from './refs/fund-entry.ref';
import { OwnersCommittee } from './refs/owners-committee.ref';
import { PropertyCompany } from './refs/property-company.ref';
import { OutletSettlementsResolver, PropertyCompanyEnterpriseResolver } from './settlement/outlet-settlements.resolver';
import { RevenueShareAgreement } from './settlement/revenue-share-agreement.entity';
import { enterpriseRelay } from './settlement/settlement-relay';
import { Settlement } from './settlement/settlement.entity';
import { readableSettlement, RevenueShareAgreementResolver, SettlementResolver } from './settlement/settlement.resolver';

/**
 * The enterprise subgraph (社区社会企业): social enterprises and their outlets — the veg
 * shop, the canteen, the service market — co-funding and the 二八分成 settlements.
 */
export const enterpriseSubgraph: SubgraphDefinition = {
  name: 'enterprise',
  entities: [
    SocialEnterprise,
    Outlet,
    OutletEntry,
    RevenueShareAgreement,
    Settlement,
    VegProduct,
    VegPurchase,
    VegDailyPrice,
    VegProductRequest,
    VegOrder,
    VegOrderLine,
    MealPriceTier,
    MealCard,
    Meal,
    CharityFundEntry,
    DifficultyFamily,
    MerchantSupply,
    MarketItem,
    MarketSale,
    CofundingContribution,
    OutboxMessage,
    InboxReceipt,
  ],
  migrations: [
    HandoverTables1763770000000,
    EnterprisesAndOutlets1763770000400,
    RevenueSharing1763770000410,
    VegShop1763770000420,
    Canteen1763770000430,
    MarketAndCofunding1763770000440,
    MealCardErasure1763770000450,
  ],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        CompoundEnterpriseResolver,
        SocialEnterpriseResolver,
        OutletResolver,
        SettlementResolver,
        RevenueShareAgreementResolver,
        OutletSettlementsResolver,
        PropertyCompanyEnterpriseResolver,
        VegProductResolver,
        VegPurchaseResolver,
        VegProductRequestResolver,
        VegOrderResolver,
        VegOrderLineResolver,
        MealCardResolver,
        MealResolver,
        CanteenResolver,
        MarketResolver,
        CofundingResolver,
        OutletCofundingResolver,
        AnalyticsResolver,
        CommunitySubsidyFiguresResolver,
      ],
      // Entities reached only through `_entities` must be named, or type-graphql drops them.
      orphanedTypes: [Compound, Outlet, Settlement, PropertyCompany, OwnersCommittee, FundEntry, Resident],
      referenceResolvers: {
        Compound: entityReference([], async (id) => ({ id })),
        PropertyCompany: entityReference([], async (id) => ({ id })),
        OwnersCommittee: entityReference([], async (id) => ({ id })),
        Settlement: entityReference([], (id, ctx) => readableSettlement(ctx, id)),
      },
    }),
  seedDemo: seedEnterpriseDemo,
  // The relay hands each settlement's rebate to the committee's fund (enterprise → committee).
  workers: (dataSource, clock) => [enterpriseRelay(dataSource, clock)],
};
