import {
  compoundCompaniesSql,
  FENCE,
  fromDay,
  idSql,
  isScaleIdSql,
  jsonTextSql,
  planTablesSql,
  randSql,
  residentNameSql,
  residentSql,
  SALT,
  SCALE_ACTOR,
  SCALE_ZONE,
  scaleTotals,
  sha256HexSql,
  spreadSql,
  untilSql,
  windowDays,
  windowMonths,
  type ScaleDatabase,
  type ScalePlan,
} from '../../../shared/demo/scale-plan';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';
import { DEFAULT_MEAL_TIERS } from '../canteen/meal-pricing';
import { MAX_DISCOUNT_BP, MIN_DISCOUNT_BP } from '../veg-shop/veg-pricing';

const A = `'${SCALE_ACTOR}'`;
const AUDIT = `${A}, now(), ${A}, now()`;
const VEG = [
  ['白菜 Chinese cabbage', 300],
  ['萝卜 Radish', 250],
  ['土豆 Potato', 350],
  ['西红柿 Tomato', 600],
] as const;
/** Ledger line numbers: veg-order sales and refunds first, then meals, then purchases. */
const MEAL_ENTRIES = 1_000_000_000;
const PURCHASE_ENTRIES = 2_000_000_000;

/** A settlement's rebate as the committee's fund receives it. */
export interface ScaleRebate {
  settlementId: string;
  number: number;
  committeeId: string;
  compoundId: string;
  c: number;
  amountFen: string;
  period: string;
  settledAt: Date;
}

/** Shop c's veg shop is outlet 2c, its canteen 2c + 1; product p (0–3) of shop c is 4c + p; its price on day d (0-based) is (4c + p)·1000 + d. */
const shop = (c: string) => `(${c}) * 2`;
const canteen = (c: string) => `(${c}) * 2 + 1`;
const product = (c: string, p: string) => `((${c}) * 4 + (${p}))`;
const priceNo = (c: string, p: string, d: string) => `(${product(c, p)} * 1000 + (${d}))`;
const marketFen = (p: string, d: string) => `((ARRAY[${VEG.map(([, fen]) => fen).join(', ')}])[(${p}) + 1] + ((${d}) % 7) * 10)`;
const discountBp = (plan: ScalePlan, c: string, p: string, d: string) =>
  `(${MIN_DISCOUNT_BP} + floor(${randSql(plan, priceNo(c, p, d), SALT.vegPrice)} * ${(MAX_DISCOUNT_BP - MIN_DISCOUNT_BP) / 100 + 1})::int * 100)`;
/** veg-pricing.ts dailySalePrice: market × (1 − discount), half up, in integers. */
const saleFen = (plan: ScalePlan, c: string, p: string, d: string) =>
  `((${marketFen(p, d)}::bigint * (10000 - ${discountBp(plan, c, p, d)}) + 5000) / 10000)`;

/**
 * The enterprise side of the district: one social enterprise per community, a veg shop
 * and a canteen in every compound, their products, daily prices, purchases, veg orders
 * with their lines, meal cards for a third of the residents aged 60 and over (and a few
 * younger adults), meals priced by the diner's age on the day, the ledger behind them,
 * and each outlet's monthly settlements (80/20, the property share returned to the
 * owners' fund), whose rebates it returns for the committee's fund.
 */
export async function seedEnterpriseScale(db: ScaleDatabase, plan: ScalePlan): Promise<ScaleRebate[]> {
  for (const sql of planTablesSql(plan)) await db.query(sql);
  const totals = scaleTotals(plan.compounds);
  const days = windowDays(plan);
  const months = windowMonths(plan);
  const enterprise = (c: string) => `((${c}) - 1) / 10 + 1`;
  const staff = (c: string) => `'scale:enterprise:' || (${enterprise(c)})`;
  await db.step(
    'social enterprises',
    `INSERT INTO social_enterprise (id, name, name_zh, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('enterprise', 'e')}, 'Scale Social Enterprise ' || lpad(e::text, 3, '0'), '规模社区社会企业' || lpad(e::text, 3, '0'), ${AUDIT}
       FROM generate_series(1, ${Math.ceil(plan.compounds / 10)}) e`,
  );
  await db.step(
    'outlets',
    `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, name_zh, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('outlet', 'o')}, ${idSql('enterprise', enterprise('c'))}, id,
            CASE WHEN o % 2 = 0 THEN 'VEG_SHOP' ELSE 'CANTEEN' END,
            CASE WHEN o % 2 = 0 THEN 'Veg Shop ' ELSE 'Canteen ' END || lpad(c::text, 4, '0'),
            CASE WHEN o % 2 = 0 THEN '便民蔬菜店' ELSE '爱有味食堂' END || lpad(c::text, 4, '0'), ${AUDIT}
       FROM scale_compound, LATERAL (VALUES (${shop('c')}), (${canteen('c')})) v(o) ORDER BY o`,
  );
  await db.step(
    'veg products',
    `INSERT INTO veg_product (id, outlet_id, name, unit, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('vegProduct', product('c', 'p'))}, ${idSql('outlet', shop('c'))}, (ARRAY[${VEG.map(([n]) => `'${n}'`).join(', ')}])[p + 1], '斤', ${AUDIT}
       FROM scale_compound, generate_series(0, ${VEG.length - 1}) p ORDER BY c, p`,
  );
  // Each month's goods, bought on the 1st at 60 % of the month's first market price.
  await db.step(
    'veg purchases',
    `INSERT INTO veg_purchase (id, outlet_id, product_id, quantity, unit_cost_fen, total_fen, supplier, idempotency_key, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('vegPurchase', `${product('c', 'p')} * 100 + mi`)}, ${idSql('outlet', shop('c'))}, ${idSql('vegProduct', product('c', 'p'))},
            250, ${marketFen('p', '0')} * 6 / 10, 250 * (${marketFen('p', '0')} * 6 / 10), '区配送中心', 'scale-' || mi || '-' || p,
            ${staff('c')}, at, ${staff('c')}, at
       FROM scale_compound, generate_series(0, ${VEG.length - 1}) p, generate_series(0, ${months.length - 1}) mi,
            LATERAL (SELECT (date '${fromDay(plan)}' + make_interval(months => mi) + interval '9 hours')::timestamp AT TIME ZONE '${SCALE_ZONE}' AS at) x
      ORDER BY c, p, mi`,
  );
  await db.bulk(['veg_daily_price', 'veg_order', 'veg_order_line', 'meal_card', 'meal', 'outlet_entry'], async () => {
    await db.step(
      'veg daily prices',
      `INSERT INTO veg_daily_price (id, outlet_id, product_id, price_date, market_price_fen, discount_bp, sale_price_fen, created_by, created_at, updated_by, updated_at)
       SELECT ${idSql('vegPrice', priceNo('c', 'p', 'd'))}, ${idSql('outlet', shop('c'))}, ${idSql('vegProduct', product('c', 'p'))},
              date '${fromDay(plan)}' + d, ${marketFen('p', 'd')}, ${discountBp(plan, 'c', 'p', 'd')}, ${saleFen(plan, 'c', 'p', 'd')},
              ${staff('c')}, (date '${fromDay(plan)}' + d)::timestamp AT TIME ZONE '${SCALE_ZONE}' + interval '6 hours',
              ${staff('c')}, (date '${fromDay(plan)}' + d)::timestamp AT TIME ZONE '${SCALE_ZONE}' + interval '6 hours'
         FROM scale_compound, generate_series(0, ${VEG.length - 1}) p, generate_series(0, ${days - 1}) d ORDER BY c, p, d`,
    );
    // Orders: 1–3 lines of different products; 40 % placed in the app by the resident, the rest at the counter.
    const lineProduct = (i: number) => `((p0 + ${i}) % 4)`;
    const quantity = (i: number) => `(1 + floor(${randSql(plan, `j * 4 + ${i}`, SALT.vegQuantity)} * 5)::int)`;
    const lineFen = (i: number) => `(${saleFen(plan, 'c', lineProduct(i), 'd')} * ${quantity(i)})`;
    const total = `(${lineFen(0)} + CASE WHEN lines > 1 THEN ${lineFen(1)} ELSE 0 END + CASE WHEN lines > 2 THEN ${lineFen(2)} ELSE 0 END)`;
    const requestLine = (i: number) =>
      `'{"productId":' || ${jsonTextSql(`${idSql('vegProduct', product('c', lineProduct(i)))}::text`)} || ',"quantity":' || ${quantity(i)} || '}'`;
    const request = `'{"channel":"' || CASE WHEN app THEN 'APP' ELSE 'COUNTER' END || '","lines":[' || ${requestLine(0)}
      || CASE WHEN lines > 1 THEN ',' || ${requestLine(1)} ELSE '' END || CASE WHEN lines > 2 THEN ',' || ${requestLine(2)} ELSE '' END
      || '],"outletId":' || ${jsonTextSql(`${idSql('outlet', shop('c'))}::text`)} || ',"residentId":' || ${jsonTextSql('buyer::text')} || '}'`;
    // Each order's facts, then its total and request hash from them (fenced, so they are computed once).
    await db.query(`CREATE TEMP TABLE scale_veg_order ON COMMIT DROP AS
      SELECT v.*, ${total} AS total_fen, ${sha256HexSql(request)} AS request_hash FROM (
      SELECT j, c, at, d, lines, p0, app, CASE WHEN app THEN ${idSql('resident', 'resident + 1')} ELSE resident_id END AS buyer,
             CASE WHEN app THEN 'scale:resident:' || (resident + 1) ELSE ${staff('c')} END AS actor,
             CASE WHEN later >= ${untilSql(plan)} THEN 'PLACED' WHEN fate < 0.03 THEN 'CANCELLED' ELSE 'PICKED_UP' END AS status, later
        FROM (SELECT *, at + make_interval(secs => 600 + fate * 10000) AS later FROM (
          SELECT j, h.c, at, ((at AT TIME ZONE '${SCALE_ZONE}')::date - date '${fromDay(plan)}') AS d,
                 CASE WHEN ${randSql(plan, 'j', SALT.vegLines)} < 0.5 THEN 1 WHEN ${randSql(plan, 'j', SALT.vegLines)} < 0.85 THEN 2 ELSE 3 END AS lines,
                 floor(${randSql(plan, 'j', SALT.vegProduct)} * 4)::int AS p0,
                 ${randSql(plan, 'j', SALT.vegChannel)} < 0.4 AS app, h.res_start AS resident,
                 CASE WHEN ${randSql(plan, 'j', SALT.vegChannel)} < 0.7 THEN ${idSql('resident', 'h.res_start + 1')} END AS resident_id,
                 ${randSql(plan, 'j', SALT.vegFate)} AS fate
            FROM (SELECT j, ${spreadSql(plan, 'j', String(totals.vegOrders))} AS at,
                         floor(${randSql(plan, 'j', SALT.orderHousehold + 1000)} * ${totals.households})::int AS g
                    FROM generate_series(1, ${totals.vegOrders}) j ${FENCE}) x
            JOIN scale_household h ON h.g = x.g ${FENCE}) y ${FENCE}) z
      ${FENCE}) v`);
    await db.step(
      'veg orders',
      `INSERT INTO veg_order (id, outlet_id, resident_id, channel, status, price_date, total_fen, idempotency_key, request_hash, picked_up_at, cancelled_at,
                              created_by, created_at, updated_by, updated_at)
       SELECT ${idSql('vegOrder', 'j')}, ${idSql('outlet', shop('c'))}, buyer, CASE WHEN app THEN 'APP' ELSE 'COUNTER' END, status,
              date '${fromDay(plan)}' + d, total_fen, 'scale-' || j, request_hash,
              CASE WHEN status = 'PICKED_UP' THEN later END, CASE WHEN status = 'CANCELLED' THEN later END,
              actor, at, CASE WHEN status = 'PLACED' THEN actor ELSE ${staff('c')} END, CASE WHEN status = 'PLACED' THEN at ELSE later END
         FROM scale_veg_order ORDER BY j`,
    );
    await db.step(
      'veg order lines',
      `INSERT INTO veg_order_line (id, order_id, line_no, product_id, daily_price_id, quantity, unit_price_fen, line_fen)
       SELECT ${idSql('vegOrderLine', 'j * 4 + i')}, ${idSql('vegOrder', 'j')}, i + 1, ${idSql('vegProduct', product('c', '(p0 + i) % 4'))},
              ${idSql('vegPrice', priceNo('c', '(p0 + i) % 4', 'd'))}, 1 + floor(${randSql(plan, 'j * 4 + i', SALT.vegQuantity)} * 5)::int,
              ${saleFen(plan, 'c', '(p0 + i) % 4', 'd')}, ${saleFen(plan, 'c', '(p0 + i) % 4', 'd')} * (1 + floor(${randSql(plan, 'j * 4 + i', SALT.vegQuantity)} * 5)::int)
         FROM scale_veg_order, generate_series(0, lines - 1) i ORDER BY j, i`,
    );
    await db.step(
      'ledger: veg sales and refunds',
      `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, source_id, reverses_id, created_by, created_at)
       SELECT ${idSql('outletEntry', 'j * 2 + e')}, ${idSql('outlet', shop('c'))}, 'SALE', CASE WHEN e = 0 THEN total_fen ELSE -total_fen END,
              CASE WHEN e = 0 THEN at ELSE later END, CASE WHEN e = 0 THEN 'veg_order' ELSE 'veg_order_refund' END, ${idSql('vegOrder', 'j')},
              CASE WHEN e = 1 THEN ${idSql('outletEntry', 'j * 2')} END, CASE WHEN e = 0 THEN actor ELSE ${staff('c')} END, CASE WHEN e = 0 THEN at ELSE later END
         FROM scale_veg_order, generate_series(0, CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END) e
        ORDER BY j, e`,
    );
    // Meal cards: a third of those 60 and over, and one household head in thirty; birth dates verified before the window.
    await db.query(`CREATE TEMP TABLE scale_card ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY r) - 1 AS i, r.* FROM (${residentSql(plan)}) r
       WHERE (r.elderly AND ${randSql(plan, 'r.r', SALT.mealCard)} < 0.35) OR (r.r = (SELECT res_start FROM scale_household WHERE g = r.g) AND ${randSql(plan, 'r.r', SALT.mealCard)} < 0.033)`);
    await db.query('CREATE UNIQUE INDEX ON scale_card (i)');
    const [{ cards }] = await db.query<{ cards: number }>('SELECT count(*)::int AS cards FROM scale_card');
    const verified = `((date '${fromDay(plan)}' - 10)::timestamp AT TIME ZONE '${SCALE_ZONE}')`;
    await db.step(
      'meal cards',
      `INSERT INTO meal_card (id, outlet_id, card_no, resident_id, household_id, holder_name, birth_date, birth_date_verified_by, birth_date_verified_at,
                              created_by, created_at, updated_by, updated_at)
       SELECT ${idSql('mealCard', 'r + 1')}, ${idSql('outlet', canteen('c'))}, 'SC-' || c || '-' || (r + 1), id, household_id, ${residentNameSql('r')}, birth_date,
              ${staff('c')}, ${verified}, ${staff('c')}, ${verified}, ${staff('c')}, ${verified}
         FROM scale_card ORDER BY r`,
    );
    // Meals: each on a card drawn at random, priced by the diner's whole years on the meal date (meal-pricing.ts).
    const tiers = [...DEFAULT_MEAL_TIERS].sort((a, b) => b.minAge - a.minAge);
    const tier = `(CASE ${tiers.map((t) => `WHEN age >= ${t.minAge} THEN ${t.minAge}`).join(' ')} END)`;
    const price = `(CASE ${tiers.map((t) => `WHEN age >= ${t.minAge} THEN ${t.priceFen}`).join(' ')} END)`;
    await db.query(`CREATE TEMP TABLE scale_meal ON COMMIT DROP AS
      SELECT n, k.c, k.r, at, meal_date, extract(year FROM age(meal_date, k.birth_date))::int AS age
        FROM (SELECT n, ${spreadSql(plan, 'n', String(totals.meals))} AS at, floor(${randSql(plan, 'n', SALT.mealCardResident)} * ${cards})::int AS i
                FROM generate_series(1, ${totals.meals}) n ${FENCE}) x
        JOIN scale_card k USING (i), LATERAL (SELECT (at AT TIME ZONE '${SCALE_ZONE}')::date AS meal_date) d`);
    await db.step(
      'meals',
      `INSERT INTO meal (id, outlet_id, card_id, meal_date, age_years, tier_min_age, price_fen, paid_by, idempotency_key, created_by, created_at, updated_by, updated_at)
       SELECT ${idSql('meal', 'n')}, ${idSql('outlet', canteen('c'))}, ${idSql('mealCard', 'r + 1')}, meal_date, age, ${tier}, ${price}, 'DINER', 'scale-' || n,
              ${staff('c')}, at, ${staff('c')}, at
         FROM scale_meal ORDER BY n`,
    );
    await db.step(
      'ledger: meals',
      `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, source_id, created_by, created_at)
       SELECT ${idSql('outletEntry', `${MEAL_ENTRIES} + n`)}, ${idSql('outlet', canteen('c'))}, 'SALE', ${price}, at, 'meal', ${idSql('meal', 'n')}, ${staff('c')}, at
         FROM scale_meal WHERE ${price} > 0 ORDER BY n`,
    );
    await db.step(
      'ledger: purchases',
      `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, source_id, created_by, created_at)
       SELECT ${idSql('outletEntry', `${PURCHASE_ENTRIES} + row_number() OVER (ORDER BY id)`)}, outlet_id, 'COST_OF_GOODS', total_fen, created_at, 'veg_purchase', id,
              created_by, created_at
         FROM veg_purchase WHERE ${isScaleIdSql('outlet_id')}`,
    );
  });

  // 二八分成 for every outlet from the first month: 80 % to the enterprise, the property share all returned to the owners' fund.
  await db.query(`CREATE TEMP TABLE scale_outlet ON COMMIT DROP AS
    SELECT o, sc.c, sc.id AS compound_id, sc.committee_id, ${idSql('company', 'k.company')} AS company_id
      FROM scale_compound sc JOIN (${compoundCompaniesSql(plan)}) k ON k.c = sc.c AND k.slot = 0, LATERAL (VALUES (${shop('sc.c')}), (${canteen('sc.c')})) v(o)`);
  await db.step(
    'revenue-share agreements',
    `INSERT INTO revenue_share_agreement (id, outlet_id, enterprise_id, compound_id, property_company_id, committee_id, enterprise_bp, property_bp, rebate_bp,
                                          effective_from, created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('agreement', 'o')}, ${idSql('outlet', 'o')}, ${idSql('enterprise', enterprise('c'))}, compound_id, company_id, committee_id, 8000, 2000, 10000,
            '${months[0]}', ${staff('c')}, (date '${fromDay(plan)}' - 20)::timestamp AT TIME ZONE '${SCALE_ZONE}',
            ${staff('c')}, (date '${fromDay(plan)}' - 20)::timestamp AT TIME ZONE '${SCALE_ZONE}'
       FROM scale_outlet ORDER BY o`,
  );
  // Each outlet's months, summed from its ledger in local months, split to the fen (settlement-split.ts: with
  // weights 8000·10000, 0, 2000·10000 the leftover fen goes to the enterprise when its remainder is at least the rebate's).
  await db.query(
    `CREATE TEMP TABLE scale_settlement ON COMMIT DROP AS
    SELECT o.o * 100 + mi AS number, o.o, o.c, o.compound_id, o.committee_id, o.company_id, m.period, mi,
           coalesce(t.sales, 0) AS sales, coalesce(t.cost, 0) AS cost, coalesce(t.sales, 0) - coalesce(t.cost, 0) AS proceeds,
           ((date (m.period || '-01') + interval '1 month' + interval '10 hours')::timestamp AT TIME ZONE '${SCALE_ZONE}') AS settled_at
      FROM scale_outlet o CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS m(period, mi)
      LEFT JOIN (SELECT outlet_id, to_char(occurred_at AT TIME ZONE '${SCALE_ZONE}', 'YYYY-MM') AS period,
                        sum(amount_fen) FILTER (WHERE kind = 'SALE')::bigint AS sales,
                        sum(amount_fen) FILTER (WHERE kind = 'COST_OF_GOODS')::bigint AS cost
                   FROM outlet_entry GROUP BY 1, 2) t ON t.outlet_id = ${idSql('outlet', 'o.o')} AND t.period = m.period`,
    [months],
  );
  const enterpriseShare = `(CASE WHEN proceeds <= 0 THEN 0 ELSE proceeds * 8 / 10 + CASE WHEN (proceeds * 8) % 10 > 0 AND (proceeds * 8) % 10 >= (proceeds * 2) % 10 THEN 1 ELSE 0 END END)`;
  await db.step(
    'settlements',
    `INSERT INTO settlement (id, outlet_id, agreement_id, enterprise_id, compound_id, property_company_id, committee_id, period, sales_fen, cost_of_goods_fen,
                             proceeds_fen, enterprise_bp, property_bp, rebate_bp, enterprise_fen, property_kept_fen, committee_rebate_fen, note, idempotency_key,
                             created_by, created_at, updated_by, updated_at)
     SELECT ${idSql('settlement', 'number')}, ${idSql('outlet', 'o')}, ${idSql('agreement', 'o')}, ${idSql('enterprise', enterprise('c'))}, compound_id, company_id,
            committee_id, period, sales, cost, proceeds, 8000, 2000, 10000, ${enterpriseShare}, 0, greatest(proceeds, 0) - ${enterpriseShare},
            CASE WHEN proceeds = 0 THEN 'No proceeds in this period: nothing to split'
                 WHEN proceeds < 0 THEN 'The period made a loss of ' || (-proceeds) || ' fen: nothing to split' END,
            'scale-' || o || '-' || period, ${staff('c')}, settled_at, ${staff('c')}, settled_at
       FROM scale_settlement ORDER BY number`,
  );
  const rebate = `'{"amountFen":' || ${jsonTextSql('(greatest(proceeds, 0) - ' + enterpriseShare + ')::text')} || ',"committeeId":' || ${jsonTextSql('committee_id::text')}
    || ',"compoundId":' || ${jsonTextSql('compound_id::text')} || ',"period":' || ${jsonTextSql('period')} || ',"settlementId":' || ${jsonTextSql(`${idSql('settlement', 'number')}::text`)} || '}'`;
  await db.step(
    'settlement rebates (outbox)',
    `INSERT INTO handover_outbox (id, topic, record_id, payload, status, attempts, next_attempt_at, result, created_by, created_at, delivered_at)
     SELECT ${idSql('rebateOutbox', 'number')}, '${SETTLEMENT_REBATE_TOPIC}', ${idSql('settlement', 'number')}::text, (${rebate})::jsonb, 'DELIVERED', 1, settled_at,
            jsonb_build_object('fundEntryId', ${idSql('fundEntry', 'number')}::text), ${staff('c')}, settled_at, settled_at + interval '5 seconds'
       FROM scale_settlement WHERE proceeds - ${enterpriseShare} > 0 ORDER BY number`,
  );
  const rows = await db.query<{
    id: string;
    number: string;
    committee_id: string;
    compound_id: string;
    c: number;
    amount: string;
    period: string;
    settled_at: Date;
  }>(
    `SELECT ${idSql('settlement', 'number')}::text AS id, number::text, committee_id::text, compound_id::text, c, (proceeds - ${enterpriseShare})::text AS amount,
            period, settled_at
       FROM scale_settlement WHERE proceeds - ${enterpriseShare} > 0 ORDER BY number`,
  );
  return rows.map((r) => ({
    settlementId: r.id,
    number: Number(r.number),
    committeeId: r.committee_id,
    compoundId: r.compound_id,
    c: r.c,
    amountFen: r.amount,
    period: r.period,
    settledAt: r.settled_at,
  }));
}
