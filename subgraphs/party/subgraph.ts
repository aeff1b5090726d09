import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { seedPartyDemo } from './demo/seed-demo';
import { OrgTree1763770000100 } from './migrations/1763770000100-org-tree';
import { Building } from './org-tree/building.entity';
import { BuildingResolver } from './org-tree/building.resolver';
import { Community } from './org-tree/community.entity';
import { Compound } from './org-tree/compound.entity';
import { CompoundResolver } from './org-tree/compound.resolver';
import { buildingById, compoundById } from './org-tree/org-tree.loaders';
import { Street } from './org-tree/street.entity';

/**
 * The party subgraph (党建引领 and the grid): the org tree every other subgraph refers
 * to, residents, the Party organisation, the service station and issue reports.
 */
export const partySubgraph: SubgraphDefinition = {
  name: 'party',
  entities: [Street, Community, Compound, Building, OutboxMessage, InboxReceipt],
  migrations: [HandoverTables1763770000000, OrgTree1763770000100],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [CompoundResolver, BuildingResolver],
      orphanedTypes: [Compound, Building],
      referenceResolvers: {
        Compound: entityReference([], (id, ctx) => compoundById(ctx).load(id)),
        Building: entityReference([], (id, ctx) => buildingById(ctx).load(id)),
      },
    }),
  seedDemo: seedPartyDemo,
};
