import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import type { ServiceMetrics } from './metrics';

/** What pg-pool tells about itself (TypeORM keeps the pool as its driver's `master`). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

interface BacklogRow {
  topic: string;
  status: 'PENDING' | 'FAILED';
  messages: number;
  oldest_age_s: number | null;
}

/**
 * The hand-over outbox at scrape time, in one statement: per topic, the pending rows and
 * how long the oldest has waited (by the service's clock, as the relay's own times
 * are), and the rows refused for good. Each half reads only its own partial index
 * (the relay's, and handover_outbox_failed); delivered rows are never read.
 */
const BACKLOG_SQL = `
  SELECT topic, 'PENDING' AS status, count(*)::int AS messages,
         EXTRACT(EPOCH FROM ($1::timestamptz - min(created_at)))::float8 AS oldest_age_s
  FROM handover_outbox WHERE status = 'PENDING' GROUP BY topic
  UNION ALL
  SELECT topic, 'FAILED', count(*)::int, NULL FROM handover_outbox WHERE status = 'FAILED' GROUP BY topic`;

/**
 * A subgraph's database as its metrics show it, all read when scraped: the connection
 * pool (in use, idle, requests waiting for a connection, the size), whether the database
 * answered, the outbox backlog per topic with the age of its oldest pending message, and
 * the messages refused for good per topic. A topic shows once it has had such a message
 * since the service started, and drops to 0 when none is left.
 */
export function watchDatabase(metrics: ServiceMetrics, dataSource: DataSource, clock: Clock): void {
  const poolGauge = (name: string, help: string, read: (p: PgPoolCounts) => number | undefined) =>
    metrics.gauge(name, help, [], function (this) {
      const p = (dataSource.driver as unknown as { master?: PgPoolCounts }).master;
      const value = p && read(p);
      if (value !== undefined) this.set(value);
    });
  poolGauge('doorstep_db_pool_connections_in_use', 'Database connections lent out now', (p) => p.totalCount - p.idleCount);
  poolGauge('doorstep_db_pool_connections_idle', 'Open database connections not in use', (p) => p.idleCount);
  poolGauge('doorstep_db_pool_waiting_requests', 'Queries waiting for a free database connection now', (p) => p.waitingCount);
  poolGauge('doorstep_db_pool_connections_max', 'Most connections the pool opens (DB_POOL_SIZE)', (p) => p.options?.max);

  // The four gauges below come from one statement; a scrape collects them concurrently,
  // so they share it.
  let running: Promise<BacklogRow[] | undefined> | undefined;
  const backlog = () =>
    (running ??= dataSource
      .query(BACKLOG_SQL, [clock.now()])
      .then(
        (rows: BacklogRow[]) => rows,
        () => undefined,
      )
      .finally(() => {
        running = undefined;
      }));
  metrics.gauge('doorstep_db_up', '1 when the database answered the scrape, 0 when it did not', [], async function (this) {
    this.set((await backlog()) ? 1 : 0);
  });
  // Every topic seen since start stays, at 0 once its backlog is gone.
  const perTopic = (name: string, help: string, status: BacklogRow['status'], value: (row: BacklogRow) => number) => {
    const topics = new Set<string>();
    metrics.gauge(name, help, ['topic'], async function (this) {
      const rows = await backlog();
      if (!rows) return this.reset();
      const mine = rows.filter((r) => r.status === status);
      for (const row of mine) topics.add(row.topic);
      for (const topic of topics) {
        const row = mine.find((r) => r.topic === topic);
        this.set({ topic }, row ? value(row) : 0);
      }
    });
  };
  perTopic('doorstep_outbox_pending_messages', 'Hand-over messages waiting to be delivered, by topic', 'PENDING', (row) => row.messages);
  perTopic(
    'doorstep_outbox_oldest_pending_age_seconds',
    'How long the oldest hand-over message still waiting has waited, by topic (0 when none waits)',
    'PENDING',
    (row) => Math.max(0, row.oldest_age_s ?? 0),
  );
  perTopic(
    'doorstep_outbox_failed_messages',
    'Hand-over messages the receiver refused for good (never retried; a person must look), by topic',
    'FAILED',
    (row) => row.messages,
  );
}
