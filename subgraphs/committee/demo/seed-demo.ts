import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { DEMO_COMMITTEE_COMPOUNDS, demoCommitteeId, demoCompound } from '../../../shared/demo/manifest';

const SEEDER = 'seed:demo';

/** The seed compounds' owners' committees; a second run adds nothing. */
export async function seedCommitteeDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  await dataSource.transaction(async (m) => {
    for (const key of DEMO_COMMITTEE_COMPOUNDS) {
      const compound = demoCompound(key);
      await m.query(
        `INSERT INTO owners_committee (id, compound_id, name, term_starts_on, term_ends_on, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$6,$7) ON CONFLICT DO NOTHING`,
        [demoCommitteeId(key), compound.id, `${compound.name} Owners' Committee`, '2024-07-01', '2029-06-30', SEEDER, at],
      );
    }
  });
}
