import { positiveInt, wholeNumber } from '../../shared/config';

// notify's own settings (README, "Configuration"), beside the shared ones in shared/config.ts.

/**
 * How long `notify` keeps an event (NOTIFY_RETENTION_HOURS, default 72, at least 24):
 * older events are no longer listed and the pruning worker deletes them. The push
 * stream's `Last-Event-ID` replay reaches back as far (issue 14: at least 24 h).
 */
export function notifyRetentionHours(): number {
  return wholeNumber('NOTIFY_RETENTION_HOURS', 72, 24, 'a whole number of hours, at least 24');
}

/** How long a push-stream ticket (`createStreamTicket`) may wait to be redeemed (NOTIFY_TICKET_TTL_S, default 60 s). */
export function notifyTicketTtlS(): number {
  return wholeNumber('NOTIFY_TICKET_TTL_S', 60, 1, 'a whole number of seconds, at least 1');
}

/** Push streams one reader may hold open at once on one notify instance (NOTIFY_STREAMS_PER_READER, default 5). */
export function notifyStreamsPerReader(): number {
  return wholeNumber('NOTIFY_STREAMS_PER_READER', 5, 1, 'a whole number, at least 1');
}

/** How often an idle push stream sends a comment, so proxies keep it open (NOTIFY_STREAM_HEARTBEAT_S, default 15 s). */
export function notifyStreamHeartbeatS(): number {
  return wholeNumber('NOTIFY_STREAM_HEARTBEAT_S', 15, 1, 'a whole number of seconds, at least 1');
}

/**
 * notify's outbound webhooks (README, settings): how often the delivery worker looks for
 * due deliveries, how long one POST may take, and the back-off between attempts (doubling
 * from the base up to the max) before a delivery is parked.
 */
export interface WebhookSettings {
  pollMs: number;
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export function webhookSettings(): WebhookSettings {
  return {
    pollMs: positiveInt('WEBHOOK_POLL_MS', 500),
    timeoutMs: positiveInt('WEBHOOK_TIMEOUT_MS', 10_000),
    baseDelayMs: positiveInt('WEBHOOK_RETRY_BASE_MS', 5_000),
    maxDelayMs: positiveInt('WEBHOOK_RETRY_MAX_MS', 3_600_000),
    maxAttempts: positiveInt('WEBHOOK_MAX_ATTEMPTS', 8),
  };
}
