import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import { DEMO_COMPOUNDS, DEMO_PROPERTY_COMPANIES, demoBuildingId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';

const SEEDER = 'seed:demo';

const AREA_NAMES: Record<string, [string, string]> = {
  'east-gate': ['East gate', '东门'],
  'west-gate': ['West gate', '西门'],
  'underground-garage': ['Underground garage', '地下车库'],
  'service-station': ['Service station', '服务驿站'],
  'central-garden': ['Central garden', '中心花园'],
  'veg-shop-room': ['Veg shop room', '蔬菜店用房'],
};

interface DemoContract {
  companyKey: string;
  compoundKey: string;
  buildings: number[];
  areas: string[];
}

const whole = (compoundKey: string, companyKey: string): DemoContract => {
  const c = demoCompound(compoundKey);
  return { companyKey, compoundKey, buildings: Array.from({ length: c.buildingCount }, (_, i) => i + 1), areas: c.commonAreas };
};

/**
 * Which company serves which zones. Liulang Dongyuan has three companies (seed 000);
 * their zones split the compound so every building and area has exactly one of them.
 */
export const DEMO_CONTRACTS: DemoContract[] = [
  { companyKey: 'qingbo-property', compoundKey: 'liulang-dongyuan', buildings: [1, 2], areas: ['east-gate', 'service-station'] },
  { companyKey: 'hubin-property', compoundKey: 'liulang-dongyuan', buildings: [3, 4], areas: ['west-gate', 'central-garden'] },
  { companyKey: 'xizi-property', compoundKey: 'liulang-dongyuan', buildings: [5, 6], areas: ['underground-garage'] },
  whole('kuiguangta', 'kuiguangta-property'),
  ...[1, 2, 3, 4, 5, 6].map((n) => whole(`jinchenyuan-${n}`, 'jinchen-property')),
];

export const demoContractId = (companyKey: string, compoundKey: string) => demoId('contract', companyKey, compoundKey);

async function insertZones(m: EntityManager, contractId: string, compoundId: string, buildingIds: string[], areaKeys: string[], startsOn: string): Promise<void> {
  await m.query(
    `INSERT INTO contract_zone (contract_id, compound_id, zone_key, building_id, area_key, period)
     SELECT $1, $2, CASE WHEN b IS NOT NULL THEN 'building:' || b::text ELSE 'area:' || a END, b, a, daterange($3::date, NULL, '[]')
       FROM unnest($4::uuid[], $5::text[]) AS z(b, a)
     ON CONFLICT DO NOTHING`,
    [contractId, compoundId, startsOn, [...buildingIds, ...areaKeys.map(() => null)], [...buildingIds.map(() => null), ...areaKeys]],
  );
}

export async function seedPropertyDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  await dataSource.transaction(async (m) => {
    for (const c of DEMO_PROPERTY_COMPANIES) {
      await m.query(
        `INSERT INTO property_company (id, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$4,$5) ON CONFLICT DO NOTHING`,
        [c.id, c.name, c.nameZh, SEEDER, at],
      );
    }
    for (const compound of DEMO_COMPOUNDS) {
      for (const key of compound.commonAreas) {
        const [name, nameZh] = AREA_NAMES[key] ?? [key, null];
        await m.query(
          `INSERT INTO common_area (compound_id, area_key, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$5,$6) ON CONFLICT DO NOTHING`,
          [compound.id, key, name, nameZh, SEEDER, at],
        );
      }
    }
    for (const c of DEMO_CONTRACTS) {
      const id = demoContractId(c.companyKey, c.compoundKey);
      const compoundId = demoCompound(c.compoundKey).id;
      await m.query(
        `INSERT INTO service_contract (id, company_id, compound_id, starts_on, ends_on, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$6,$7) ON CONFLICT DO NOTHING`,
        [id, demoCompanyId(c.companyKey), compoundId, '2024-01-01', null, SEEDER, at],
      );
      await insertZones(m, id, compoundId, c.buildings.map((n) => demoBuildingId(c.compoundKey, n)), c.areas, '2024-01-01');
    }
  });
}
