import { InboxReceipt } from '../../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { Compound } from './compound.ref';
import { CompoundCommitteeResolver } from './compound.resolver';
import { FundEntryInfoResolver } from './fund-entry-info.resolver';
import { Household } from './household.ref';
import { HouseholdCommitteeResolver } from './household.resolver';
import { SettlementRebateReceiver } from './settlement-rebate.incoming';
import { Settlement } from './settlement.ref';
import { SettlementFundResolver } from './settlement.resolver';

/**
 * Everything the committee shares with other stakeholders: party's compounds and
 * households and enterprise's settlements (extended here with the committee's fields),
 * enterprise's rebate hand-over, and the fund-entry check enterprise makes at write time.
 */
export const neighboursModule: SubgraphModule = {
  // The hand-over tables: the inbox also keeps the fund's idempotency keys.
  entities: [OutboxMessage, InboxReceipt],
  resolvers: [
    CompoundCommitteeResolver,
    HouseholdCommitteeResolver,
    SettlementFundResolver,
    SettlementRebateReceiver,
    FundEntryInfoResolver,
  ],
  // Reached only through `_entities`, so named here or type-graphql drops them.
  orphanedTypes: [Compound, Household, Settlement],
  // Other subgraphs own these; a reference is all the committee needs to extend them.
  referenceResolvers: {
    Compound: entityReference([], async (id) => ({ id })),
    Household: entityReference([], async (id) => ({ id })),
    Settlement: entityReference([], async (id) => ({ id })),
  },
};
