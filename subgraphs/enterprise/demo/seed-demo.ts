import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { DEMO_ENTERPRISES, DEMO_OUTLETS, demoCompound } from '../../../shared/demo/manifest';

const SEEDER = 'seed:demo';

export async function seedEnterpriseDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  await dataSource.transaction(async (m) => {
    for (const e of DEMO_ENTERPRISES) {
      await m.query(
        `INSERT INTO social_enterprise (id, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$4,$5) ON CONFLICT DO NOTHING`,
        [e.id, e.name, e.nameZh, SEEDER, at],
      );
    }
    for (const o of DEMO_OUTLETS) {
      const enterpriseId = DEMO_ENTERPRISES.find((e) => e.key === o.enterpriseKey)!.id;
      await m.query(
        `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, name_zh, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$7,$8) ON CONFLICT DO NOTHING`,
        [o.id, enterpriseId, demoCompound(o.compoundKey).id, o.kind, o.name, o.nameZh, SEEDER, at],
      );
    }
  });
}
