import type { DataSource } from 'typeorm';
import { ManualClock } from '../../shared/clock';
import { SUBGRAPH_NAMES, SubgraphName } from '../../shared/config';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { SUBGRAPHS } from '../../subgraphs';
import { cloneTemplate, dropDatabase } from '../support/databases';

/** Per subgraph: the migrations produce exactly the schema the entities describe, and the demo seed is idempotent. */
describe.each([...SUBGRAPH_NAMES])('%s database', (name: SubgraphName) => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await cloneTemplate(name);
    const def = SUBGRAPHS[name];
    ({ dataSource } = createSubgraphDataSource({ url, entities: def.entities, migrations: def.migrations, poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });

  it('has no pending migration, and the entities need nothing the migrations did not create', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const drift = await dataSource.driver.createSchemaBuilder().log();
    // The migrations add guards the entity model does not describe (CHECKs, foreign keys,
    // partial indexes); TypeORM would drop those. Anything else is real drift.
    const real = drift.upQueries
      .map((q) => q.query)
      .filter((q) => !/^(ALTER TABLE "\w+" DROP CONSTRAINT "\w+"|DROP INDEX "public"\."\w+")$/.test(q));
    expect(real).toEqual([]);
  });

  it('loads the demo data once: a second run adds nothing', async () => {
    const counts = async () => {
      const tables: { table_name: string }[] = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations') ORDER BY table_name`,
      );
      const result: Record<string, number> = {};
      for (const { table_name } of tables)
        result[table_name] = Number((await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n);
      return result;
    };
    const clock = new ManualClock('2026-11-22T00:00:00Z');
    await SUBGRAPHS[name].seedDemo(dataSource, clock);
    const first = await counts();
    expect(Object.values(first).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    clock.advance(86_400_000);
    await SUBGRAPHS[name].seedDemo(dataSource, clock);
    expect(await counts()).toEqual(first);
  });
});
