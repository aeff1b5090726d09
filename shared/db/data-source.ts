import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { CountingLogger } from './query-counter';

export interface SubgraphDataSourceOptions {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Connection pool size; tests keep it small, production may raise it. */
  poolSize?: number;
}

/**
 * One subgraph's own database. The schema comes from migrations only (`synchronize`
 * stays off): what runs in production is what the tests ran.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): { dataSource: DataSource; counter: CountingLogger } {
  const counter = new CountingLogger(process.env.DOORSTEP_LOG_SQL_ERRORS === '1');
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: counter,
    extra: { max: options.poolSize ?? Number(process.env.DB_POOL_SIZE ?? 10) },
  });
  return { dataSource, counter };
}
