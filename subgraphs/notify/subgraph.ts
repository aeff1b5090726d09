import { SeenAssertions1763773000000 } from '../../shared/auth/seen-assertions.migration';
import { HandoverFailedIndex1796295762532 } from '../../shared/handover/handover-failed-index.migration';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { defineSubgraph } from '../../shared/server/subgraph-module';
import { analyticsModule } from './analytics/analytics.module';
import { seedNotifyDemo } from './demo/seed-demo';
import { eventModule, eventWorkers } from './event/event.module';
import { NotificationEvents1796179000100 } from './migrations/1796179000100-notification-events';
import { Webhooks1796179000400 } from './migrations/1796179000400-webhooks';
import { LiveTicketsIndex1796295762600 } from './migrations/1796295762600-live-tickets-index';
import { SealedWebhookSecrets1796295762700 } from './migrations/1796295762700-sealed-webhook-secrets';
import { neighboursModule } from './neighbours/neighbours.module';
import { notificationModule } from './notification/notification.module';
import { StreamTickets1796179000300 } from './migrations/1796179000300-stream-tickets';
import { streamModule, streamRoutes } from './stream/stream.module';
import { webhookModule, webhookWorkers } from './webhook/webhook.module';

export const notifySubgraph = defineSubgraph({
  name: 'notify',
  description:
    "The notify subgraph (通知): the street office's platform, not a stakeholder — the events stakeholders hand over, addressed by role and scope, and each reader's notifications with read state.",
  modules: [eventModule, notificationModule, analyticsModule, neighboursModule, streamModule, webhookModule],
  migrations: [
    HandoverTables1763770000000,
    SeenAssertions1763773000000,
    NotificationEvents1796179000100,
    StreamTickets1796179000300,
    Webhooks1796179000400,
    HandoverFailedIndex1796295762532,
    LiveTicketsIndex1796295762600,
    SealedWebhookSecrets1796295762700,
  ],
  seedDemo: seedNotifyDemo,
  workers: (dataSource, clock) => [...eventWorkers(dataSource, clock), ...webhookWorkers(dataSource, clock)],
  routes: streamRoutes,
});
