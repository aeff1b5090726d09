import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock';
import { relaySettings, RelaySettings } from '../config';
import { systemClock } from '../clock';
import { PollingLoop } from '../server/polling-loop';
import type { BackgroundWorker } from '../server/subgraph-service';
import { logger } from '../server/logger';
import { InternalCallError, InternalClient } from './internal-client';
import { asStoredJson, toJsonText } from './json';
import { OutboxMessage } from './outbox-message.entity';
import type { BatchOutcome, HandoverRoute } from './handover-route';
import { HANDOVER_CHANNEL } from './outbox';
import { databaseUrlOfSource, PgListener } from '../db/listener';

/** Most messages one batch call carries. */
const MAX_BATCH = 25;

/** Which topics a lane claims: only these, or all but these. */
interface TopicFilter {
  only?: string[];
  except?: string[];
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
  /**
   * Deliveries in flight at once for the routes marked `concurrent` (default 4); every
   * other topic has one lane, in due order. Each lane claims its own message (SKIP LOCKED).
   */
  concurrentLanes?: number;
}

/**
 * Step 2 of every hand-over: delivers due outbox messages. Each message is claimed with
 * `FOR UPDATE SKIP LOCKED` in its own transaction, held through the call, so two relay
 * replicas never deliver the same message at once. A transient failure (receiver down,
 * lost response) schedules a retry with exponential back-off; a permanent refusal marks
 * the message FAILED with the reason and it is never retried.
 */
export class OutboxRelay implements BackgroundWorker {
  /** Wakes the relay when a sender commits a new row; the poll stays as the safety net. */
  private listener?: PgListener;
  private readonly loop: PollingLoop;
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
    this.loop = new PollingLoop(() => this.runOnce(), {
      pollMs: options.pollMs ?? this.defaults.pollMs,
      batchSize: options.batchSize ?? 20,
      log: this.log,
      what: 'relay',
    });
  }

  /** Handles every due message once; returns how many were handled. */
  async runOnce(): Promise<number> {
    // Most passes find nothing due: one statement on one connection says so, instead of a
    // transaction per lane (and, at start-up, a connection per lane).
    if (!(await this.anythingDue())) return 0;
    let handled = 0;
    const batch = this.options.batchSize ?? 20;
    const topics = Object.keys(this.routes);
    const concurrent = topics.filter((topic) => this.routes[topic].concurrent);
    const batched = concurrent.filter((topic) => this.routes[topic].deliverBatch !== undefined);
    const single = async (filter: TopicFilter) => {
      while (handled < batch) {
        if (!(await this.handleOne(filter))) break;
        handled++;
      }
    };
    const batches = async () => {
      while (handled < batch) {
        const n = await this.handleBatch(batched);
        if (n === 0) break;
        handled += n;
      }
    };
    // Lane 0 takes every topic but the batched ones (and refuses those without a route),
    // one message at a time; the other lanes take only the concurrent topics, so an
    // ordered topic is never delivered twice at once.
    const extraLanes = concurrent.length > 0 ? (this.options.concurrentLanes ?? 4) - 1 : 0;
    await Promise.all([
      single(batched.length > 0 ? { except: batched } : {}),
      ...Array.from({ length: extraLanes }, () => (batched.length > 0 ? batches() : single({ only: concurrent }))),
    ]);
    return handled;
  }

  /**
   * Claims up to MAX_BATCH due messages of the batched topics (SKIP LOCKED, held through
   * the call) and delivers each topic's share in one call; each message then settles as
   * `handleOne` settles one. Returns how many were claimed.
   */
  private async handleBatch(topics: string[]): Promise<number> {
    let claimed: OutboxMessage[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const messages = await this.claim(manager, { only: topics }, MAX_BATCH);
        claimed = messages;
        for (const topic of new Set(messages.map((m) => m.topic))) {
          const route = this.routes[topic];
          const group = messages.filter((m) => m.topic === topic);
          for (const message of group) message.attempts += 1;
          let outcomes: BatchOutcome[];
          try {
            outcomes = await route.deliverBatch!(this.client, group);
          } catch (error) {
            const permanent = error instanceof InternalCallError && error.permanent;
            outcomes = permanent ? await this.oneByOne(route, group) : group.map(() => ({ error }));
          }
          for (const [i, message] of group.entries()) await this.settle(manager, route, message, outcomes[i]);
        }
        return messages.length;
      });
    } catch (error) {
      if (claimed.length === 0) throw error;
      for (const message of claimed) await this.retryAfterBookkeepingFailure(message, error);
      return claimed.length;
    }
  }

  /** A batch refused as a whole: each message alone, so one bad message fails alone. */
  private async oneByOne(route: HandoverRoute, messages: OutboxMessage[]): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    for (const message of messages) {
      try {
        outcomes.push({ result: await route.deliver(this.client, message) });
      } catch (error) {
        outcomes.push({ error });
      }
    }
    return outcomes;
  }

  private async anythingDue(): Promise<boolean> {
    const [row] = await this.dataSource.query<{ due: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM handover_outbox WHERE status = 'PENDING' AND next_attempt_at <= $1) AS due`,
      [this.clock.now()],
    );
    return row.due;
  }

  /** Due PENDING messages, oldest due first, locked for this transaction; others' locked rows skipped. */
  private claim(manager: EntityManager, filter: TopicFilter, limit: number): Promise<OutboxMessage[]> {
    const query = manager
      .getRepository(OutboxMessage)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`m.status = 'PENDING'`)
      .andWhere('m.next_attempt_at <= :now', { now: this.clock.now() });
    if (filter.only) query.andWhere('m.topic IN (:...only)', { only: filter.only });
    if (filter.except) query.andWhere('m.topic NOT IN (:...except)', { except: filter.except });
    return query.orderBy('m.next_attempt_at', 'ASC').limit(limit).getMany();
  }

  /** One message's outcome: delivered (kept with its result), refused for good, or retried after a back-off. */
  private async settle(manager: EntityManager, route: HandoverRoute, message: OutboxMessage, outcome: BatchOutcome): Promise<void> {
    if ('error' in outcome) {
      const { error } = outcome;
      const reason = error instanceof InternalCallError ? `${error.code}: ${error.message}` : String(error);
      if (error instanceof InternalCallError && error.permanent) {
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
      return;
    }
    // Kept as it will read back, so a bigint in the answer cannot break the save.
    const result = asStoredJson(outcome.result);
    message.status = 'DELIVERED';
    message.result = result;
    message.deliveredAt = this.clock.now();
    message.lastError = null;
    // One UPDATE: `save` would read the row again first (the hot path of every hand-over).
    await manager.query(
      `UPDATE handover_outbox SET status = 'DELIVERED', attempts = $2, result = $3, delivered_at = $4, last_error = NULL WHERE id = $1`,
      [message.id, message.attempts, toJsonText(result), message.deliveredAt],
    );
    await route.onDelivered?.(manager, message, result);
  }

  private async handleOne(filter: TopicFilter): Promise<boolean> {
    let claimed: OutboxMessage | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [message] = await this.claim(manager, filter, 1);
        if (!message) return false;
        claimed = message;
        const route = this.routes[message.topic];
        message.attempts += 1;
        if (!route) {
          await this.fail(manager, message, `No route for topic ${message.topic}`);
          return true;
        }
        let outcome: BatchOutcome;
        try {
          outcome = { result: await route.deliver(this.client, message) };
        } catch (error) {
          outcome = { error };
        }
        // Outside the try above: a failure while settling must not be taken for a failed
        // delivery (it used to be, and committed DELIVERED without the sender's own update).
        await this.settle(manager, route, message, outcome);
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
    this.loop.start();
    // Woken as senders commit (the poll stays as the safety net: a retry coming due, or a
    // notification lost while the LISTEN connection was down).
    const url = databaseUrlOfSource(this.dataSource);
    if (url && !this.listener) {
      const wake = () => this.loop.wake();
      this.listener = new PgListener(url, HANDOVER_CHANNEL, wake, wake);
      void this.listener.start();
    }
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listener = undefined;
    await this.loop.stop();
  }
}
