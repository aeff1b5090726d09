import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ManualClock } from '../../shared/clock';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { LoaderRegistry } from '../../shared/db/loaders';
import { once } from '../../shared/idempotency/once';
import type { RequestContext } from '../../shared/server/context';
import { SUBGRAPHS } from '../../subgraphs';
import { cloneTemplate, dropDatabase } from '../support/databases';
import { TEST_START } from '../support/test-clock';

/**
 * The shared idempotency helper against real PostgreSQL: once per (operation, scope,
 * key), replay, CONFLICT, no trace of a failed attempt, one winner among simultaneous
 * duplicates, and a key already stored in a domain table's `_idempotency` column.
 */
describe('once: a money-moving write at most once per key', () => {
  let url: string;
  let dataSource: DataSource;
  let ctx: RequestContext;

  beforeAll(async () => {
    url = await cloneTemplate('enterprise');
    ({ dataSource } = createSubgraphDataSource({ url, entities: SUBGRAPHS.enterprise.entities, migrations: [], poolSize: 30 }));
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TABLE payment (id uuid PRIMARY KEY, amount int NOT NULL, idempotency_key text NOT NULL,
       CONSTRAINT payment_idempotency UNIQUE (idempotency_key))`,
    );
    ctx = { viewer: null, loaders: new LoaderRegistry(), dataSource, clock: new ManualClock(TEST_START) };
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });

  const pay = (key: string, amount: number, fail?: string) =>
    once(ctx, 'tester', { operation: 'test.pay', scope: 'shop-1', key, request: { amount } }, async (m: EntityManager) => {
      const id = randomUUID();
      await m.query('INSERT INTO payment (id, amount, idempotency_key) VALUES ($1, $2, $3)', [id, amount, key]);
      if (fail) throw new Error(fail);
      return id;
    });
  const payments = async (key: string) =>
    dataSource.query<{ id: string; amount: number }[]>('SELECT id, amount FROM payment WHERE idempotency_key = $1', [key]);
  const receipts = async (key: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM handover_inbox WHERE record_id = $1`, [`shop-1:${key}`]))[0].n as number;
  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return (error as { extensions?: { code?: string } }).extensions?.code ?? (error as Error).message;
    }
    return 'no error';
  };

  it('replays the same key and request, refuses the same key with another request', async () => {
    const first = await pay('k-1', 100);
    expect(await pay('k-1', 100)).toBe(first);
    expect(await payments('k-1')).toEqual([{ id: first, amount: 100 }]);
    expect(await codeOf(pay('k-1', 101))).toBe('CONFLICT');
    expect(await payments('k-1')).toEqual([{ id: first, amount: 100 }]);
  });

  it('keeps keys of other scopes and operations apart', async () => {
    const mine = await pay('k-2', 5);
    const other = await once(ctx, 'tester', { operation: 'test.pay', scope: 'shop-2', key: 'k-2', request: { amount: 5 } }, async () =>
      randomUUID(),
    );
    expect(other).not.toBe(mine);
  });

  it('leaves no trace of a failed attempt, so the key can be used again', async () => {
    expect(await codeOf(pay('k-3', 7, 'the rule said no'))).toBe('the rule said no');
    expect(await payments('k-3')).toEqual([]);
    expect(await receipts('k-3')).toBe(0);
    const id = await pay('k-3', 7);
    expect(await payments('k-3')).toEqual([{ id, amount: 7 }]);
  });

  it('applies once among 20 simultaneous duplicates, and all get the same answer', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => pay('k-4', 9)));
    expect(new Set(ids).size).toBe(1);
    expect(await payments('k-4')).toEqual([{ id: ids[0], amount: 9 }]);
    expect(await receipts('k-4')).toBe(1);
  });

  it('answers CONFLICT when a domain table already holds the key', async () => {
    await dataSource.query('INSERT INTO payment (id, amount, idempotency_key) VALUES ($1, 1, $2)', [randomUUID(), 'k-imported']);
    expect(await codeOf(pay('k-imported', 1))).toBe('CONFLICT');
    expect(await receipts('k-imported')).toBe(0);
  });

  it('checks the key before anything is written', async () => {
    expect(await codeOf(pay('', 1))).toBe('BAD_USER_INPUT');
    expect(await codeOf(pay('x'.repeat(201), 1))).toBe('BAD_USER_INPUT');
  });
});
