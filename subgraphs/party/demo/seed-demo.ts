import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { DEMO_COMMUNITIES, DEMO_COMPOUNDS, DEMO_STREETS, demoBuildingId } from '../../../shared/demo/manifest';

const SEEDER = 'seed:demo';

/** The org tree of the demo world; `ON CONFLICT DO NOTHING` makes a second run add nothing. */
export async function seedPartyDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  await dataSource.transaction(async (m) => {
    const audit = [SEEDER, at, SEEDER, at];
    for (const s of DEMO_STREETS) {
      await m.query(
        `INSERT INTO street (id, name, name_zh, city, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
        [s.id, s.name, s.nameZh, s.city, ...audit],
      );
    }
    for (const c of DEMO_COMMUNITIES) {
      const streetId = DEMO_STREETS.find((s) => s.key === c.streetKey)!.id;
      await m.query(
        `INSERT INTO community (id, street_id, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
        [c.id, streetId, c.name, c.nameZh, ...audit],
      );
    }
    for (const c of DEMO_COMPOUNDS) {
      const communityId = DEMO_COMMUNITIES.find((x) => x.key === c.communityKey)!.id;
      await m.query(
        `INSERT INTO compound (id, community_id, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
        [c.id, communityId, c.name, c.nameZh, ...audit],
      );
      for (let n = 1; n <= c.buildingCount; n++) {
        await m.query(
          `INSERT INTO building (id, compound_id, number, name, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
          [demoBuildingId(c.key, n), c.id, n, `Building ${n}`, ...audit],
        );
      }
    }
  });
}
