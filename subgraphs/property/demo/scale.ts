import {
  companyPoolSize,
  compoundCompaniesSql,
  eventIdSql,
  FENCE,
  fromDay,
  idSql,
  isoSql,
  jsonTextSql,
  pickSql,
  planTablesSql,
  randSql,
  REPORT_ORDER_RESOLVE_STEP,
  REPORT_TEXT,
  REPORT_TO_WORK_ORDER_CATEGORY,
  reportAreaSql,
  reportCategorySql,
  reportPlanSql,
  SALT,
  SCALE_ACTOR,
  SCALE_AREAS,
  scaleTotals,
  sha256HexSql,
  spreadSql,
  untilSql,
  type ScaleDatabase,
  type ScalePlan,
} from '../../../shared/demo/scale-plan';
import { REPORT_TO_PROPERTY_TOPIC, WORK_ORDER_OUTCOME_TOPIC } from '../../../shared/handover/topics';
import { SLA_HOURS } from '../work-order/work-order-flow';

const A = `'${SCALE_ACTOR}'`;
const AUDIT = `${A}, now(), ${A}, now()`;
const STAFF_PER_COMPANY = 8;
const SLA = `(CASE priority ${Object.entries(SLA_HOURS)
  .map(([p, h]) => `WHEN '${p}' THEN ${h}`)
  .join(' ')} END)`;

/**
 * The property side of the district: companies (one per five compounds, each compound
 * served by 1–3 of them, its buildings and common areas dealt round them), their staff,
 * contracts and zones, and the work orders — those the grid handed over from reports
 * and those filed directly — with every step of their history.
 */
export async function seedPropertyScale(db: ScaleDatabase, plan: ScalePlan): Promise<void> {
  for (const sql of planTablesSql(plan)) await db.query(sql);
  const companies = companyPoolSize(plan);
  const startsOn = `(date '${fromDay(plan)}' - interval '1 year')::date`;
  await db.step(
    'property companies',
    `INSERT INTO property_company (id, name, name_zh, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('company', 'p')}, 'Scale Property ' || lpad(p::text, 3, '0'), '规模物业' || lpad(p::text, 3, '0'), ${AUDIT}
       FROM generate_series(1, ${companies}) p`,
  );
  await db.step(
    'staff',
    `INSERT INTO staff_member (id, company_id, name, title, active, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('staff', `p * 10 + s`)}, ${idSql('company', 'p')}, 'Staff ' || s || ' of company ' || p,
            (ARRAY['plumber', 'electrician', 'locksmith', 'cleaner', 'gardener', 'guard', 'lift engineer', 'handyman'])[s], true, ${AUDIT}
       FROM generate_series(1, ${companies}) p, generate_series(1, ${STAFF_PER_COMPANY}) s`,
  );
  await db.query(`CREATE TEMP TABLE scale_contract ON COMMIT DROP AS ${compoundCompaniesSql(plan)}`);
  await db.step(
    'contracts',
    `INSERT INTO service_contract (id, company_id, compound_id, starts_on, ends_on, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('contract', 'contract')}, ${idSql('company', 'company')}, compound_id, ${startsOn}, NULL, ${AUDIT} FROM scale_contract ORDER BY contract`,
  );
  await db.step(
    'common areas',
    `INSERT INTO common_area (compound_id, area_key, name, name_zh, created_by, created_at, updated_by, updated_at)
     SELECT sc.id, a.key, a.name, a.name_zh, ${AUDIT}
       FROM scale_compound sc, (VALUES ${SCALE_AREAS.map(([k, n, z]) => `('${k}', '${n}', '${z}')`).join(', ')}) a(key, name, name_zh)`,
  );
  // Zone z of a compound: its buildings 1..B, then its areas B+1..B+4; slot (z − 1) mod slots.
  await db.query(`CREATE TEMP TABLE scale_zone ON COMMIT DROP AS
    SELECT sc.c, z, CASE WHEN z <= sc.buildings THEN ${idSql('building', 'sc.c * 100 + z')} END AS building_id,
           CASE WHEN z > sc.buildings THEN (ARRAY[${SCALE_AREAS.map(([k]) => `'${k}'`).join(', ')}])[z - sc.buildings] END AS area_key,
           k.contract, k.company
      FROM scale_compound sc, generate_series(1, sc.buildings + ${SCALE_AREAS.length}) z, scale_contract k
     WHERE k.c = sc.c AND k.slot = (z - 1) % k.slots`);
  await db.query('CREATE INDEX ON scale_zone (c, building_id)');
  await db.query('CREATE INDEX ON scale_zone (c, area_key)');
  await db.query('ANALYZE scale_zone');
  await db.step(
    'contract zones',
    `INSERT INTO contract_zone (contract_id, compound_id, zone_key, building_id, area_key, period)
     SELECT ${idSql('contract', 'contract')}, sc.id, CASE WHEN building_id IS NOT NULL THEN 'building:' || building_id::text ELSE 'area:' || area_key END,
            building_id, area_key, daterange(${startsOn}, NULL, '[]')
       FROM scale_zone JOIN scale_compound sc USING (c)`,
  );

  // Orders from reports: the reports the grid handed over (route 3) by `until`; order m = report n.
  await db.query(`CREATE TEMP TABLE scale_report_order ON COMMIT DROP AS
    SELECT n, c, g, t, k, ${reportAreaSql(plan, 'n')} AS area, ${reportCategorySql(plan, 'n')} AS category
      FROM (${reportPlanSql(plan)}) p WHERE route = 3 AND k >= 3 ${FENCE}`);
  const [{ count: fromReports }] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM scale_report_order');
  const totals = scaleTotals(plan.compounds);
  const direct = totals.workOrders - fromReports;
  const until = untilSql(plan);

  // Every order as its steps: instants, statuses reached and actions, then what they add up to at `until`.
  await db.query(`CREATE TEMP TABLE scale_order ON COMMIT DROP AS
    SELECT m, ${idSql('workOrder', 'm')} AS id, 'scale:staff:' || company AS staff_user, c, compound_id, company, contract, kind, building_id, area_key, location_detail, category, priority, description,
           resident_id, requester, source_report_id, submitted, ts, tos, actions,
           CASE WHEN ts[9] < ${until} THEN 9 WHEN ts[8] < ${until} THEN 8 WHEN ts[7] < ${until} THEN 7 WHEN ts[6] < ${until} THEN 6
                WHEN ts[5] < ${until} THEN 5 WHEN ts[4] < ${until} THEN 4 WHEN ts[3] < ${until} THEN 3 WHEN ts[2] < ${until} THEN 2 ELSE 1 END AS kk
      FROM (
        -- From reports: submitted when the hand-over was delivered, resolved when the report says so.
        SELECT r.n AS m, r.c, sc.id AS compound_id, z.company, z.contract, 'COMMON_AREA' AS kind,
               CASE WHEN r.area IS NULL THEN h.building_id END AS building_id, r.area AS area_key, NULL::text AS location_detail,
               CASE r.category ${Object.entries(REPORT_TO_WORK_ORDER_CATEGORY)
                 .map(([from, to]) => `WHEN '${from}' THEN '${to}'`)
                 .join(' ')} ELSE 'OTHER' END AS category,
               CASE WHEN r.category = 'SAFETY_HAZARD' THEN 'HIGH' ELSE 'NORMAL' END AS priority,
               '${REPORT_TEXT}' AS description, NULL::uuid AS resident_id, 'service:party' AS requester, ${idSql('report', 'r.n')} AS source_report_id,
               r.t[3] AS submitted,
               ARRAY[r.t[3], r.t[3] + (r.t[4] - r.t[3]) * 0.05, r.t[3] + (r.t[4] - r.t[3]) * 0.15, r.t[3] + (r.t[4] - r.t[3]) * 0.3, r.t[4]] AS ts,
               ARRAY['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED'] AS tos,
               ARRAY['SUBMIT', 'ACCEPT', 'DISPATCH', 'START', 'RESOLVE'] AS actions
          FROM scale_report_order r JOIN scale_compound sc ON sc.c = r.c JOIN scale_household h ON h.g = r.g
          JOIN scale_zone z ON z.c = r.c AND (z.building_id = h.building_id AND r.area IS NULL OR z.area_key = r.area)
        UNION ALL
        SELECT w.m, w.c, w.compound_id, z.company, z.contract, w.kind, w.building_id, w.area_key, w.location_detail, w.category, w.priority, w.description,
               resident_id, requester, NULL::uuid, submitted,
               CASE WHEN fate < 0.06 THEN ARRAY[submitted, s2, s2 + ${dur(plan, 'm', SALT.orderReopen, 3600, 86400)}]
                    WHEN fate < 0.10 THEN ARRAY[submitted, s2, s3, s4, s5, r6, r6 + ${dur(plan, 'm', SALT.orderReopen + 100, 3600, 21600)},
                                                r6 + ${dur(plan, 'm', SALT.orderReopen + 100, 3600, 21600)} + ${dur(plan, 'm', SALT.orderReopen + 200, 3600, 86400)},
                                                r6 + ${dur(plan, 'm', SALT.orderReopen + 100, 3600, 21600)} + ${dur(plan, 'm', SALT.orderReopen + 200, 3600, 86400)}
                                                   + ${dur(plan, 'm', SALT.orderRating, 3600, 172800)}]
                    WHEN fate < 0.30 THEN ARRAY[submitted, s2, s3, s4, s5]
                    ELSE ARRAY[submitted, s2, s3, s4, s5, s5 + ${dur(plan, 'm', SALT.orderRating, 3600, 172800)}] END,
               CASE WHEN fate < 0.06 THEN ARRAY['SUBMITTED', 'ACCEPTED', 'CANCELLED']
                    WHEN fate < 0.10 THEN ARRAY['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED']
                    WHEN fate < 0.30 THEN ARRAY['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED']
                    ELSE ARRAY['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED'] END,
               CASE WHEN fate < 0.06 THEN ARRAY['SUBMIT', 'ACCEPT', 'CANCEL']
                    WHEN fate < 0.10 THEN ARRAY['SUBMIT', 'ACCEPT', 'DISPATCH', 'START', 'RESOLVE', 'REOPEN', 'START', 'RESOLVE', 'CONFIRM']
                    WHEN fate < 0.30 THEN ARRAY['SUBMIT', 'ACCEPT', 'DISPATCH', 'START', 'RESOLVE']
                    ELSE ARRAY['SUBMIT', 'ACCEPT', 'DISPATCH', 'START', 'RESOLVE', 'CONFIRM'] END
          FROM (
            SELECT m, c, compound_id, kind, building_id, area_key, location_detail, category, priority, description, resident_id, requester,
                   submitted, fate,
                   submitted + sla * 0.05 * ${randSql(plan, 'm', SALT.orderSteps)} AS s2,
                   submitted + sla * (0.05 + 0.1 * ${randSql(plan, 'm', SALT.orderSteps + 100)}) AS s3,
                   submitted + sla * (0.15 + 0.1 * ${randSql(plan, 'm', SALT.orderSteps + 200)}) AS s4,
                   -- 85 % resolved within the SLA.
                   submitted + sla * CASE WHEN ${randSql(plan, 'm', SALT.orderResolve)} < 0.85 THEN 0.3 + 0.65 * ${randSql(plan, 'm', SALT.orderResolve + 100)}
                                          ELSE 1.05 + ${randSql(plan, 'm', SALT.orderResolve + 100)} END AS s5,
                   submitted + sla * (CASE WHEN ${randSql(plan, 'm', SALT.orderResolve)} < 0.85 THEN 0.3 + 0.65 * ${randSql(plan, 'm', SALT.orderResolve + 100)}
                                          ELSE 1.05 + ${randSql(plan, 'm', SALT.orderResolve + 100)} END) + ${dur(plan, 'm', SALT.orderReopen, 7200, 86400)} AS r6
              FROM (
                SELECT m, h.c, sc.id AS compound_id, kind,
                       CASE WHEN kind = 'HOME_REPAIR' OR place < 0.4 THEN h.building_id END AS building_id,
                       CASE WHEN kind = 'COMMON_AREA' AND place >= 0.4 THEN (ARRAY[${SCALE_AREAS.map(([key]) => `'${key}'`).join(', ')}])[1 + floor(place * 10)::int % ${SCALE_AREAS.length}] END AS area_key,
                       CASE WHEN kind = 'HOME_REPAIR' THEN 'Room ' || h.label END AS location_detail,
                       CASE WHEN kind = 'HOME_REPAIR' THEN ${pickSql(randSql(plan, 'm', SALT.orderCategory), [
                         ['PLUMBING', 0.3],
                         ['ELECTRICAL', 0.25],
                         ['DOORS_LOCKS', 0.2],
                         ['FACILITIES', 0.15],
                         ['OTHER', 0.1],
                       ])}
                            ELSE ${pickSql(randSql(plan, 'm', SALT.orderCategory), [
                              ['ELEVATOR', 0.1],
                              ['LIGHTING', 0.15],
                              ['GREENERY', 0.15],
                              ['CLEANING', 0.2],
                              ['SECURITY', 0.1],
                              ['PARKING', 0.1],
                              ['FACILITIES', 0.15],
                              ['OTHER', 0.05],
                            ])} END AS category,
                       priority, make_interval(hours => ${SLA}) AS sla,
                       CASE WHEN kind = 'HOME_REPAIR' THEN '报修 Home repair' ELSE '公共区域报修 Common-area repair' END AS description,
                       CASE WHEN kind = 'HOME_REPAIR' THEN ${idSql('resident', 'h.res_start + 1')} END AS resident_id,
                       CASE WHEN kind = 'HOME_REPAIR' THEN 'scale:resident:' || (h.res_start + 1) END AS requester,
                       submitted, ${randSql(plan, 'm', SALT.orderFate)} AS fate
                  FROM (
                    SELECT m, CASE WHEN ${randSql(plan, 'm', SALT.orderKind)} < 0.55 THEN 'HOME_REPAIR' ELSE 'COMMON_AREA' END AS kind,
                           ${randSql(plan, 'm', SALT.orderKind + 100)} AS place,
                           ${pickSql(randSql(plan, 'm', SALT.orderPriority), [
                             ['URGENT', 0.05],
                             ['HIGH', 0.2],
                             ['NORMAL', 0.55],
                             ['LOW', 0.2],
                           ])} AS priority,
                           ${spreadSql(plan, `m - ${totals.reports}`, String(direct))} AS submitted,
                           floor(${randSql(plan, 'm', SALT.orderHousehold)} * ${totals.households})::int AS g
                      FROM generate_series(${totals.reports + 1}, ${totals.reports + direct}) m ${FENCE}) x
                  JOIN scale_household h ON h.g = x.g JOIN scale_compound sc ON sc.c = h.c ${FENCE}) y ${FENCE}) w
          JOIN scale_zone z ON z.c = w.c AND (z.building_id = w.building_id OR z.area_key = w.area_key) AND (w.area_key IS NULL) = (z.area_key IS NULL)
        ${FENCE}
      ) o`);

  const staff = `${idSql('staff', `company * 10 + 1 + m % ${STAFF_PER_COMPANY}`)}`;
  const staffUser = 'staff_user';
  // Who takes a step: the requester files, reopens, confirms and cancels what they filed; staff do the rest.
  const actor = (action: string) =>
    `(CASE WHEN ${action} IN ('SUBMIT', 'REOPEN', 'CONFIRM', 'CANCEL') AND requester IS NOT NULL THEN requester ELSE ${staffUser} END)`;
  const resolvedStep = `(CASE WHEN tos[kk] IN ('RESOLVED', 'CONFIRMED') THEN (CASE WHEN kk >= 8 THEN 8 ELSE 5 END) END)`;
  await db.bulk(['work_order', 'work_order_event'], async () => {
    await db.step(
      'work orders',
      `INSERT INTO work_order (id, compound_id, company_id, contract_id, kind, building_id, area_key, location_detail, category, priority, description,
                               resident_id, contact_name, contact_phone, status, submitted_at, sla_deadline, assignee_id, first_resolved_at, resolved_at,
                               closed_at, rating, reopen_count, source_report_id, created_by, created_at, updated_by, updated_at)
       SELECT id, compound_id, ${idSql('company', 'company')}, ${idSql('contract', 'contract')}, kind, building_id, area_key,
              location_detail, category, priority, description, resident_id,
              CASE WHEN resident_id IS NOT NULL THEN 'Resident' END, CASE WHEN resident_id IS NOT NULL THEN '13800000000' END,
              tos[kk], submitted, submitted + make_interval(hours => ${SLA}),
              CASE WHEN kk >= 3 AND 'DISPATCH' = ANY (actions[1:kk]) THEN ${staff} END,
              CASE WHEN kk >= 5 AND actions[5] = 'RESOLVE' THEN ts[5] END,
              ts[${resolvedStep}],
              CASE WHEN tos[kk] IN ('CONFIRMED', 'CANCELLED') THEN ts[kk] END,
              CASE WHEN tos[kk] = 'CONFIRMED' AND resident_id IS NOT NULL
                   THEN (ARRAY[2, 3, 4, 4, 5, 5, 5, 5])[1 + floor(${randSql(plan, 'm', SALT.orderRating + 100)} * 8)::int] END,
              CASE WHEN kk >= 6 AND actions[6] = 'REOPEN' THEN 1 ELSE 0 END,
              source_report_id, ${actor("'SUBMIT'")}, submitted, ${actor('actions[kk]')}, ts[kk]
         FROM scale_order ORDER BY m`,
    );
    await db.step(
      'work-order events',
      `INSERT INTO work_order_event (id, work_order_id, from_status, to_status, action, actor, at)
       SELECT ${eventIdSql('m', 'j')}, id, CASE WHEN j > 1 THEN tos[j - 1] END, tos[j], actions[j], ${actor('actions[j]')}, ts[j]
         FROM scale_order, generate_series(1, kk) j ORDER BY m, j`,
    );
  });
  await db.query(`SELECT setval(pg_get_serial_sequence('work_order_event', 'id'), (SELECT max(id) FROM work_order_event))`);

  // The hand-overs as the relays left them: each report received once, each outcome delivered.
  const report = `'{"area":' || ${jsonTextSql('r.area')} || ',"buildingId":' || ${jsonTextSql('o.building_id::text')} || ',"category":' || ${jsonTextSql('r.category')}
    || ',"compoundId":' || ${jsonTextSql('o.compound_id::text')} || ',"reportId":' || ${jsonTextSql('o.source_report_id::text')}
    || ',"text":' || ${jsonTextSql(`'${REPORT_TEXT}'`)} || '}'`;
  await db.step(
    'report hand-overs (inbox)',
    `INSERT INTO handover_inbox (topic, record_id, payload_hash, payload, result, received_by, received_at)
     SELECT '${REPORT_TO_PROPERTY_TOPIC}', o.source_report_id::text, ${sha256HexSql(report)}, (${report})::jsonb,
            jsonb_build_object('workOrderId', ${idSql('workOrder', 'o.m')}::text), 'service:party', o.submitted
       FROM scale_order o JOIN scale_report_order r ON r.n = o.m ORDER BY o.m`,
  );
  const event = eventIdSql('m', String(REPORT_ORDER_RESOLVE_STEP));
  const outcome = `'{"at":' || ${jsonTextSql(isoSql(`ts[${REPORT_ORDER_RESOLVE_STEP}]`))} || ',"outcomeId":' || ${jsonTextSql(`${event}::text`)}
    || ',"reportId":' || ${jsonTextSql('source_report_id::text')} || ',"status":"RESOLVED","workOrderId":' || ${jsonTextSql(`${idSql('workOrder', 'm')}::text`)} || '}'`;
  await db.step(
    'work-order outcomes (outbox)',
    `INSERT INTO handover_outbox (id, topic, record_id, payload, status, attempts, next_attempt_at, result, created_by, created_at, delivered_at)
     SELECT ${idSql('outcomeOutbox', 'm')}, '${WORK_ORDER_OUTCOME_TOPIC}', ${event}::text, (${outcome})::jsonb, 'DELIVERED', 1,
            ts[${REPORT_ORDER_RESOLVE_STEP}], jsonb_build_object('reportId', source_report_id::text), ${staffUser}, ts[${REPORT_ORDER_RESOLVE_STEP}],
            ts[${REPORT_ORDER_RESOLVE_STEP}]
       FROM scale_order WHERE source_report_id IS NOT NULL AND kk >= ${REPORT_ORDER_RESOLVE_STEP} ORDER BY m`,
  );
}

function dur(plan: ScalePlan, n: string, salt: number, minS: number, maxS: number): string {
  return `make_interval(secs => ${minS} + ${randSql(plan, n, salt)} * ${maxS - minS})`;
}
