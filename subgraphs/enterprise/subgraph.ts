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
import { EnterprisesAndOutlets1763770000400 } from './migrations/1763770000400-enterprises-and-outlets';
import { Outlet } from './outlet/outlet.entity';
import { OutletResolver } from './outlet/outlet.resolver';

/**
 * The enterprise subgraph (社区社会企业): social enterprises and their outlets — the veg
 * shop, the canteen, the service market — co-funding and the 二八分成 settlements.
 */
export const enterpriseSubgraph: SubgraphDefinition = {
  name: 'enterprise',
  entities: [SocialEnterprise, Outlet, OutboxMessage, InboxReceipt],
  migrations: [HandoverTables1763770000000, EnterprisesAndOutlets1763770000400],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [CompoundEnterpriseResolver, SocialEnterpriseResolver, OutletResolver],
      // Entities reached only through `_entities` must be named, or type-graphql drops them.
      orphanedTypes: [Compound, Outlet],
      referenceResolvers: {
        Compound: entityReference([], async (id) => ({ id })),
      },
    }),
  seedDemo: seedEnterpriseDemo,
};
