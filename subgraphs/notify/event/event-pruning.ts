import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { notifyRetentionHours } from './event-settings';
import { logger } from '../../../shared/server/logger';
import { PollingLoop } from '../../../shared/server/polling-loop';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';

const HOUR_MS = 3_600_000;

/** The oldest `recorded_at` still kept, by the project's clock. */
export function retentionStart(now: Date, retentionHours = notifyRetentionHours()): Date {
  return new Date(now.getTime() - retentionHours * HOUR_MS);
}

export interface EventPruningOptions {
  /** How often a pass runs (default every 10 minutes). */
  intervalMs?: number;
  /** Rows deleted per statement, so a long-stopped service does not hold one huge delete. */
  batchSize?: number;
  retentionHours?: number;
}

/**
 * Deletes events older than the retention (NOTIFY_RETENTION_HOURS), with their read
 * state and receipts (ON DELETE CASCADE). The hand-over inbox keeps their receipts, so
 * a sender replaying a pruned event id still gets its first answer and nothing comes back.
 * Safe with several replicas: each batch deletes rows it locked with SKIP LOCKED.
 */
export class EventPruning implements BackgroundWorker {
  private readonly log = logger.child({ component: 'notify-pruning' });

  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: EventPruningOptions = {},
  ) {
    this.loop = new PollingLoop(
      async () => {
        const pruned = await this.runOnce();
        if (pruned > 0) this.log.info({ pruned }, 'expired notify events pruned');
        return pruned;
      },
      { pollMs: this.options.intervalMs ?? 600_000, log: this.log, what: 'pruning' },
    );
  }

  /** One pass: deletes every expired event; returns how many. */
  async runOnce(): Promise<number> {
    const before = retentionStart(this.clock.now(), this.options.retentionHours);
    const batch = this.options.batchSize ?? 1000;
    let total = 0;
    for (;;) {
      // The highest sequence pruned is kept in the same statement: the push stream tells a
      // client reconnecting from before it that it may have missed events (`event: reset`).
      const [{ n }]: { n: number }[] = await this.dataSource.query(
        `WITH deleted AS (
           DELETE FROM notification_event WHERE event_id IN (
             SELECT event_id FROM notification_event WHERE recorded_at < $1 ORDER BY recorded_at LIMIT $2 FOR UPDATE SKIP LOCKED
           ) RETURNING sequence
         ), marked AS (
           UPDATE notification_pruned SET highest_sequence = greatest(highest_sequence, (SELECT max(sequence) FROM deleted))
           WHERE EXISTS (SELECT 1 FROM deleted)
         )
         SELECT count(*)::int AS n FROM deleted`,
        [before, batch],
      );
      total += n;
      if (n < batch) break;
    }
    // Stream tickets live a minute; those long expired or used are of no further use.
    await this.dataSource.query('DELETE FROM stream_ticket WHERE expires_at < $1', [new Date(this.clock.now().getTime() - HOUR_MS)]);
    return total;
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
