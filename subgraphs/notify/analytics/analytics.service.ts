import { badInput } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { WEBHOOK_DELIVERY_STATES } from '../webhook/webhook.enums';
import type { NotificationStats, NotifyEventKindCount, WebhookDeliveryStateCount } from './analytics.types';

/** At most a year per question: the figures scan the events of the period. */
const MAX_PERIOD_MS = 366 * 86_400_000;

/** Events recorded in [from, to), by kind, and how many reached an addressee. */
export async function notificationStats(ctx: RequestContext, from: Date, to: Date): Promise<NotificationStats> {
  if (!(from.getTime() < to.getTime())) throw badInput('from must be before to', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_PERIOD_MS) throw badInput('The period may be at most 366 days', { field: 'to' });
  const byKind: { kind: NotifyEventKindCount['kind']; count: number }[] = await ctx.dataSource.query(
    `SELECT kind, count(*)::int AS count FROM notification_event WHERE recorded_at >= $1 AND recorded_at < $2 GROUP BY kind ORDER BY kind`,
    [from, to],
  );
  const [{ delivered }]: { delivered: number }[] = await ctx.dataSource.query(
    `SELECT count(*)::int AS delivered FROM notification_event e
     WHERE e.recorded_at >= $1 AND e.recorded_at < $2 AND EXISTS (SELECT 1 FROM notification_receipt x WHERE x.event_id = e.event_id)`,
    [from, to],
  );
  const recorded = byKind.reduce((sum, k) => sum + k.count, 0);
  const failed = 0;
  let webhookDeliveries: Promise<WebhookDeliveryStateCount[]> | undefined;
  return {
    from,
    to,
    recorded,
    byKind,
    delivered,
    pending: recorded - delivered - failed,
    failed,
    // One statement more, and only when selected.
    get webhookDeliveries() {
      return (webhookDeliveries ??= webhookDeliveriesByState(ctx, from, to));
    },
  };
}

/** Webhook deliveries made in [from, to), by their state now, every state listed. */
async function webhookDeliveriesByState(ctx: RequestContext, from: Date, to: Date): Promise<WebhookDeliveryStateCount[]> {
  const rows: WebhookDeliveryStateCount[] = await ctx.dataSource.query(
    `SELECT state, count(*)::int AS count FROM webhook_delivery WHERE created_at >= $1 AND created_at < $2 GROUP BY state`,
    [from, to],
  );
  return WEBHOOK_DELIVERY_STATES.map((state) => ({ state, count: rows.find((r) => r.state === state)?.count ?? 0 }));
}
