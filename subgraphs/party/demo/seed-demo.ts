import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import {
  DEMO_COMMUNITIES,
  DEMO_COMPOUNDS,
  DEMO_STREETS,
  DEMO_UNITS_PER_BUILDING,
  DemoCompound,
  demoBuildingId,
  demoCompound,
  demoHouseholdId,
  demoHouseholdIsLocal,
  demoHouseholdLayout,
  demoResidentId,
  demoUnitId,
} from '../../../shared/demo/manifest';
import { recomputePromiseStarts } from '../escalation/promise-backfill';
import { bulkInsert } from './bulk';
import { DEMO_PARTY, demoPartTimeWorkerUser, demoReporterUser } from './party-demo';

const SEEDER = 'seed:demo';
const AUDIT = { created_by: 'text', created_at: 'timestamptz', updated_by: 'text', updated_at: 'timestamptz' };

/**
 * The party side of the demo world: the org tree down to households, residents, the
 * Qinglan Jiayuan Party branch, service stations, and the Xiangtan Road reports filed by
 * part-time grid workers. Ids come from the shared manifest; every insert is bulk and
 * `ON CONFLICT DO NOTHING`, so a second run adds nothing.
 */
export async function seedPartyDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  const audit = [SEEDER, at, SEEDER, at];
  await dataSource.transaction(async (m) => {
    await seedOrgTree(m, audit);
    await seedResidents(m, audit);
    await seedPartyOrganisations(m, audit);
    await seedStations(m, audit);
    await seedReports(m, audit);
  });
}

async function seedOrgTree(m: EntityManager, audit: unknown[]): Promise<void> {
  await bulkInsert(
    m,
    'street',
    { id: 'uuid', name: 'text', name_zh: 'text', city: 'text', ...AUDIT },
    DEMO_STREETS.map((s) => [s.id, s.name, s.nameZh, s.city, ...audit]),
  );
  await bulkInsert(
    m,
    'community',
    { id: 'uuid', street_id: 'uuid', name: 'text', name_zh: 'text', ...AUDIT },
    DEMO_COMMUNITIES.map((c) => [c.id, DEMO_STREETS.find((s) => s.key === c.streetKey)!.id, c.name, c.nameZh, ...audit]),
  );
  await bulkInsert(
    m,
    'compound',
    { id: 'uuid', community_id: 'uuid', name: 'text', name_zh: 'text', ...AUDIT },
    DEMO_COMPOUNDS.map((c) => [c.id, DEMO_COMMUNITIES.find((x) => x.key === c.communityKey)!.id, c.name, c.nameZh, ...audit]),
  );
  const buildings: unknown[][] = [];
  const units: unknown[][] = [];
  const households: unknown[][] = [];
  for (const c of DEMO_COMPOUNDS) {
    for (let b = 1; b <= c.buildingCount; b++) {
      buildings.push([demoBuildingId(c.key, b), c.id, b, `Building ${b}`, ...audit]);
      for (let u = 1; u <= DEMO_UNITS_PER_BUILDING; u++)
        units.push([demoUnitId(c.key, b, u), demoBuildingId(c.key, b), u, `Unit ${u}`, ...audit]);
    }
    for (let n = 1; n <= c.households; n++) {
      const l = demoHouseholdLayout(c, n);
      households.push([
        demoHouseholdId(c.key, n),
        c.id,
        demoBuildingId(c.key, l.building),
        demoUnitId(c.key, l.building, l.unit),
        l.door,
        l.label,
        demoHouseholdIsLocal(c, n),
        ...audit,
      ]);
    }
  }
  await bulkInsert(m, 'building', { id: 'uuid', compound_id: 'uuid', number: 'int', name: 'text', ...AUDIT }, buildings);
  await bulkInsert(m, 'unit', { id: 'uuid', building_id: 'uuid', number: 'int', name: 'text', ...AUDIT }, units);
  await bulkInsert(
    m,
    'household',
    {
      id: 'uuid',
      compound_id: 'uuid',
      building_id: 'uuid',
      unit_id: 'uuid',
      door_number: 'text',
      label: 'text',
      is_local: 'boolean',
      ...AUDIT,
    },
    households,
  );
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'建国秀英桂兰明华志强丽娟玉珍文军海燕春梅德福淑芬永红子涵'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Synthetic people: every tenth, third and second of ten residents is 60 or older (30%, as seed 001 says of Jinchenyuan). */
function residentRow(c: DemoCompound, compoundIndex: number, i: number, audit: unknown[]): unknown[] {
  const elderly = i % 10 < 3;
  const household = ((i - 1) % c.households) + 1;
  const birth = elderly ? addDays('1930-01-01', (i * 37) % 12_400) : addDays('1968-01-01', (i * 53) % 17_500);
  const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13) % GIVEN.length];
  const phone = `1${3 + (i % 7)}${String(compoundIndex * 100_000 + i).padStart(9, '0')}`;
  return [
    demoResidentId(c.key, i),
    c.id,
    demoHouseholdId(c.key, household),
    name,
    birth,
    phone,
    demoHouseholdIsLocal(c, household),
    elderly && i % 20 === 0,
    i % 97 === 0 ? '残疾人 (disabled)' : null,
    ...audit,
  ];
}

async function seedResidents(m: EntityManager, audit: unknown[]): Promise<void> {
  const rows: unknown[][] = [];
  DEMO_COMPOUNDS.forEach((c, index) => {
    const count = c.residents ?? DEMO_PARTY.extraResidents[c.key] ?? 0;
    for (let i = 1; i <= count; i++) rows.push(residentRow(c, index, i, audit));
  });
  await bulkInsert(
    m,
    'resident',
    {
      id: 'uuid',
      compound_id: 'uuid',
      household_id: 'uuid',
      name: 'text',
      birth_date: 'date',
      phone: 'text',
      is_local: 'boolean',
      elderly_living_alone: 'boolean',
      special_group: 'text',
      ...AUDIT,
    },
    rows,
  );
}

async function seedPartyOrganisations(m: EntityManager, audit: unknown[]): Promise<void> {
  const orgs: unknown[][] = [];
  const members: unknown[][] = [];
  for (const org of DEMO_PARTY.organisations) {
    const compound = demoCompound(org.compoundKey);
    const orgId = demoId('party-org', org.compoundKey);
    orgs.push([orgId, compound.id, org.kind, org.name, ...audit]);
    org.members.forEach((p, n) => {
      members.push([
        demoId('party-member', org.compoundKey, n + 1),
        orgId,
        compound.id,
        `demo:party:${org.compoundKey}:${n + 1}`,
        p.name,
        p.membership,
        p.homeOrganisation ?? null,
        p.position,
        DEMO_PARTY.reportedInAt,
        ...audit,
      ]);
    });
  }
  await bulkInsert(m, 'party_organisation', { id: 'uuid', compound_id: 'uuid', kind: 'text', name: 'text', ...AUDIT }, orgs);
  await bulkInsert(
    m,
    'party_member',
    {
      id: 'uuid',
      organisation_id: 'uuid',
      compound_id: 'uuid',
      user_id: 'text',
      name: 'text',
      membership: 'text',
      home_organisation: 'text',
      position: 'text',
      reported_in_at: 'timestamptz',
      ...AUDIT,
    },
    members,
  );
}

async function seedStations(m: EntityManager, audit: unknown[]): Promise<void> {
  const stations: unknown[][] = [];
  const services: unknown[][] = [];
  for (const s of DEMO_PARTY.stations) {
    const stationId = demoId('station', s.compoundKey);
    stations.push([stationId, demoCompound(s.compoundKey).id, s.name, s.customFunctions, ...audit]);
    for (const [category, list] of Object.entries(s.services)) {
      for (const [name, mode] of list)
        services.push([demoId('station-service', s.compoundKey, name), stationId, name, category, mode, ...audit]);
    }
  }
  // text[] columns cannot ride in unnest (it flattens arrays), so stations go row by row: a handful of rows.
  for (const row of stations) {
    await m.query(
      `INSERT INTO service_station (id, compound_id, name, custom_functions, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
      row,
    );
  }
  await bulkInsert(
    m,
    'station_service',
    { id: 'uuid', station_id: 'uuid', name: 'text', category: 'text', mode: 'text', ...AUDIT },
    services,
  );
}

const CATEGORIES = [
  'ENVIRONMENT',
  'FACILITY_REPAIR',
  'SAFETY_HAZARD',
  'PARKING_TRAFFIC',
  'NEIGHBOUR_DISPUTE',
  'GREENING',
  'PROPERTY_SERVICE',
];
const AREAS = ['east-gate', 'underground-garage', 'service-station'];

/** Xiangtan Road (seed 001): couriers and riders as part-time grid workers, and the 200-odd problems they and residents reported. */
async function seedReports(m: EntityManager, audit: unknown[]): Promise<void> {
  const workers: unknown[][] = [];
  const reports: unknown[][] = [];
  const entries: unknown[][] = [];
  const base = Date.parse(DEMO_PARTY.reportsFrom);
  for (const key of DEMO_PARTY.partTimeCompounds) {
    const c = demoCompound(key);
    DEMO_PARTY.partTimeWorkers.forEach((w, n) => {
      workers.push([
        demoId('part-time-grid-worker', key, n + 1),
        c.id,
        demoPartTimeWorkerUser(key, n + 1),
        w.name,
        w.occupation,
        true,
        ...audit,
      ]);
    });
    for (let n = 1; n <= DEMO_PARTY.reportsPerCompound; n++) {
      const id = demoId('issue-report', key, n);
      const partTime = n % 5 !== 0;
      const reporter = partTime ? demoPartTimeWorkerUser(key, (n % DEMO_PARTY.partTimeWorkers.length) + 1) : demoReporterUser(key, n);
      const reportedAt = new Date(base + n * 29 * 3_600_000 + (n % 7) * 60_000);
      const respondedAt = new Date(reportedAt.getTime() + (120 + ((n * 97) % 700)) * 1000); // 120..819 s: some miss the promise
      const route = n % 4; // 0: community + closed, 1: property, 2: whistle + resolved, 3: community resolved
      const resolvedAt = route === 1 ? null : new Date(reportedAt.getTime() + (2 + (n % 5)) * 3_600_000);
      const closed = route === 0;
      const status = closed ? 'CLOSED' : route === 1 ? 'HANDED_TO_PROPERTY' : 'RESOLVED';
      const path = route === 1 ? 'PROPERTY' : route === 2 ? 'WHISTLE' : 'COMMUNITY';
      const grid = `demo:grid:${key}`;
      reports.push([
        id,
        c.id,
        n % 3 === 0 ? demoBuildingId(key, (n % c.buildingCount) + 1) : null,
        n % 3 === 0 ? null : AREAS[n % AREAS.length],
        CATEGORIES[n % CATEGORIES.length],
        partTime ? '送件时发现问题，随手报' : '居民随手拍',
        partTime ? 'PART_TIME_GRID_WORKER' : 'RESIDENT',
        reporter,
        status,
        path,
        reportedAt,
        reportedAt, // promise_started_at: set from the compound's duty hours below
        respondedAt,
        grid,
        resolvedAt,
        resolvedAt ? grid : null,
        resolvedAt ? '已处理' : null,
        route === 2 ? '区城管委' : null,
        closed ? 3 + (n % 3) : null,
        closed ? new Date(resolvedAt!.getTime() + 3_600_000) : null,
        ...audit,
      ]);
      const entry = (kind: string, when: Date, by: string, note: string | null) =>
        entries.push([demoId('issue-entry', key, n, kind), id, kind, note, when, by]);
      entry('REPORTED', reportedAt, reporter, null);
      entry('RESPONDED', respondedAt, grid, null);
      if (route === 1) entry('HANDED_TO_PROPERTY', new Date(respondedAt.getTime() + 60_000), grid, '转物业维修');
      if (route === 2) entry('WHISTLE_BLOWN', new Date(respondedAt.getTime() + 60_000), grid, '区城管委');
      if (resolvedAt) entry('RESOLVED', resolvedAt, grid, '已处理');
      if (closed) entry('CLOSED', new Date(resolvedAt!.getTime() + 3_600_000), reporter, null);
    }
  }
  await bulkInsert(
    m,
    'part_time_grid_worker',
    { id: 'uuid', compound_id: 'uuid', user_id: 'text', name: 'text', occupation: 'text', active: 'boolean', ...AUDIT },
    workers,
  );
  await bulkInsert(
    m,
    'issue_report',
    {
      id: 'uuid',
      compound_id: 'uuid',
      building_id: 'uuid',
      area: 'text',
      category: 'text',
      description: 'text',
      source: 'text',
      reporter_id: 'text',
      status: 'text',
      path: 'text',
      reported_at: 'timestamptz',
      promise_started_at: 'timestamptz',
      responded_at: 'timestamptz',
      responded_by: 'text',
      resolved_at: 'timestamptz',
      resolved_by: 'text',
      resolution_note: 'text',
      whistle_department: 'text',
      satisfaction: 'smallint',
      closed_at: 'timestamptz',
      ...AUDIT,
    },
    reports,
  );
  await recomputePromiseStarts(m);
  await bulkInsert(
    m,
    'issue_report_entry',
    { id: 'uuid', report_id: 'uuid', kind: 'text', note: 'text', at: 'timestamptz', by: 'text' },
    entries,
  );
}
