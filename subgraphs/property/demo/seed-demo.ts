import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import { DEMO_PROPERTY_COMPANIES, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';

const SEEDER = 'seed:demo';

/** Which company serves which demo compound: Liulang Dongyuan has three (seed 000). */
const CONTRACTS: { companyKey: string; compoundKey: string }[] = [
  { companyKey: 'qingbo-property', compoundKey: 'liulang-dongyuan' },
  { companyKey: 'hubin-property', compoundKey: 'liulang-dongyuan' },
  { companyKey: 'xizi-property', compoundKey: 'liulang-dongyuan' },
  { companyKey: 'kuiguangta-property', compoundKey: 'kuiguangta' },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ companyKey: 'jinchen-property', compoundKey: `jinchenyuan-${n}` })),
];

export async function seedPropertyDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  await dataSource.transaction(async (m) => {
    for (const c of DEMO_PROPERTY_COMPANIES) {
      await m.query(
        `INSERT INTO property_company (id, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$4,$5) ON CONFLICT DO NOTHING`,
        [c.id, c.name, c.nameZh, SEEDER, at],
      );
    }
    for (const c of CONTRACTS) {
      await m.query(
        `INSERT INTO service_contract (id, company_id, compound_id, starts_on, ends_on, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$6,$7) ON CONFLICT DO NOTHING`,
        [demoId('contract', c.companyKey, c.compoundKey), demoCompanyId(c.companyKey), demoCompound(c.compoundKey).id, '2024-01-01', null, SEEDER, at],
      );
    }
  });
}
