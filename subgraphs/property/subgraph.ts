import { Compound } from './compound/compound.ref';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { PropertyCompany } from './company/property-company.entity';
import { PropertyCompanyResolver } from './company/property-company.resolver';
import { CompoundPropertyResolver } from './compound/compound.resolver';
import { companyById } from './contract/contract.loaders';
import { ServiceContract } from './contract/service-contract.entity';
import { ServiceContractResolver } from './contract/service-contract.resolver';
import { seedPropertyDemo } from './demo/seed-demo';
import { CompaniesAndContracts1763770000300 } from './migrations/1763770000300-companies-and-contracts';

/**
 * The property subgraph (物业): companies, service contracts and their zones,
 * work orders, after-hours intake and service open days.
 */
export const propertySubgraph: SubgraphDefinition = {
  name: 'property',
  entities: [PropertyCompany, ServiceContract, OutboxMessage, InboxReceipt],
  migrations: [HandoverTables1763770000000, CompaniesAndContracts1763770000300],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [CompoundPropertyResolver, PropertyCompanyResolver, ServiceContractResolver],
      // Entities reached only through `_entities` must be named, or type-graphql drops them.
      orphanedTypes: [Compound, ServiceContract, PropertyCompany],
      referenceResolvers: {
        Compound: entityReference([], async (id) => ({ id })),
        PropertyCompany: entityReference([], (id, ctx) => companyById(ctx).load(id)),
      },
    }),
  seedDemo: seedPropertyDemo,
};
