import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { databasePoolSettings } from '../config';
import { tracedPgClient } from '../observability/sql-tracing';
import { CountingLogger } from './query-counter';

export interface SubgraphDataSourceOptions {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Connection pool size; tests keep it small, production may raise it. */
  poolSize?: number;
  /** How long a query may wait for a free connection (`DB_CONNECT_TIMEOUT_MS`). */
  connectTimeoutMs?: number;
}

/**
 * One subgraph's own database. The schema comes from migrations only (`synchronize`
 * stays off): what runs in production is what the tests ran.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): { dataSource: DataSource; counter: CountingLogger } {
  const pool = databasePoolSettings();
  const counter = new CountingLogger(process.env.DOORSTEP_LOG_SQL_ERRORS === '1');
  // With tracing on, each statement of a request is a span (shared/observability/sql-tracing.ts).
  const tracedClient = tracedPgClient(decodeURIComponent(new URL(options.url).pathname.slice(1)));
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: counter,
    extra: {
      max: options.poolSize ?? pool.size,
      // A bounded wait: when every connection is busy (or the server is down) the request
      // gets SERVICE_UNAVAILABLE after this long instead of queueing without end.
      connectionTimeoutMillis: options.connectTimeoutMs ?? pool.connectTimeoutMs,
      ...(tracedClient ? { Client: tracedClient } : {}),
    },
  });
  return { dataSource, counter };
}
