import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { InboxReceipt } from '../../../shared/handover/inbox-receipt.entity';
import { InternalClient } from '../../../shared/handover/internal-client';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { OutboxRelay } from '../../../shared/handover/relay';
import { NOTIFY_EVENT_TOPIC, REPORT_TO_PROPERTY_TOPIC } from '../../../shared/handover/topics';
import { notifyEventRoute } from '../../../shared/notify/notify-event';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { IntakeToGridReceiver } from './intake-to-grid.incoming';
import { LookupsResolver } from './lookups.resolver';
import { ReportHandoverResolver } from './report-handover.resolver';
import { reportToPropertyRoute } from './report-to-property.outgoing';
import { WorkOrderOutcomeReceiver } from './work-order-outcome.incoming';

/**
 * Everything party does with the other stakeholders: the hand-overs with property (reports
 * out, work-order outcomes and after-hours intake in) and the look-ups others make of
 * party's ids. Party extends no foreign entity.
 */
export const neighboursModule: SubgraphModule = {
  entities: [OutboxMessage, InboxReceipt],
  resolvers: [ReportHandoverResolver, WorkOrderOutcomeReceiver, IntakeToGridReceiver, LookupsResolver],
};

/** Party's relay: reports handed to property, and the events party sends to notify. */
export function neighbourWorkers(dataSource: DataSource, clock: Clock): BackgroundWorker[] {
  return [
    new OutboxRelay(
      dataSource,
      new InternalClient('party'),
      { [REPORT_TO_PROPERTY_TOPIC]: reportToPropertyRoute, [NOTIFY_EVENT_TOPIC]: notifyEventRoute },
      { clock },
    ),
  ];
}
