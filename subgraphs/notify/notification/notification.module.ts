import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { NotificationReceipt } from './notification-receipt.entity';
import { NotificationRead } from './notification-read.entity';
import { NotificationResolver } from './notification.resolver';

/** Each reader's view of the event log: their notifications, read state (per token `sub`) and delivery receipts. */
export const notificationModule: SubgraphModule = {
  entities: [NotificationRead, NotificationReceipt],
  resolvers: [NotificationResolver],
};
