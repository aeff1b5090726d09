import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { cloneTemplate, dropDatabase } from '../support/databases';
import { isDatabaseUnavailable } from '../../shared/db/database-unavailable';
import { poolQuery } from '../../shared/db/pool-query';
import { CountingLogger } from '../../shared/db/query-counter';

describe('poolQuery (a read on the DataSource’s pool, without a query runner)', () => {
  let url: string;
  let dataSource: DataSource;
  const logger = new CountingLogger();
  const pool = () => (dataSource.driver as unknown as { master: Pool }).master;

  beforeAll(async () => {
    url = await cloneTemplate('party');
    dataSource = await new DataSource({ type: 'postgres', url, logger, extra: { max: 1, connectionTimeoutMillis: 300 } }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });

  it('answers the rows, logs the statement as dataSource.query does, and gives the connection back', async () => {
    logger.statements = [];
    const before = logger.count;
    const rows = await poolQuery<{ n: number; word: string }>(dataSource, 'SELECT n, $1::text AS word FROM generate_series(1, 3) AS n', [
      'three',
    ]);
    expect(rows).toEqual([
      { n: 1, word: 'three' },
      { n: 2, word: 'three' },
      { n: 3, word: 'three' },
    ]);
    expect(logger.count).toBe(before + 1);
    expect(logger.statements).toEqual([{ sql: 'SELECT n, $1::text AS word FROM generate_series(1, 3) AS n', parameters: ['three'] }]);
    expect(pool().idleCount).toBe(pool().totalCount);
  });

  it('fails a refused statement as TypeORM’s QueryFailedError with the driver’s error, and gives the connection back', async () => {
    const failure = await poolQuery(dataSource, 'SELECT * FROM no_such_table', []).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('42P01');
    expect(isDatabaseUnavailable(failure)).toBe(false);
    expect(pool().idleCount).toBe(pool().totalCount);
    // The one connection is usable again.
    await expect(poolQuery(dataSource, 'SELECT 1 AS one', [])).resolves.toEqual([{ one: 1 }]);
  });

  it('fails as the pool fails when no connection can be had, which counts as the database being unavailable', async () => {
    const held = await pool().connect();
    try {
      const failure = await poolQuery(dataSource, 'SELECT 1', []).catch((error: unknown) => error);
      expect(String(failure)).toMatch(/timeout exceeded when trying to connect/);
      expect(isDatabaseUnavailable(failure)).toBe(true);
    } finally {
      held.release();
    }
  });
});
