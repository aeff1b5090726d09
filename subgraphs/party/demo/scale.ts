import {
  eventIdSql,
  idSql,
  isoSql,
  jsonTextSql,
  planTablesSql,
  randSql,
  REPORT_TEXT,
  reportAreaSql,
  reportCategorySql,
  reportPlanSql,
  REPORT_ORDER_RESOLVE_STEP,
  reportSourceSql,
  residentNameSql,
  residentSql,
  ROUTE_KINDS,
  SALT,
  SCALE_ACTOR,
  sha256HexSql,
  type ScaleDatabase,
  type ScalePlan,
} from '../../../shared/demo/scale-plan';
import { REPORT_TO_PROPERTY_TOPIC, WORK_ORDER_OUTCOME_TOPIC } from '../../../shared/handover/topics';
import { recomputePromiseStarts } from '../escalation/promise-backfill';

const A = `'${SCALE_ACTOR}'`;
const AUDIT = `${A}, now(), ${A}, now()`;
const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** The kinds of route r's steps, as a SQL array. */
const routeKinds = (route: string) =>
  `(CASE ${route} ${Object.entries(ROUTE_KINDS)
    .map(([r, kinds]) => `WHEN ${r} THEN ${arr(kinds)}`)
    .join(' ')} END)`;

/** A report's status once its last step is `kind` (report-flow.ts). */
const STATUS_AFTER = `(CASE kind WHEN 'REPORTED' THEN 'SUBMITTED' WHEN 'WORK_ORDER_RESOLVED' THEN 'RESOLVED'
  WHEN 'WHISTLE_BLOWN' THEN 'ESCALATED' WHEN 'FOLLOW_UP' THEN 'ESCALATED' ELSE kind END)`;

/** Who takes step `kind` of a report: the reporter, the grid, or property's relay. */
const ACTOR_OF = (kind: string) => `(CASE ${kind} WHEN 'REPORTED' THEN reporter WHEN 'CLOSED' THEN reporter WHEN 'REOPENED' THEN reporter
  WHEN 'WORK_ORDER_RESOLVED' THEN 'service:property' ELSE grid END)`;

/**
 * The party side of the district (shared/demo/scale-plan.ts): the street, its communities
 * and compounds down to households and residents, two part-time grid workers per
 * compound, and the issue reports with their timelines and hand-overs to property.
 */
export async function seedPartyScale(db: ScaleDatabase, plan: ScalePlan): Promise<void> {
  for (const sql of planTablesSql(plan)) await db.query(sql);
  const wo = (n: string) => idSql('workOrder', n);
  await db.step(
    'street',
    `INSERT INTO street (id, name, name_zh, city, created_by, created_at, updated_by, updated_at)
    VALUES (${idSql('street', '1')}, 'Scale Street', '规模街道', 'Hangzhou', ${AUDIT})`,
  );
  await db.step(
    'community',
    `INSERT INTO community (id, street_id, name, name_zh, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('community', 'm')}, ${idSql('street', '1')}, 'Scale Community ' || lpad(m::text, 3, '0'), '规模社区' || lpad(m::text, 3, '0'), ${AUDIT}
       FROM generate_series(1, ${Math.ceil(plan.compounds / 10)}) m`,
  );
  await db.step(
    'compound',
    `INSERT INTO compound (id, community_id, name, name_zh, created_by, created_at, updated_by, updated_at)
     SELECT id, community_id, 'Scale Compound ' || lpad(c::text, 4, '0'), '规模小区' || lpad(c::text, 4, '0'), ${AUDIT} FROM scale_compound ORDER BY c`,
  );
  await db.step(
    'building',
    `INSERT INTO building (id, compound_id, number, name, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('building', 'c * 100 + b')}, id, b, 'Building ' || b, ${AUDIT} FROM scale_compound, generate_series(1, buildings) b ORDER BY c, b`,
  );
  await db.step(
    'unit',
    `INSERT INTO unit (id, building_id, number, name, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('unit', '(c * 100 + b) * 10 + u')}, ${idSql('building', 'c * 100 + b')}, u, 'Unit ' || u, ${AUDIT}
       FROM scale_compound, generate_series(1, buildings) b, generate_series(1, 2) u ORDER BY c, b, u`,
  );
  await db.bulk(['household', 'resident'], async () => {
    await db.step(
      'household',
      `INSERT INTO household (id, compound_id, building_id, unit_id, door_number, label, is_local, created_by, created_at, updated_by, updated_at)
       SELECT h.id, sc.id, h.building_id, h.unit_id, h.door, h.label, ${randSql(plan, 'h.g', SALT.name)} < 0.9, ${AUDIT}
         FROM scale_household h JOIN scale_compound sc USING (c) ORDER BY h.g`,
    );
    await db.step(
      'resident',
      `INSERT INTO resident (id, compound_id, household_id, name, birth_date, phone, is_local, elderly_living_alone, special_group,
                             created_by, created_at, updated_by, updated_at)
       SELECT r.id, sc.id, r.household_id,
              ${residentNameSql('r.r')},
              r.birth_date, '1' || (3 + r.r % 7) || lpad((r.r % 1000000000)::text, 9, '0'),
              ${randSql(plan, 'r.g', SALT.name)} < 0.9,
              r.elderly AND ${randSql(plan, 'r.r', SALT.name)} < 0.1,
              CASE WHEN r.r % 97 = 0 THEN '残疾人 (disabled)' END, ${AUDIT}
         FROM (${residentSql(plan)}) r JOIN scale_compound sc USING (c) ORDER BY r.r`,
    );
  });
  await db.step(
    'part-time grid workers',
    `INSERT INTO part_time_grid_worker (id, compound_id, user_id, name, occupation, active, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('partTimeWorker', 'c * 2 + j')}, id, 'scale:part-time:' || c || ':' || j,
            CASE j WHEN 1 THEN '快递小哥 Courier ' ELSE '外卖小哥 Rider ' END || c, CASE j WHEN 1 THEN 'COURIER' ELSE 'DELIVERY_RIDER' END, true, ${AUDIT}
       FROM scale_compound, generate_series(1, 2) j ORDER BY c, j`,
  );

  await db.query(`CREATE TEMP TABLE scale_report ON COMMIT DROP AS ${reportPlanSql(plan)}`);
  // Each report's facts once: who, where, what, and its state after its last step.
  await db.query(`CREATE TEMP TABLE scale_report_row ON COMMIT DROP AS
    SELECT p.n, p.c, p.route, p.closes, p.t, p.k, kinds, kinds[p.k] AS kind, array_length(kinds, 1) AS steps,
           ${idSql('report', 'p.n')} AS id, sc.id AS compound_id, area,
           CASE WHEN area IS NULL THEN h.building_id END AS building_id,
           ${reportCategorySql(plan, 'p.n')} AS category, source,
           CASE source WHEN 'RESIDENT' THEN 'scale:resident:' || (h.res_start + 1)
                       WHEN 'GRID_WORKER' THEN 'scale:grid:' || p.c
                       ELSE 'scale:part-time:' || p.c || ':' || (1 + p.n % 2) END AS reporter,
           CASE WHEN source = 'RESIDENT' THEN ${idSql('resident', 'h.res_start + 1')} END AS reporter_resident_id,
           'scale:grid:' || p.c AS grid
      FROM (SELECT *, ${routeKinds('route')}[1:array_length(t, 1)] AS kinds, ${reportAreaSql(plan, 'n')} AS area,
                   ${reportSourceSql(plan, 'n')} AS source FROM scale_report) p
      JOIN scale_household h ON h.g = p.g JOIN scale_compound sc ON sc.c = p.c`);
  // The step at which the report was (last) resolved, if it was.
  const resolvedStep = `(CASE WHEN route = 1 AND k >= 3 THEN 3 WHEN route = 2 AND k = 3 THEN 3 WHEN route = 2 AND k >= 5 THEN 5
                              WHEN route = 3 AND k >= 4 THEN 4 WHEN route = 4 AND k >= 5 THEN 5 END)`;
  const resolutionNote = `(CASE route WHEN 3 THEN 'Resolved by the property company (work order ' || ${wo('n')} || ')'
                                WHEN 4 THEN 'Resolved after the whistle' ELSE 'Resolved in the community' END)`;
  await db.bulk(['issue_report', 'issue_report_entry'], async () => {
    await db.step(
      'issue reports',
      `INSERT INTO issue_report (id, compound_id, building_id, area, category, description, source, reporter_id, reporter_resident_id, status, path,
                                 reported_at, promise_started_at, responded_at, responded_by, resolved_at, resolved_by, resolution_note, whistle_department, handover_id,
                                 satisfaction, closed_at, reopen_count, work_order_id, work_order_outcome, work_order_outcome_at,
                                 created_by, created_at, updated_by, updated_at)
       SELECT id, compound_id, building_id, area, category, '${REPORT_TEXT}', source, reporter, reporter_resident_id, ${STATUS_AFTER},
              CASE WHEN k < 3 OR (route = 2 AND k = 4) THEN NULL WHEN route = 3 THEN 'PROPERTY' WHEN route = 4 THEN 'WHISTLE' ELSE 'COMMUNITY' END,
              t[1], t[1], CASE WHEN k >= 2 THEN t[2] END, CASE WHEN k >= 2 THEN grid END,
              t[${resolvedStep}], CASE WHEN ${resolvedStep} IS NULL THEN NULL WHEN route = 3 THEN 'service:property' ELSE grid END,
              CASE WHEN ${resolvedStep} IS NOT NULL THEN ${resolutionNote} END,
              CASE WHEN route = 4 AND k >= 3 THEN '区城管委' END,
              CASE WHEN route = 3 AND k >= 3 THEN ${idSql('reportOutbox', 'n')} END,
              CASE WHEN kind = 'CLOSED' THEN (ARRAY[2, 3, 4, 4, 5, 5, 5, 5])[1 + floor(${randSql(plan, 'n', SALT.reportSatisfaction)} * 8)::int] END,
              CASE WHEN kind = 'CLOSED' THEN t[k] END,
              CASE WHEN route = 2 AND k >= 4 THEN 1 ELSE 0 END,
              CASE WHEN route = 3 AND k >= 3 THEN ${wo('n')} END,
              CASE WHEN route = 3 AND k >= 4 THEN 'RESOLVED' END, CASE WHEN route = 3 AND k >= 4 THEN t[4] END,
              reporter, t[1], ${ACTOR_OF('kind')}, t[k]
         FROM scale_report_row ORDER BY n`,
    );
    await db.step(
      'issue report entries',
      `INSERT INTO issue_report_entry (id, report_id, kind, note, at, by)
       SELECT ${idSql('reportEntry', 'n * 8 + i')}, id, kinds[i],
              CASE kinds[i] WHEN 'HANDED_TO_PROPERTY' THEN '转物业维修' WHEN 'WHISTLE_BLOWN' THEN '区城管委' WHEN 'FOLLOW_UP' THEN 'Department follow-up'
                            WHEN 'RESOLVED' THEN ${resolutionNote} WHEN 'WORK_ORDER_RESOLVED' THEN 'Work order ' || ${wo('n')} END,
              t[i], ${ACTOR_OF('kinds[i]')}
         FROM scale_report_row, generate_series(1, k) i ORDER BY n, i`,
    );
  });

  // Each report's promise start by its compound's duty hours (filed as at reported_at above).
  await recomputePromiseStarts(db);

  // The hand-overs, as the relays left them: every one delivered.
  const payload = `'{"area":' || ${jsonTextSql('area')} || ',"buildingId":' || ${jsonTextSql('building_id::text')} || ',"category":' || ${jsonTextSql('category')}
    || ',"compoundId":' || ${jsonTextSql('compound_id::text')} || ',"reportId":' || ${jsonTextSql('id::text')} || ',"text":' || ${jsonTextSql(`'${REPORT_TEXT}'`)} || '}'`;
  await db.step(
    'report hand-overs (outbox)',
    `INSERT INTO handover_outbox (id, topic, record_id, payload, status, attempts, next_attempt_at, result, created_by, created_at, delivered_at)
     SELECT ${idSql('reportOutbox', 'n')}, '${REPORT_TO_PROPERTY_TOPIC}', id::text, (${payload})::jsonb, 'DELIVERED', 1, t[3],
            jsonb_build_object('workOrderId', ${wo('n')}::text), grid, t[3], t[3]
       FROM scale_report_row WHERE route = 3 AND k >= 3 ORDER BY n`,
  );
  // The outcome is keyed by the order's RESOLVE event, numbered as property's scale.ts numbers it.
  const event = eventIdSql('n', String(REPORT_ORDER_RESOLVE_STEP));
  const outcome = `'{"at":' || ${jsonTextSql(isoSql('t[4]'))} || ',"outcomeId":' || ${jsonTextSql(`${event}::text`)} || ',"reportId":' || ${jsonTextSql('id::text')}
    || ',"status":"RESOLVED","workOrderId":' || ${jsonTextSql(`${wo('n')}::text`)} || '}'`;
  await db.step(
    'work-order outcomes (inbox)',
    `INSERT INTO handover_inbox (topic, record_id, payload_hash, payload, result, received_by, received_at)
     SELECT '${WORK_ORDER_OUTCOME_TOPIC}', ${event}::text, ${sha256HexSql(outcome)}, (${outcome})::jsonb,
            jsonb_build_object('reportId', id::text), 'service:property', t[4]
       FROM scale_report_row WHERE route = 3 AND k >= 4 ORDER BY n`,
  );
}
