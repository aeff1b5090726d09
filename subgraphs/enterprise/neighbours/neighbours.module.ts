import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { InboxReceipt } from '../../../shared/handover/inbox-receipt.entity';
import { InternalClient } from '../../../shared/handover/internal-client';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { OutboxRelay, type RelayOptions } from '../../../shared/handover/relay';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';
import { entityReference } from '../../../shared/schema/entity-reference';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { Compound } from './compound.ref';
import { CompoundEnterpriseResolver } from './compound.resolver';
import { FundEntry } from './fund-entry.ref';
import { OwnersCommittee } from './owners-committee.ref';
import { PropertyCompany } from './property-company.ref';
import { PropertyCompanyEnterpriseResolver } from './property-company.resolver';
import { Resident } from './resident.ref';
import { settlementRebateRoute } from './settlement-rebate.outgoing';
import { SettlementRebateInfoResolver } from './settlement-rebate.resolver';

/**
 * Other stakeholders' entities as the enterprise sees them: the stubs it points at, the
 * fields it adds to them, and the hand-over tables (the outbox of rebates to the
 * committee, which also answers the committee's confirmation of a rebate; the inbox,
 * which also keeps every money-moving write's idempotency key).
 */
export const neighboursModule: SubgraphModule = {
  entities: [OutboxMessage, InboxReceipt],
  resolvers: [CompoundEnterpriseResolver, PropertyCompanyEnterpriseResolver, SettlementRebateInfoResolver],
  // Reached only through `_entities`, so type-graphql must be told about them.
  orphanedTypes: [Compound, PropertyCompany, OwnersCommittee, FundEntry, Resident],
  referenceResolvers: {
    Compound: entityReference([], async (id) => ({ id })),
    PropertyCompany: entityReference([], async (id) => ({ id })),
    OwnersCommittee: entityReference([], async (id) => ({ id })),
  },
};

/** The relay of the enterprise's outgoing hand-overs: each settlement's rebate to the committee's fund. */
export function enterpriseRelay(
  dataSource: DataSource,
  clock: Clock,
  client = new InternalClient('enterprise'),
  options: RelayOptions = {},
): OutboxRelay {
  return new OutboxRelay(dataSource, client, { [SETTLEMENT_REBATE_TOPIC]: settlementRebateRoute }, { clock, ...options });
}

export function neighbourWorkers(dataSource: DataSource, clock: Clock): BackgroundWorker[] {
  return [enterpriseRelay(dataSource, clock)];
}
