import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import { buildFingerprint } from '../build-fingerprint';
import type { SubgraphDefinition } from '../server/subgraph-definition';

/**
 * `SEED_DEMO=true` at start-up: the demo is a function of the code, so once a database
 * holds the demo of this build, a start skips the seed (it offered every demo row to
 * `ON CONFLICT DO NOTHING` again: most of a second start's database work). The build is
 * named by the fingerprint scripts/build.cjs wrote for the sources it compiled (with or
 * without the type check, whichever built last); any source change seeds once more, as
 * before. Without a fingerprint (code not built by scripts/build.cjs) every start seeds.
 * The mark lives in the database it describes (table `demo_seeded`), so a new or emptied
 * database (`npm run demo:scale --force` empties it too) is seeded again.
 */
export async function seedDemoOnce(
  def: SubgraphDefinition,
  dataSource: DataSource,
  clock: Clock,
  build: string | undefined = buildFingerprint(),
): Promise<'seeded' | 'already seeded'> {
  if (build) {
    await dataSource.query('CREATE TABLE IF NOT EXISTS demo_seeded (build text PRIMARY KEY, seeded_at timestamptz NOT NULL)');
    const done: unknown[] = await dataSource.query('SELECT 1 FROM demo_seeded WHERE build = $1', [build]);
    if (done.length > 0) return 'already seeded';
  }
  await def.seedDemo(dataSource, clock);
  if (build)
    await dataSource.query('INSERT INTO demo_seeded (build, seeded_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [build, clock.now()]);
  return 'seeded';
}
