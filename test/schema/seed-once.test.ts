import type { DataSource } from 'typeorm';
import { ManualClock } from '../../shared/clock';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { buildFingerprint } from '../../shared/build-fingerprint';
import { seedDemoOnce } from '../../shared/demo/seed-once';
import { SUBGRAPHS } from '../../subgraphs';
import { cloneTemplate, dropDatabase } from '../support/databases';

/** `SEED_DEMO=true` seeds a database once per build (shared/demo/seed-once.ts), and again when the build changed. */
describe('the demo, seeded once per build', () => {
  let url: string;
  let dataSource: DataSource;
  const clock = new ManualClock('2026-11-22T00:00:00Z');
  const households = async () => Number((await dataSource.query('SELECT count(*)::int AS n FROM household'))[0].n);

  beforeAll(async () => {
    url = await cloneTemplate('party');
    const def = SUBGRAPHS.party;
    ({ dataSource } = createSubgraphDataSource({ url, entities: def.entities, migrations: def.migrations, poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });

  it('names the build by the fingerprint the build wrote', () => {
    expect(buildFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('seeds a new database, skips it for the same build, seeds again for another', async () => {
    const first = 'a'.repeat(64);
    expect(await seedDemoOnce(SUBGRAPHS.party, dataSource, clock, first)).toBe('seeded');
    const seeded = await households();
    expect(seeded).toBeGreaterThan(5000);
    // A household removed: a start of the same build leaves it removed (the seed does not run)…
    await dataSource.query(
      `DELETE FROM household WHERE id = (SELECT h.id FROM household h WHERE NOT EXISTS (SELECT 1 FROM resident r WHERE r.household_id = h.id) LIMIT 1)`,
    );
    expect(await seedDemoOnce(SUBGRAPHS.party, dataSource, clock, first)).toBe('already seeded');
    expect(await households()).toBe(seeded - 1);
    // …a start of another build runs the seed, which puts the demo's rows back.
    expect(await seedDemoOnce(SUBGRAPHS.party, dataSource, clock, 'b'.repeat(64))).toBe('seeded');
    expect(await households()).toBe(seeded);
    // Code not built by scripts/build.cjs has no fingerprint: every start seeds, as before.
    expect(await seedDemoOnce(SUBGRAPHS.party, dataSource, clock, undefined)).toBe('seeded');
  });
});
