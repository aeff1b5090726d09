import { InboxReceipt } from '../../../shared/handover/inbox-receipt.entity';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { NotifyEventReceiver } from './notify-event.incoming';

/**
 * Everything notify does with the stakeholders: the events they hand over (received
 * once per event id) and the look-up of a reader as property's staff. Notify extends no
 * stakeholder's entity and hands nothing over.
 */
export const neighboursModule: SubgraphModule = {
  entities: [InboxReceipt],
  resolvers: [NotifyEventReceiver],
};
