import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { webhookSettings, type WebhookSettings } from './webhook-settings';
import { logger } from '../../../shared/server/logger';
import { PollingLoop } from '../../../shared/server/polling-loop';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import { webhookBody, type DeliveredEventRow } from './webhook-body';
import { openWebhookSecret } from './webhook-secret-box';
import { signWebhook } from './webhook-signature';

export interface WebhookWorkerOptions extends Partial<WebhookSettings> {
  /** Deliveries claimed per pass (and POSTed side by side). Default 20. */
  batchSize?: number;
}

interface ClaimedDelivery extends DeliveredEventRow {
  id: string;
  attempts: number;
  url: string;
  webhook_id: string;
  /** Sealed (webhook-secret-box.ts); opened only to sign. */
  secret: string;
}

/** What one attempt gave: the receiver's status (if it answered) and, unless 2xx, why it failed. */
interface Outcome {
  status: number | null;
  error: string | null;
}

/** The longest reason kept: a status or a network error's code, never a body (or the secret). */
const MAX_REASON = 200;

/**
 * Delivers outbound webhooks. A pass claims due deliveries with `FOR UPDATE SKIP LOCKED`
 * and, in the same statement, counts the attempt and moves its due time past the attempt's
 * timeout (a lease): so two workers (two notify replicas) never POST the same delivery at
 * once, no connection is held while the receivers answer, and a worker that died mid-POST
 * leaves the delivery to be tried again when the lease runs out. Each POST is signed as
 * Standard Webhooks does; 2xx is DELIVERED, anything else waits an exponential back-off,
 * and after the last attempt the delivery is PARKED with the reason.
 */
export class WebhookDeliveryWorker implements BackgroundWorker {
  private readonly settings: WebhookSettings;
  private readonly log = logger.child({ component: 'webhook-delivery' });

  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: WebhookWorkerOptions = {},
  ) {
    this.settings = { ...webhookSettings(), ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
    this.loop = new PollingLoop(() => this.runOnce(), {
      pollMs: this.settings.pollMs,
      batchSize: this.options.batchSize ?? 20,
      log: this.log,
      what: 'webhook delivery',
    });
  }

  /** One pass: attempts every claimed delivery once; returns how many were attempted. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length;
  }

  private async claim(): Promise<ClaimedDelivery[]> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + this.settings.timeoutMs + 60_000);
    // An UPDATE's answer through TypeORM is [rows, affected].
    const [rows]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_delivery WHERE state = 'PENDING' AND next_attempt_at <= $1
         ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       UPDATE webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = $1, next_attempt_at = $3
       FROM due, webhook w, notification_event e
       WHERE d.id = due.id AND w.id = d.webhook_id AND e.event_id = d.event_id
       RETURNING d.id, d.attempts, w.url, d.webhook_id, w.secret, e.event_id, e.sequence::text AS sequence, e.kind, e.record_type, e.record_id,
         e.compound_id, e.audience, e.personal, e.level, e.text_zh, e.text_en, e.occurred_at`,
      [now, this.options.batchSize ?? 20, lease],
    );
    return rows;
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const outcome = await this.post(d);
    const now = this.clock.now();
    // Only while still this attempt's: a re-send (attempts from 0) or another pass wins.
    const guard = `WHERE id = $1 AND attempts = $2 AND state = 'PENDING'`;
    if (outcome.error === null) {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET state = 'DELIVERED', delivered_at = $3, last_status = $4, last_error = NULL ${guard}`,
        [d.id, d.attempts, now, outcome.status],
      );
      return;
    }
    if (d.attempts >= this.settings.maxAttempts) {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET state = 'PARKED', parked_at = $3, last_status = $4, last_error = $5 ${guard}`,
        [d.id, d.attempts, now, outcome.status, outcome.error],
      );
      this.log.warn({ delivery: d.id, attempts: d.attempts, reason: outcome.error }, 'webhook delivery parked');
      return;
    }
    const delay = Math.min(this.settings.baseDelayMs * 2 ** (d.attempts - 1), this.settings.maxDelayMs);
    await this.dataSource.query(`UPDATE webhook_delivery SET next_attempt_at = $3, last_status = $4, last_error = $5 ${guard}`, [
      d.id,
      d.attempts,
      new Date(now.getTime() + delay),
      outcome.status,
      outcome.error,
    ]);
  }

  /** One signed POST, bounded by the timeout; redirects are not followed (a 3xx is a failure). */
  private async post(d: ClaimedDelivery): Promise<Outcome> {
    let secret: string;
    try {
      secret = openWebhookSecret(d.secret, d.webhook_id);
    } catch {
      // Nothing is sent unsigned; the attempt fails like any other, and is retried.
      return { status: null, error: 'the signing secret does not open with NOTIFY_WEBHOOK_KEY (was the key changed?)' };
    }
    const body = webhookBody(d);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    try {
      const response = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': d.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(secret, d.id, timestamp, body),
          'user-agent': 'doorstep-notify-webhooks',
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      // The answer's body is not read: only its status counts.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return { status: response.status, error: null };
      return { status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      return { status: null, error: reasonOf(error, this.settings.timeoutMs) };
    }
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}

/**
 * A failed POST's reason, short: the timeout, or the network error's code (fetch hides it
 * in `cause`). Read by shape, not `instanceof`: fetch's errors may come from another realm.
 */
function reasonOf(error: unknown, timeoutMs: number): string {
  const e = (error ?? {}) as { name?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = e.cause;
  const detail =
    typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' && cause.message ? cause.message : String(error);
  return `network error: ${detail}`.slice(0, MAX_REASON);
}
