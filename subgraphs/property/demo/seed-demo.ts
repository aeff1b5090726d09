import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import { DEMO_DUTY_MANAGER } from '../../../shared/demo/personas';
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

async function insertZones(
  m: EntityManager,
  contractId: string,
  compoundId: string,
  buildingIds: string[],
  areaKeys: string[],
  startsOn: string,
): Promise<void> {
  await m.query(
    `INSERT INTO contract_zone (contract_id, compound_id, zone_key, building_id, area_key, period)
     SELECT $1, $2, CASE WHEN b IS NOT NULL THEN 'building:' || b::text ELSE 'area:' || a END, b, a, daterange($3::date, NULL, '[]')
       FROM unnest($4::uuid[], $5::text[]) AS z(b, a)
     ON CONFLICT DO NOTHING`,
    [contractId, compoundId, startsOn, [...buildingIds, ...areaKeys.map(() => null)], [...buildingIds.map(() => null), ...areaKeys]],
  );
}

const H = 3_600_000;
const SLA_H: Record<string, number> = { URGENT: 4, HIGH: 24, NORMAL: 72, LOW: 168 };

interface DemoOrder {
  key: string;
  companyKey: string;
  building?: number;
  area?: string;
  category: string;
  priority: 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW';
  status: 'SUBMITTED' | 'ACCEPTED' | 'DISPATCHED' | 'IN_PROGRESS' | 'RESOLVED' | 'CONFIRMED' | 'CANCELLED';
  description: string;
  /** Submitted this many hours before the seed runs. */
  hoursAgo: number;
  /** Hours from submission to the (last) resolution. */
  resolvedAfter?: number;
  rating?: number;
  reopened?: boolean;
  /** Resident n of the compound (home repairs). */
  resident?: number;
}

/**
 * Liulang Dongyuan's orders: every status, each company, some past their SLA (the
 * urgent lift, the east gate and the west gate are overdue whenever the demo is read).
 */
export const DEMO_ORDERS: DemoOrder[] = [
  {
    key: 'leak-b1',
    companyKey: 'qingbo-property',
    building: 1,
    category: 'PLUMBING',
    priority: 'URGENT',
    status: 'SUBMITTED',
    description: '厨房水管漏水 Kitchen pipe leaking',
    hoursAgo: 1,
    resident: 1,
  },
  {
    key: 'lift-b2',
    companyKey: 'qingbo-property',
    building: 2,
    category: 'ELEVATOR',
    priority: 'URGENT',
    status: 'ACCEPTED',
    description: '2号楼电梯停运 Lift out of service',
    hoursAgo: 6,
  },
  {
    key: 'gate-east',
    companyKey: 'qingbo-property',
    area: 'east-gate',
    category: 'SECURITY',
    priority: 'HIGH',
    status: 'DISPATCHED',
    description: '东门道闸失灵 East gate barrier stuck',
    hoursAgo: 30,
  },
  {
    key: 'socket-b3',
    companyKey: 'hubin-property',
    building: 3,
    category: 'ELECTRICAL',
    priority: 'NORMAL',
    status: 'IN_PROGRESS',
    description: '插座跳闸 Socket trips the breaker',
    hoursAgo: 20,
    resident: 2,
  },
  {
    key: 'garden-lights',
    companyKey: 'hubin-property',
    area: 'central-garden',
    category: 'LIGHTING',
    priority: 'LOW',
    status: 'RESOLVED',
    description: '花园路灯不亮 Garden lamps out',
    hoursAgo: 48,
    resolvedAfter: 40,
  },
  {
    key: 'west-gate',
    companyKey: 'hubin-property',
    area: 'west-gate',
    category: 'SECURITY',
    priority: 'NORMAL',
    status: 'SUBMITTED',
    description: '西门门禁卡读不出 Card reader fails',
    hoursAgo: 100,
  },
  {
    key: 'door-b5',
    companyKey: 'xizi-property',
    building: 5,
    category: 'DOORS_LOCKS',
    priority: 'NORMAL',
    status: 'CONFIRMED',
    description: '防盗门锁坏了 Front door lock broken',
    hoursAgo: 96,
    resolvedAfter: 30,
    rating: 5,
    resident: 3,
  },
  {
    key: 'garage-drain',
    companyKey: 'xizi-property',
    area: 'underground-garage',
    category: 'PLUMBING',
    priority: 'HIGH',
    status: 'CONFIRMED',
    description: '车库积水 Water pooling in the garage',
    hoursAgo: 200,
    resolvedAfter: 30,
    rating: 3,
    reopened: true,
  },
  {
    key: 'paint-b6',
    companyKey: 'xizi-property',
    building: 6,
    category: 'FACILITIES',
    priority: 'LOW',
    status: 'CANCELLED',
    description: '墙面脱落 Wall paint peeling',
    hoursAgo: 10,
    resident: 4,
  },
];

export const demoOrderId = (key: string) => demoId('work-order', 'liulang-dongyuan', key);
export const demoStaffId = (companyKey: string, n: number) => demoId('staff', companyKey, n);
const STAFF_NAMES = [
  ['Wang Jianguo', 'plumber'],
  ['Li Ming', 'electrician'],
];

/** The steps that led to an order's status, with their times (ms after submission). */
function demoSteps(o: DemoOrder): [string | null, string, string, number][] {
  const steps: [string | null, string, string, number][] = [[null, 'SUBMITTED', 'SUBMIT', 0]];
  if (o.status === 'SUBMITTED') return steps;
  if (o.status === 'CANCELLED') return [...steps, ['SUBMITTED', 'CANCELLED', 'CANCEL', H]];
  steps.push(['SUBMITTED', 'ACCEPTED', 'ACCEPT', 0.5 * H]);
  if (o.status === 'ACCEPTED') return steps;
  steps.push(['ACCEPTED', 'DISPATCHED', 'DISPATCH', H]);
  if (o.status === 'DISPATCHED') return steps;
  steps.push(['DISPATCHED', 'IN_PROGRESS', 'START', 2 * H]);
  if (o.status === 'IN_PROGRESS') return steps;
  const resolved = (o.resolvedAfter ?? 3) * H;
  if (o.reopened) {
    steps.push(
      ['IN_PROGRESS', 'RESOLVED', 'RESOLVE', 3 * H],
      ['RESOLVED', 'DISPATCHED', 'REOPEN', 4 * H],
      ['DISPATCHED', 'IN_PROGRESS', 'START', 5 * H],
    );
  }
  steps.push(['IN_PROGRESS', 'RESOLVED', 'RESOLVE', resolved]);
  if (o.status === 'RESOLVED') return steps;
  return [...steps, ['RESOLVED', 'CONFIRMED', 'CONFIRM', resolved + 2 * H]];
}

async function seedOrders(m: EntityManager, now: Date): Promise<void> {
  const compound = demoCompound('liulang-dongyuan');
  for (const o of DEMO_ORDERS) {
    const submitted = new Date(now.getTime() - o.hoursAgo * H);
    const steps = demoSteps(o);
    const at = (ms: number) => new Date(submitted.getTime() + ms);
    const last = steps[steps.length - 1];
    const resolvedStep = [...steps].reverse().find((s) => s[2] === 'RESOLVE');
    const firstResolved = steps.find((s) => s[2] === 'RESOLVE');
    const dispatched = steps.some((s) => s[2] === 'DISPATCH');
    const inserted = await m.query(
      `INSERT INTO work_order (id, compound_id, company_id, contract_id, kind, building_id, area_key, location_detail, category, priority, description,
         resident_id, contact_name, contact_phone, status, submitted_at, sla_deadline, assignee_id, first_resolved_at, resolved_at, closed_at, rating, reopen_count,
         created_by, created_at, updated_by, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$16,$24,$25)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        demoOrderId(o.key),
        compound.id,
        demoCompanyId(o.companyKey),
        demoContractId(o.companyKey, 'liulang-dongyuan'),
        o.building ? 'HOME_REPAIR' : 'COMMON_AREA',
        o.building ? demoBuildingId('liulang-dongyuan', o.building) : null,
        o.area ?? null,
        o.building ? `Unit 1, Room ${o.building}0${(o.resident ?? 1) + 1}` : null,
        o.category,
        o.priority,
        o.description,
        o.resident ? demoId('resident', 'liulang-dongyuan', o.resident) : null,
        o.resident ? `Resident ${o.resident}` : null,
        o.resident ? `1380000000${o.resident}` : null,
        o.status,
        submitted,
        new Date(submitted.getTime() + SLA_H[o.priority] * H),
        dispatched ? demoStaffId(o.companyKey, 1) : null,
        firstResolved ? at(firstResolved[3]) : null,
        o.status === 'RESOLVED' || o.status === 'CONFIRMED' ? at(resolvedStep![3]) : null,
        o.status === 'CONFIRMED' || o.status === 'CANCELLED' ? at(last[3]) : null,
        o.rating ?? null,
        o.reopened ? 1 : 0,
        SEEDER,
        at(last[3]),
      ],
    );
    // Events have no natural key: write them only with the order itself, so a rerun adds none.
    if (inserted.length === 0) continue;
    for (const [from, to, action, ms] of steps) {
      await m.query('INSERT INTO work_order_event (work_order_id, from_status, to_status, action, actor, at) VALUES ($1,$2,$3,$4,$5,$6)', [
        demoOrderId(o.key),
        from,
        to,
        action,
        SEEDER,
        at(ms),
      ]);
    }
  }
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
      await insertZones(
        m,
        id,
        compoundId,
        c.buildings.map((n) => demoBuildingId(c.compoundKey, n)),
        c.areas,
        '2024-01-01',
      );
    }
    for (const c of DEMO_PROPERTY_COMPANIES) {
      for (const [i, [name, title]] of STAFF_NAMES.entries()) {
        await m.query(
          `INSERT INTO staff_member (id, company_id, name, title, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$5,$6) ON CONFLICT DO NOTHING`,
          [demoStaffId(c.key, i + 1), c.id, `${name} (${c.nameZh})`, title, SEEDER, at],
        );
      }
    }
    for (const companyId of DEMO_DUTY_MANAGER.companyIds) {
      await m.query(
        `INSERT INTO staff_member (id, company_id, name, title, duty_manager, account_sub, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,true,$5,$6,$7,$6,$7) ON CONFLICT DO NOTHING`,
        [
          demoId('staff', 'duty-manager', companyId),
          companyId,
          'Property desk (值班经理)',
          'duty manager',
          DEMO_DUTY_MANAGER.accountSub,
          SEEDER,
          at,
        ],
      );
    }
    await seedOrders(m, at);
    // The demo's open orders are watched like any (a deadline already past is told at the watch's first pass).
    await m.query(
      `INSERT INTO work_order_sla_due (work_order_id, due_at)
         SELECT id, sla_deadline FROM work_order WHERE status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')
       ON CONFLICT DO NOTHING`,
    );
  });
}
