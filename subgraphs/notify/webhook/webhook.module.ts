import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { WebhookDeliveryWorker } from './webhook-delivery-worker';
import { WebhookResolver } from './webhook.resolver';

/** Outbound webhooks (the seam for SMS / WeChat subscription messages): registration by admins, deliveries signed and retried. */
export const webhookModule: SubgraphModule = {
  resolvers: [WebhookResolver],
};

/** The delivery worker, on the project's clock (WEBHOOK_* settings). */
export function webhookWorkers(dataSource: DataSource, clock: Clock): BackgroundWorker[] {
  return [new WebhookDeliveryWorker(dataSource, clock)];
}
