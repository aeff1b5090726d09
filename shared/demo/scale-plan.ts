/**
 * The street-office district of `npm run demo:scale` (bench/README.md, "District scale"):
 * one plan that all four subgraphs' generators read, so their rows agree without any
 * of them reading another's database. Every figure is a pure function of the compound
 * count, the seed and a row number, written as SQL: each generator recomputes what it
 * needs (a household's building, a resident's birth date, a report's route) in its own
 * database, in bulk, and gets the same answer as the others.
 *
 * Per compound, on average: 500 households, 1,200 residents, 4,000 issue reports, 4,000
 * work orders, 6,000 meals, 4,000 veg orders, 200 fund entries. The time window is the
 * two years before `until` (a local day, Asia/Shanghai, exclusive).
 */
export interface ScalePlan {
  compounds: number;
  seed: number;
  /** The first local day after the data, YYYY-MM-DD. */
  until: string;
}

export const SCALE_ACTOR = 'seed:scale';
export const SCALE_ZONE = 'Asia/Shanghai';
/** A fixed end, so two runs with the same seed write the same rows. */
export const DEFAULT_SCALE_UNTIL = '2026-12-01';

export const PER_COMPOUND = {
  households: 500,
  /** 12 residents per 5 households: household sizes 2, 3, 2, 3, 2. */
  residentsPer5Households: 12,
  reports: 4000,
  workOrders: 4000,
  meals: 6000,
  vegOrders: 4000,
  fundEntries: 200,
  /** Households per building, rounded up per compound. */
  householdsPerBuilding: 50,
} as const;

/** Totals for a plan: what the generator writes and its test checks. */
export function scaleTotals(compounds: number) {
  return {
    compounds,
    households: PER_COMPOUND.households * compounds,
    residents: (PER_COMPOUND.households * compounds * PER_COMPOUND.residentsPer5Households) / 5,
    reports: PER_COMPOUND.reports * compounds,
    workOrders: PER_COMPOUND.workOrders * compounds,
    meals: PER_COMPOUND.meals * compounds,
    vegOrders: PER_COMPOUND.vegOrders * compounds,
    fundEntries: PER_COMPOUND.fundEntries * compounds,
  };
}

/**
 * Ids: `5ca1eKKK-0000-5000-8000-NNNNNNNNNNNN`, KKK the kind, N the row number in hex, so a
 * scale row is recognisable at a glance, every database derives the same id, and rows
 * inserted in number order append to their primary-key index.
 */
export const KIND = {
  street: 0x001,
  community: 0x002,
  compound: 0x003,
  building: 0x004,
  unit: 0x005,
  household: 0x006,
  resident: 0x007,
  report: 0x008,
  reportEntry: 0x009,
  partTimeWorker: 0x00a,
  reportOutbox: 0x00b,
  company: 0x010,
  contract: 0x011,
  staff: 0x012,
  workOrder: 0x013,
  outcomeOutbox: 0x014,
  committee: 0x020,
  fundEntry: 0x021,
  enterprise: 0x030,
  outlet: 0x031,
  vegProduct: 0x032,
  vegPurchase: 0x033,
  vegPrice: 0x034,
  vegOrder: 0x035,
  vegOrderLine: 0x036,
  mealCard: 0x037,
  meal: 0x038,
  outletEntry: 0x039,
  agreement: 0x03a,
  settlement: 0x03b,
  rebateOutbox: 0x03c,
} as const;
export type ScaleKind = keyof typeof KIND;

const ID_PREFIX = '5ca1e';

export function scaleId(kind: ScaleKind, n: number | bigint): string {
  return `${ID_PREFIX}${KIND[kind].toString(16).padStart(3, '0')}-0000-5000-8000-${BigInt(n).toString(16).padStart(12, '0')}`;
}

/** The same id in SQL, from an integer expression. */
export function idSql(kind: ScaleKind, n: string): string {
  return `('${ID_PREFIX}${KIND[kind].toString(16).padStart(3, '0')}-0000-5000-8000-' || lpad(to_hex((${n})::bigint), 12, '0'))::uuid`;
}

/** Whether an id (text) is a scale id: what tells scale rows from other data. */
export function isScaleIdSql(column: string): string {
  return `(${column})::text LIKE '${ID_PREFIX}%-0000-5000-8000-%'`;
}

/** Users of the scale district, as their tokens' `sub` would name them. */
export const scaleUser = {
  resident: (r: number | string) => `scale:resident:${r}`,
  grid: (c: number | string) => `scale:grid:${c}`,
};
export function scaleUserSql(kind: 'resident' | 'grid', n: string): string {
  return `('scale:${kind}:' || (${n}))`;
}

/** Salts: one per independent draw, so changing one distribution leaves the others alone. */
export const SALT = {
  compoundSize: 1,
  age: 2,
  birth: 3,
  name: 4,
  reportHousehold: 10,
  reportSource: 11,
  reportPlace: 12,
  reportCategory: 13,
  reportRoute: 14,
  reportCloses: 15,
  reportResponse: 16,
  reportResponseLate: 17,
  reportStep2: 18,
  reportStep3: 19,
  reportStep4: 20,
  reportStep5: 21,
  reportSatisfaction: 22,
  reportArea: 23,
  companies: 30,
  orderHousehold: 31,
  orderKind: 32,
  orderCategory: 33,
  orderPriority: 34,
  orderFate: 35,
  orderSteps: 36,
  orderResolve: 37,
  orderRating: 38,
  orderStaff: 39,
  orderReopen: 40,
  mealCardResident: 50,
  mealCard: 51,
  vegLines: 52,
  vegQuantity: 53,
  vegProduct: 54,
  vegChannel: 55,
  vegFate: 56,
  vegPrice: 57,
  fundKind: 60,
  fundAmount: 61,
  fundStatus: 62,
} as const;

/** A uniform draw in [0, 1) for row `n`, the same in every database for the same seed and salt. */
export function randSql(plan: ScalePlan, n: string, salt: number): string {
  return `((hashint8extended((${n})::bigint, ${plan.seed * 1000 + salt}) & 281474976710655)::float8 / 281474976710656.0)`;
}

/** The first local day of the data: two years before `until`. */
export function fromDay(plan: ScalePlan): string {
  const [y, m, d] = plan.until.split('-').map(Number);
  return `${y - 2}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days in the window. */
export function windowDays(plan: ScalePlan): number {
  return Math.round((Date.parse(`${plan.until}T00:00:00Z`) - Date.parse(`${fromDay(plan)}T00:00:00Z`)) / 86_400_000);
}

/** The 24 months of the window, YYYY-MM (`until` is the first of a month, so every month is whole). */
export function windowMonths(plan: ScalePlan): string[] {
  const [y, m] = fromDay(plan).split('-').map(Number);
  return Array.from({ length: 24 }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** `until` as an instant in SQL. */
export function untilSql(plan: ScalePlan): string {
  return `(timestamp '${plan.until} 00:00' AT TIME ZONE '${SCALE_ZONE}')`;
}

/**
 * The n-th of `total` events spread over the window, in time order (n from 1): whole days
 * in turn, and within a day by the working-hours profile: 75 % between 08:00 and 18:00
 * local time, the other quarter over the remaining 14 hours. Monotone in n, so rows
 * inserted in number order are also in time order (sequence numbers follow filing).
 */
export function spreadSql(plan: ScalePlan, n: string, total: string): string {
  const days = windowDays(plan);
  const night = 0.25 * (8 / 14);
  const evening = 0.25 * (6 / 14);
  const pos = `(((${n}) - 1)::float8 * ${days} / (${total}))`;
  const f = `(${pos} - floor(${pos}))`;
  const seconds = `(CASE WHEN ${f} < ${night} THEN ${f} / ${night} * 28800
       WHEN ${f} < ${night + 0.75} THEN 28800 + (${f} - ${night}) / 0.75 * 36000
       ELSE 64800 + (${f} - ${night + 0.75}) / ${evening} * 21600 END)`;
  return `((date '${fromDay(plan)}' + floor(${pos})::int)::timestamp AT TIME ZONE '${SCALE_ZONE}' + make_interval(secs => ${seconds}))`;
}

/**
 * Temp tables every generator starts from, the same in each database: the compounds
 * (sizes vary in pairs, 500 ± up to 300 households, so the total stays exact), their
 * households and buildings.
 */
export function planTablesSql(plan: ScalePlan): string[] {
  const n = plan.compounds;
  const hh = PER_COMPOUND.households;
  return [
    `CREATE TEMP TABLE scale_compound ON COMMIT DROP AS
     WITH s AS (
       SELECT c, CASE WHEN c % 2 = 0 THEN ${hh} * (c - 1) + floor(${randSql(plan, '(c - 1) / 2', SALT.compoundSize)} * 300)::int
                      ELSE ${hh} * (c - 1) END AS hh_start
         FROM generate_series(1, ${n}) c)
     SELECT c, ${idSql('compound', 'c')} AS id, ${idSql('community', '(c - 1) / 10 + 1')} AS community_id,
            hh_start, lead(hh_start, 1, ${hh * n}) OVER (ORDER BY c) - hh_start AS hh_count,
            ${idSql('committee', 'c')} AS committee_id
       FROM s`,
    `ALTER TABLE scale_compound ADD COLUMN buildings int`,
    `UPDATE scale_compound SET buildings = ceil(hh_count / ${PER_COMPOUND.householdsPerBuilding}.0)::int`,
    `CREATE UNIQUE INDEX ON scale_compound (c)`,
    // Households: dealt round the buildings, then alternately to the two units, two doors a floor.
    `CREATE TEMP TABLE scale_household ON COMMIT DROP AS
     SELECT g, c, ${idSql('household', 'g + 1')} AS id, k, b,
            ${idSql('building', 'c * 100 + b')} AS building_id,
            ${idSql('unit', '(c * 100 + b) * 10 + u')} AS unit_id,
            b || '-' || u || '-' || door AS label, door,
            12 * (g / 5) + (ARRAY[0, 2, 5, 7, 10])[g % 5 + 1] AS res_start,
            (ARRAY[2, 3, 2, 3, 2])[g % 5 + 1] AS res_count
       FROM (SELECT g, c, k, b, u, ((j / 2 + 1) * 100 + j % 2 + 1)::text AS door
               FROM (SELECT g, c, k, (k - 1) % buildings + 1 AS b, ((k - 1) / buildings) % 2 + 1 AS u, ((k - 1) / buildings) / 2 AS j
                       FROM (SELECT g, sc.c, g - sc.hh_start + 1 AS k, sc.buildings
                               FROM scale_compound sc, generate_series(sc.hh_start, sc.hh_start + sc.hh_count - 1) g) x) y) z`,
    `CREATE UNIQUE INDEX ON scale_household (g)`,
    `ANALYZE scale_compound`,
    `ANALYZE scale_household`,
  ];
}

/**
 * Residents (0-based r, household g): 30 % are 60 or older on `until`; the first resident
 * of a household is an adult. Birth dates are what the canteen's meal cards carry.
 */
export function residentSql(plan: ScalePlan): string {
  const until = `date '${plan.until}'`;
  return `
    SELECT r, h.g, h.c, ${idSql('resident', 'r + 1')} AS id, h.id AS household_id,
           (${randSql(plan, 'r', SALT.age)} < 0.3) AS elderly,
           (${until} - CASE WHEN ${randSql(plan, 'r', SALT.age)} < 0.3 THEN (21915 + floor(${randSql(plan, 'r', SALT.birth)} * 12784))::int
                            WHEN r = h.res_start THEN (6575 + floor(${randSql(plan, 'r', SALT.birth)} * 15340))::int
                            ELSE (30 + floor(${randSql(plan, 'r', SALT.birth)} * 21880))::int END) AS birth_date
      FROM scale_household h, generate_series(h.res_start, h.res_start + h.res_count - 1) r`;
}

/** The companies of a compound: 1–3, from a pool of one company per five compounds (at least three). */
export function companyPoolSize(plan: ScalePlan): number {
  return Math.max(3, Math.ceil(plan.compounds / 5));
}

/**
 * Each compound's property companies, slot 0..count-1: the company number and the
 * contract number. Slot s of compound c is company ((c − 1) · 7 + s · 3) mod P + 1: the
 * three offsets differ mod P (P ≥ 3 and P not dividing 3 or 6 unless P = 3, where they are
 * 0, 1, 2), so a compound never holds two contracts with one company.
 */
export function compoundCompaniesSql(plan: ScalePlan): string {
  const p = companyPoolSize(plan);
  const step = p % 3 === 0 ? 1 : 3;
  return `
    SELECT sc.c, sc.id AS compound_id, sc.buildings, s AS slot, 1 + floor(${randSql(plan, 'sc.c', SALT.companies)} * 3)::int AS slots,
           ((sc.c - 1) * 7 + s * ${step}) % ${p} + 1 AS company, sc.c * 4 + s AS contract
      FROM scale_compound sc, generate_series(0, 2) s
     WHERE s < 1 + floor(${randSql(plan, 'sc.c', SALT.companies)} * 3)::int`;
}

/** The common areas every scale compound has, keyed as the property side keys them. */
export const SCALE_AREAS: [string, string, string][] = [
  ['east-gate', 'East gate', '东门'],
  ['west-gate', 'West gate', '西门'],
  ['underground-garage', 'Underground garage', '地下车库'],
  ['service-station', 'Service station', '服务驿站'],
];

/** A zone's company slot: buildings and areas dealt round the compound's companies. */
export function zoneSlotSql(zoneNumber: string, slots: string): string {
  return `((${zoneNumber}) - 1) % (${slots})`;
}

/**
 * Issue reports: the plan of report n (1-based), the same in party (which stores them)
 * and property (which holds the work orders of those handed over). Route:
 * 1 community (74 %), 2 community after a reopen (3 %), 3 handed to property (10 %),
 * 4 whistle (13 %); 85 % are closed out by the reporter. `t` holds the instants of the
 * steps (see ROUTE_KINDS); `k` how many of them happened before `until`.
 */
export const ROUTE_KINDS: Record<number, string[]> = {
  1: ['REPORTED', 'RESPONDED', 'RESOLVED', 'CLOSED'],
  2: ['REPORTED', 'RESPONDED', 'RESOLVED', 'REOPENED', 'RESOLVED', 'CLOSED'],
  3: ['REPORTED', 'RESPONDED', 'HANDED_TO_PROPERTY', 'WORK_ORDER_RESOLVED', 'CLOSED'],
  4: ['REPORTED', 'RESPONDED', 'WHISTLE_BLOWN', 'FOLLOW_UP', 'RESOLVED', 'CLOSED'],
};
export const REPORT_CATEGORIES: [string, number][] = [
  ['ENVIRONMENT', 0.22],
  ['FACILITY_REPAIR', 0.2],
  ['SAFETY_HAZARD', 0.08],
  ['NEIGHBOUR_DISPUTE', 0.08],
  ['PARKING_TRAFFIC', 0.12],
  ['GREENING', 0.08],
  ['PROPERTY_SERVICE', 0.1],
  ['ELDERLY_CARE', 0.07],
  ['OTHER', 0.05],
];

/** A weighted pick from `choices` by the draw `u`, as SQL. */
export function pickSql(u: string, choices: [string, number][]): string {
  let acc = 0;
  const whens = choices.slice(0, -1).map(([value, weight]) => {
    acc += weight;
    return `WHEN ${u} < ${acc.toFixed(6)} THEN '${value}'`;
  });
  return `(CASE ${whens.join(' ')} ELSE '${choices[choices.length - 1][0]}' END)`;
}

const H = 3600;
const dur = (plan: ScalePlan, n: string, salt: number, minS: number, maxS: number) =>
  `make_interval(secs => ${minS} + ${randSql(plan, n, salt)} * ${maxS - minS})`;

/** After a subquery: keeps PostgreSQL from inlining it, which would copy its expressions into every outer use. */
export const FENCE = 'OFFSET 0';

export function reportPlanSql(plan: ScalePlan): string {
  const total = scaleTotals(plan.compounds).reports;
  const households = scaleTotals(plan.compounds).households;
  const u = `${randSql(plan, 'n', SALT.reportRoute)}`;
  const until = untilSql(plan);
  const t = (i: number) => `t[${i}]`;
  return `
    SELECT n, g, c, route, closes, t,
           CASE WHEN ${t(6)} < ${until} THEN 6 WHEN ${t(5)} < ${until} THEN 5 WHEN ${t(4)} < ${until} THEN 4
                WHEN ${t(3)} < ${until} THEN 3 WHEN ${t(2)} < ${until} THEN 2 ELSE 1 END AS k
      FROM (
        SELECT n, g, c, route, closes,
               CASE WHEN closes THEN full_t ELSE full_t[1:array_length(full_t, 1) - 1] END AS t
          FROM (
            SELECT n, g, c, route, closes,
                   CASE route
                     WHEN 1 THEN ARRAY[t0, t1, t1 + s2, t1 + s2 + s5]
                     WHEN 2 THEN ARRAY[t0, t1, t1 + s2, t1 + s2 + s3, t1 + s2 + s3 + s4, t1 + s2 + s3 + s4 + s5]
                     WHEN 3 THEN ARRAY[t0, t1, t1 + h2, t1 + h2 + h3, t1 + h2 + h3 + s5]
                     ELSE ARRAY[t0, t1, t1 + w2, t1 + w2 + w3, t1 + w2 + w3 + w4, t1 + w2 + w3 + w4 + s5] END AS full_t
              FROM (
                SELECT n, g, c, route, closes, t0,
                       t0 + CASE WHEN ${randSql(plan, 'n', SALT.reportResponse)} < 0.85
                                 THEN ${dur(plan, 'n', SALT.reportResponseLate, 30, 600)}
                                 ELSE ${dur(plan, 'n', SALT.reportResponseLate, 601, 3 * H)} END AS t1,
                       ${dur(plan, 'n', SALT.reportStep2, H, 72 * H)} AS s2,
                       ${dur(plan, 'n', SALT.reportStep3, 2 * H, 24 * H)} AS s3,
                       ${dur(plan, 'n', SALT.reportStep4, H, 48 * H)} AS s4,
                       ${dur(plan, 'n', SALT.reportStep5, H, 48 * H)} AS s5,
                       ${dur(plan, 'n', SALT.reportStep2, 300, H)} AS h2,
                       ${dur(plan, 'n', SALT.reportStep3, 2 * H, 90 * H)} AS h3,
                       ${dur(plan, 'n', SALT.reportStep2, 600, 2 * H)} AS w2,
                       ${dur(plan, 'n', SALT.reportStep3, 24 * H, 120 * H)} AS w3,
                       ${dur(plan, 'n', SALT.reportStep4, 24 * H, 120 * H)} AS w4
                  FROM (
                    SELECT n, h.g, h.c,
                           CASE WHEN ${u} < 0.74 THEN 1 WHEN ${u} < 0.77 THEN 2 WHEN ${u} < 0.87 THEN 3 ELSE 4 END AS route,
                           ${randSql(plan, 'n', SALT.reportCloses)} < 0.85 AS closes,
                           ${spreadSql(plan, 'n', String(total))} AS t0
                      FROM generate_series(1, ${total}) n
                      JOIN scale_household h ON h.g = floor(${randSql(plan, 'n', SALT.reportHousehold)} * ${households})::int ${FENCE}) a
                ${FENCE}) b
            ${FENCE}) c
        ${FENCE}) d`;
}

/** Where report n is: its household's building (60 %) or one of the compound's common areas. */
export function reportAreaSql(plan: ScalePlan, n: string): string {
  return `(CASE WHEN ${randSql(plan, n, SALT.reportPlace)} < 0.6 THEN NULL
              ELSE (ARRAY[${SCALE_AREAS.map(([key]) => `'${key}'`).join(', ')}])[1 + floor(${randSql(plan, n, SALT.reportArea)} * ${SCALE_AREAS.length})::int] END)`;
}

export function reportCategorySql(plan: ScalePlan, n: string): string {
  return pickSql(randSql(plan, n, SALT.reportCategory), REPORT_CATEGORIES);
}

/** Who filed report n: a resident of the household (70 %), the compound's grid worker (25 %), a part-time grid worker (5 %). */
export function reportSourceSql(plan: ScalePlan, n: string): string {
  return pickSql(randSql(plan, n, SALT.reportSource), [
    ['RESIDENT', 0.7],
    ['GRID_WORKER', 0.25],
    ['PART_TIME_GRID_WORKER', 0.05],
  ]);
}

/** A report's text; fixed phrases per category (the generator writes no free text). */
export const REPORT_TEXT = '随手报 Reported at the doorstep';

/** Property's categories for party's (as work-order.service.ts maps them). */
export const REPORT_TO_WORK_ORDER_CATEGORY: Record<string, string> = {
  FACILITY_REPAIR: 'FACILITIES',
  ENVIRONMENT: 'CLEANING',
  GREENING: 'GREENERY',
  PARKING_TRAFFIC: 'PARKING',
  SAFETY_HAZARD: 'SECURITY',
};

/** A JSON string value in SQL, as JSON.stringify writes plain text (no control characters). */
export function jsonTextSql(expr: string): string {
  return `coalesce(to_json((${expr})::text)::text, 'null')`;
}

/** ISO text of an instant as JavaScript's toISOString writes it. */
export function isoSql(expr: string): string {
  return `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** sha256 hex of a text, as shared/handover/receiver.ts hashes a canonical payload. */
export function sha256HexSql(text: string): string {
  return `encode(sha256(convert_to(${text}, 'UTF8')), 'hex')`;
}

/** One subgraph's database during generation: a client inside the run's transaction, with timed steps. */
export interface ScaleDatabase {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs one statement and logs how long it took and how many rows it wrote. */
  step(label: string, sql: string, params?: unknown[]): Promise<number>;
  /** Runs `load` with the tables' secondary indexes and constraints dropped, building them again after. */
  bulk(tables: string[], load: () => Promise<void>): Promise<void>;
}

/** The audit columns' values of a generated row, by `actor` at `at` (SQL expressions). */
export function auditSql(actor: string, at: string, updatedBy = actor, updatedAt = at): string {
  return `${actor}, ${at}, ${updatedBy}, ${updatedAt}`;
}

/** Work-order events are numbered per order: event j (1-based, at most 9) of order m is m·10 + j. */
export function eventIdSql(order: string, step: string): string {
  return `((${order})::bigint * 10 + (${step}))`;
}

/** The RESOLVE event of the order opened from a report: its fifth step (submit, accept, dispatch, start, resolve). */
export const REPORT_ORDER_RESOLVE_STEP = 5;

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'建国秀英桂兰明华志强丽娟玉珍文军海燕春梅德福淑芬永红子涵'];
const textArray = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** Resident r's name (0-based r): party's resident row and the canteen's meal card say the same. */
export function residentNameSql(r: string): string {
  return `((${textArray(SURNAMES)})[1 + (${r}) % ${SURNAMES.length}] || (${textArray(GIVEN)})[1 + ((${r}) * 7) % ${GIVEN.length}] || (${textArray(GIVEN)})[1 + ((${r}) * 13) % ${GIVEN.length}])`;
}
