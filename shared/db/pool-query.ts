import type { Pool } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';

/**
 * One read statement on a connection from the DataSource's own `pg` pool, for the
 * loaders and list pages (entity-loaders.ts). `dataSource.query` would build a query
 * runner per statement (its bookkeeping, events and result wrappers): under load that
 * was a visible share of a subgraph's CPU (bench/README.md, "Subgraphs against the
 * floor"). What callers see is the same: the statement is logged to the DataSource's
 * logger (the statement counter of the N+1 tests), a failed statement is TypeORM's
 * `QueryFailedError` with the driver's error inside, and a connection that cannot be
 * had fails as the pool fails it. Statements inside a transaction keep its query runner.
 */
export async function poolQuery<R>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const client = await pool.connect();
  dataSource.logger.logQuery(sql, parameters);
  try {
    const result = await client.query(sql, parameters);
    return result.rows as R[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    throw new QueryFailedError(sql, parameters, error as Error);
  } finally {
    client.release();
  }
}
