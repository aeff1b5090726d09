import { Compound } from './compound/compound.ref';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { CompoundCommitteeResolver } from './compound/compound.resolver';
import { seedCommitteeDemo } from './demo/seed-demo';
import { OwnersCommittee1763770000200 } from './migrations/1763770000200-owners-committee';
import { OwnersCommittee } from './owners-committee/owners-committee.entity';
import { committeeById } from './owners-committee/owners-committee.loaders';
import { OwnersCommitteeResolver } from './owners-committee/owners-committee.resolver';

/**
 * The owners' committee subgraph (业主委员会): committees, the owner roll, joint
 * decisions under Civil Code art. 278, consultations, the convention and the public fund.
 */
export const committeeSubgraph: SubgraphDefinition = {
  name: 'committee',
  entities: [OwnersCommittee, OutboxMessage, InboxReceipt],
  migrations: [HandoverTables1763770000000, OwnersCommittee1763770000200],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [CompoundCommitteeResolver, OwnersCommitteeResolver],
      // Entities reached only through `_entities` must be named, or type-graphql drops them.
      orphanedTypes: [Compound, OwnersCommittee],
      referenceResolvers: {
        // Compound is owned by party; a reference is all this subgraph needs to extend it.
        Compound: entityReference([], async (id) => ({ id })),
        OwnersCommittee: entityReference([], (id, ctx) => committeeById(ctx).load(id)),
      },
    }),
  seedDemo: seedCommitteeDemo,
};
