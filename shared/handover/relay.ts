import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock';
import { relaySettings, RelaySettings } from '../config';
import { systemClock } from '../clock';
import type { BackgroundWorker } from '../server/subgraph-service';
import { logger } from '../server/logger';
import { InternalCallError, InternalClient } from './internal-client';
import { asStoredJson } from './json';
import { OutboxMessage } from './outbox-message.entity';

export interface HandoverRoute {
  /** Calls the receiver's internal mutation; returns what to keep as the result. */
  deliver(client: InternalClient, message: OutboxMessage): Promise<Record<string, unknown>>;
  /** Optional: update the sender's own record in the same transaction as the status. */
  onDelivered?(manager: EntityManager, message: OutboxMessage, result: Record<string, unknown>): Promise<void>;
  onFailed?(manager: EntityManager, message: OutboxMessage, reason: string): Promise<void>;
}

export interface RelayOptions {
  clock?: Clock;
  /** How often to look for due messages when idle (ms). Default `RELAY_POLL_MS` or 500. */
  pollMs?: number;
  /** First retry delay (ms); doubles per attempt. Default `RELAY_RETRY_BASE_MS` or 1000. */
  baseDelayMs?: number;
  /** Longest retry delay (ms). Default `RELAY_RETRY_MAX_MS` or 60 000. */
  maxDelayMs?: number;
  /** Messages handled per pass. Default 20. */
  batchSize?: number;
}

/**
 * Step 2 of every hand-over: delivers due outbox messages. Each message is claimed with
 * `FOR UPDATE SKIP LOCKED` in its own transaction, held through the call, so two relay
 * replicas never deliver the same message at once. A transient failure (receiver down,
 * lost response) schedules a retry with exponential back-off; a permanent refusal marks
 * the message FAILED with the reason and it is never retried.
 */
export class OutboxRelay implements BackgroundWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  private readonly clock: Clock;
  private readonly defaults: RelaySettings = relaySettings();
  private readonly log = logger.child({ component: 'outbox-relay' });

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: InternalClient,
    private readonly routes: Record<string, HandoverRoute>,
    private readonly options: RelayOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
  }

  /** Handles every due message once; returns how many were handled. */
  async runOnce(): Promise<number> {
    let handled = 0;
    const batch = this.options.batchSize ?? 20;
    while (handled < batch) {
      const did = await this.handleOne();
      if (!did) break;
      handled++;
    }
    return handled;
  }

  private async handleOne(): Promise<boolean> {
    let claimed: OutboxMessage | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        const message = await manager
          .getRepository(OutboxMessage)
          .createQueryBuilder('m')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where(`m.status = 'PENDING'`)
          .andWhere('m.next_attempt_at <= :now', { now })
          .orderBy('m.next_attempt_at', 'ASC')
          .limit(1)
          .getOne();
        if (!message) return false;
        claimed = message;
        const route = this.routes[message.topic];
        message.attempts += 1;
        if (!route) {
          await this.fail(manager, message, `No route for topic ${message.topic}`);
          return true;
        }
        let result: Record<string, unknown>;
        try {
          // Kept as it will read back, so a bigint in the answer cannot break the save.
          result = asStoredJson(await route.deliver(this.client, message));
        } catch (error) {
          const permanent = error instanceof InternalCallError && error.permanent;
          const reason = error instanceof InternalCallError ? `${error.code}: ${error.message}` : String(error);
          if (permanent) {
            await this.fail(manager, message, reason);
            await route.onFailed?.(manager, message, reason);
          } else {
            message.lastError = reason;
            message.nextAttemptAt = this.retryAt(message.attempts);
            await manager.save(message);
            this.log.warn(
              { topic: message.topic, recordId: message.recordId, attempts: message.attempts, reason },
              'hand-over will be retried',
            );
          }
          return true;
        }
        // Outside the try above: a failure here must not be taken for a failed delivery
        // (it used to be, and committed DELIVERED without the sender's own update).
        message.status = 'DELIVERED';
        message.result = result;
        message.deliveredAt = this.clock.now();
        message.lastError = null;
        await manager.save(message);
        await route.onDelivered?.(manager, message, result);
        return true;
      });
    } catch (error) {
      if (!claimed) throw error;
      // The sender's bookkeeping after the call failed (onDelivered/onFailed threw, or a
      // save did), so the transaction rolled back. The message stays PENDING and is
      // retried after a back-off (the receiver replays), instead of coming first in every
      // pass and stopping the messages behind it.
      await this.retryAfterBookkeepingFailure(claimed, error);
      return true;
    }
  }

  private retryAt(attempts: number): Date {
    const delay = Math.min(
      (this.options.baseDelayMs ?? this.defaults.baseDelayMs) * 2 ** (attempts - 1),
      this.options.maxDelayMs ?? this.defaults.maxDelayMs,
    );
    return new Date(this.clock.now().getTime() + delay);
  }

  private async retryAfterBookkeepingFailure(message: OutboxMessage, error: unknown): Promise<void> {
    const reason = `after the call: ${error instanceof Error ? error.message : String(error)}`;
    // Only if still PENDING: another replica may have handled it since the rollback.
    await this.dataSource.query(
      `UPDATE handover_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1 AND status = 'PENDING'`,
      [message.id, reason, this.retryAt(message.attempts)],
    );
    this.log.error(
      { topic: message.topic, recordId: message.recordId, attempts: message.attempts, err: error },
      'hand-over bookkeeping failed; will be retried',
    );
  }

  private async fail(manager: EntityManager, message: OutboxMessage, reason: string): Promise<void> {
    message.status = 'FAILED';
    message.lastError = reason;
    message.failedAt = this.clock.now();
    await manager.save(message);
    this.log.error({ topic: message.topic, recordId: message.recordId, reason }, 'hand-over refused');
  }

  start(): void {
    // Started twice would run two loops in one process.
    if (!this.stopped) return;
    this.stopped = false;
    const batch = this.options.batchSize ?? 20;
    const tick = async () => {
      if (this.stopped) return;
      const pass = this.runOnce().catch((error) => {
        this.log.error({ err: error }, 'relay pass failed');
        return 0;
      });
      this.running = pass;
      const handled = await pass;
      // A full batch means more may be due: go on at once instead of waiting a poll.
      if (!this.stopped) this.timer = setTimeout(() => void tick(), handled >= batch ? 0 : (this.options.pollMs ?? this.defaults.pollMs));
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
