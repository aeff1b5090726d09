import { positiveInt } from '../../../shared/config';

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
