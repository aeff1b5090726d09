import type { DataSource } from 'typeorm';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import { DEFAULT_SCALE_UNTIL, scaleId, scaleTotals } from '../../shared/demo/scale-plan';
import { generateScale, RefusedError } from '../../scripts/demo-scale';
import { splitProceeds } from '../../subgraphs/enterprise/settlement/settlement-split';
import { ageOn, DEFAULT_MEAL_TIERS, tierFor } from '../../subgraphs/enterprise/canteen/meal-pricing';
import { startStack, type Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';
import { graphql } from '../typed';

const DemoScaleDashboard = graphql(`
  query DemoScaleDashboard {
    compounds(first: 20) {
      totalCount
      edges {
        node {
          name
          buildings {
            number
          }
          ownersCommittee {
            name
          }
          serviceContracts {
            company {
              name
            }
          }
          outlets {
            kind
          }
        }
      }
    }
  }
`);

const DemoScaleFigures = graphql(`
  query DemoScaleFigures($p: DateRange!) {
    partyStatsByCompound(period: $p, first: 100) {
      edges {
        node {
          reports
          byPath {
            key
            count
          }
        }
      }
    }
    workOrderStats(period: $p) {
      total
      byCategory {
        count
      }
    }
    fundFlowReport(period: $p) {
      source
      entries
    }
  }
`);

const DemoScaleMyReports = graphql(`
  query DemoScaleMyReports {
    myIssueReports(first: 20) {
      totalCount
      edges {
        node {
          reportedAt
        }
      }
    }
  }
`);

const DemoScaleOpenReports = graphql(`
  query DemoScaleOpenReports($c: ID!) {
    issueReports(compoundId: $c, statuses: [SUBMITTED, RESPONDED, ESCALATED, REOPENED], first: 20) {
      totalCount
    }
  }
`);

/**
 * `npm run demo:scale` at two compounds: the counts the plan promises, ids that agree
 * across the four databases, the business rules the services would have kept, and the
 * graph answering over it through the gateway. No timing here (bench/scale.bench.ts).
 */
const COMPOUNDS = 2;
const totals = scaleTotals(COMPOUNDS);
let stack: Stack;
let db: Record<SubgraphName, DataSource>;
const rows = <T = Record<string, number>>(name: SubgraphName, sql: string, params: unknown[] = []): Promise<T[]> =>
  db[name].query(sql, params);
const one = async <T = Record<string, number>>(name: SubgraphName, sql: string, params: unknown[] = []) =>
  (await rows<T>(name, sql, params))[0];
const urls = () =>
  Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, (stack.dataSources[n].options as { url: string }).url])) as Record<SubgraphName, string>;

beforeAll(async () => {
  stack = await startStack();
  db = stack.dataSources;
  await generateScale(urls(), { compounds: COMPOUNDS, seed: 1, until: DEFAULT_SCALE_UNTIL, force: false, log: () => undefined });
}, 120_000);
afterAll(() => stack?.stop());

const count = async (name: SubgraphName, table: string) => Number((await one(name, `SELECT count(*)::int AS n FROM ${table}`)).n);

describe('npm run demo:scale at two compounds', () => {
  it('writes the counts the plan gives per compound, over two years, 30 % of residents 60 or older', async () => {
    expect(await count('party', 'compound')).toBe(totals.compounds);
    expect(await count('party', 'household')).toBe(totals.households);
    expect(await count('party', 'resident')).toBe(totals.residents);
    expect(await count('party', 'issue_report')).toBe(totals.reports);
    expect(await count('property', 'work_order')).toBe(totals.workOrders);
    expect(await count('enterprise', 'meal')).toBe(totals.meals);
    expect(await count('enterprise', 'veg_order')).toBe(totals.vegOrders);
    expect(await count('committee', 'fund_entry')).toBe(totals.fundEntries);
    const ages = await one(
      'party',
      `SELECT avg((birth_date <= date '${DEFAULT_SCALE_UNTIL}' - interval '60 years')::int)::float8 AS elderly FROM resident`,
    );
    expect(ages.elderly).toBeGreaterThan(0.27);
    expect(ages.elderly).toBeLessThan(0.33);
    const span = await one<{ lo: Date; hi: Date; working: number }>(
      'party',
      `SELECT min(reported_at) AS lo, max(reported_at) AS hi,
              avg((extract(hour FROM reported_at AT TIME ZONE 'Asia/Shanghai') BETWEEN 8 AND 17)::int)::float8 AS working FROM issue_report`,
    );
    expect(span.lo.getTime()).toBeGreaterThanOrEqual(Date.parse('2024-11-30T16:00:00Z'));
    expect(span.hi.getTime()).toBeLessThan(Date.parse('2026-11-30T16:00:00Z'));
    expect(span.working).toBeGreaterThan(0.73);
    expect(span.working).toBeLessThan(0.77);
    const companies = await rows('property', `SELECT count(*)::int AS n FROM service_contract GROUP BY compound_id`);
    expect(companies).toHaveLength(COMPOUNDS);
    for (const c of companies) expect([1, 2, 3]).toContain(c.n);
  });

  it("keeps every other stakeholder's compound, building and resident ids party's", async () => {
    const compounds = (await rows('party', 'SELECT id FROM compound ORDER BY id')).map((r) => r.id);
    expect(compounds).toEqual([scaleId('compound', 1), scaleId('compound', 2)]);
    for (const [name, sql] of [
      ['committee', 'SELECT DISTINCT compound_id AS id FROM owners_committee'],
      ['committee', 'SELECT DISTINCT compound_id AS id FROM fund_entry'],
      ['property', 'SELECT DISTINCT compound_id AS id FROM service_contract'],
      ['property', 'SELECT DISTINCT compound_id AS id FROM work_order'],
      ['enterprise', 'SELECT DISTINCT compound_id AS id FROM outlet'],
      ['enterprise', 'SELECT DISTINCT compound_id AS id FROM settlement'],
    ] as [SubgraphName, string][])
      expect((await rows(name, sql)).map((r) => r.id).sort()).toEqual(compounds);
    // Buildings: each zone and each order's building is one of party's, in the same compound.
    const buildings = new Map((await rows('party', 'SELECT id, compound_id FROM building')).map((b) => [b.id, b.compound_id]));
    for (const z of await rows('property', 'SELECT DISTINCT building_id, compound_id FROM work_order WHERE building_id IS NOT NULL'))
      expect(buildings.get(z.building_id)).toBe(z.compound_id);
    // Every building and area of a compound has exactly one company.
    const zones = await one(
      'property',
      'SELECT count(*)::int AS n, count(DISTINCT (compound_id, zone_key))::int AS keys FROM contract_zone',
    );
    expect(zones.n).toBe(zones.keys);
    expect(zones.n).toBe(buildings.size + 4 * COMPOUNDS);
    // Residents: requesters, buyers and diners are party's residents, with party's name and birth date on the card.
    const residents = new Map((await rows('party', 'SELECT id, compound_id, name, birth_date FROM resident')).map((r) => [r.id, r]));
    for (const o of await rows('property', 'SELECT DISTINCT resident_id, compound_id FROM work_order WHERE resident_id IS NOT NULL'))
      expect(residents.get(o.resident_id)?.compound_id).toBe(o.compound_id);
    for (const o of await rows('enterprise', 'SELECT DISTINCT resident_id FROM veg_order WHERE resident_id IS NOT NULL'))
      expect(residents.has(o.resident_id)).toBe(true);
    for (const card of await rows('enterprise', 'SELECT resident_id, holder_name, birth_date FROM meal_card')) {
      const r = residents.get(card.resident_id)!;
      expect([card.holder_name, card.birth_date]).toEqual([r.name, r.birth_date]);
    }
    // Reports handed to property: one work order each, both sides naming the other.
    type Handed = { id: string; work_order_id: string; status: string };
    const handed = await rows<Handed>(
      'party',
      'SELECT id, work_order_id, status FROM issue_report WHERE work_order_id IS NOT NULL ORDER BY id',
    );
    const fromReports = await rows<Handed>(
      'property',
      'SELECT source_report_id AS id, id AS work_order_id, status FROM work_order WHERE source_report_id IS NOT NULL ORDER BY 1',
    );
    expect(handed.length).toBeGreaterThan(0);
    expect(fromReports.map((o) => [o.id, o.work_order_id])).toEqual(handed.map((r) => [r.id, r.work_order_id]));
    handed.forEach((r, i) => expect(r.status === 'HANDED_TO_PROPERTY').toBe(fromReports[i].status !== 'RESOLVED'));
    expect(await count('party', `handover_outbox WHERE status = 'DELIVERED'`)).toBe(handed.length);
    expect(await count('property', 'handover_inbox')).toBe(handed.length);
    expect(await count('party', 'handover_inbox')).toBe(await count('property', 'handover_outbox'));
  });

  it('tells each report and order by its timeline, and every balance and split adds up', async () => {
    // A report's entries run from REPORTED at its filing to its last change.
    const reports = await one(
      'party',
      `SELECT count(*) FILTER (WHERE first.kind <> 'REPORTED' OR first.at <> r.reported_at OR last.at <> r.updated_at)::int AS bad,
              count(*) FILTER (WHERE r.status = 'CLOSED' AND r.satisfaction IS NULL)::int AS unconfirmed
         FROM issue_report r
         JOIN LATERAL (SELECT kind, at FROM issue_report_entry e WHERE e.report_id = r.id ORDER BY seq LIMIT 1) first ON true
         JOIN LATERAL (SELECT at FROM issue_report_entry e WHERE e.report_id = r.id ORDER BY seq DESC LIMIT 1) last ON true`,
    );
    expect(reports).toEqual({ bad: 0, unconfirmed: 0 });
    // An order's events chain from SUBMITTED to its status, each step from the last one's status.
    const orders = await one(
      'property',
      `SELECT count(*) FILTER (WHERE NOT ok)::int AS bad FROM (
         SELECT o.id, bool_and(e.from_status IS NOT DISTINCT FROM e.prev) AND (array_agg(e.to_status ORDER BY e.id DESC))[1] = o.status AS ok
           FROM work_order o JOIN (SELECT *, lag(to_status) OVER (PARTITION BY work_order_id ORDER BY id) AS prev FROM work_order_event) e ON e.work_order_id = o.id
          GROUP BY o.id, o.status) x`,
    );
    expect(orders.bad).toBe(0);
    // Veg orders: lines at the day's price; meals at the diner's age tier on the meal date.
    const veg = await one(
      'enterprise',
      `SELECT count(*)::int AS bad FROM veg_order o JOIN (SELECT order_id, sum(line_fen) AS s FROM veg_order_line GROUP BY 1) l ON l.order_id = o.id
        WHERE l.s <> o.total_fen`,
    );
    expect(veg.bad).toBe(0);
    for (const m of await rows<{ day: string; birth: string; age_years: number; price_fen: string }>(
      'enterprise',
      `SELECT to_char(m.meal_date, 'YYYY-MM-DD') AS day, to_char(c.birth_date, 'YYYY-MM-DD') AS birth, m.age_years, m.price_fen
         FROM meal m JOIN meal_card c ON c.id = m.card_id WHERE m.id::text LIKE '%0' LIMIT 2000`,
    )) {
      const age = ageOn(m.birth, m.day);
      expect([m.age_years, BigInt(m.price_fen)]).toEqual([age, tierFor(DEFAULT_MEAL_TIERS, age).priceFen]);
    }
    // Settlements: the ledger's local month, split as the service splits it; rebates are the fund's entries.
    const settlements = await rows(
      'enterprise',
      `SELECT s.id, s.sales_fen, s.cost_of_goods_fen, s.enterprise_fen, s.property_kept_fen, s.committee_rebate_fen,
              coalesce(sum(e.amount_fen) FILTER (WHERE e.kind = 'SALE'), 0) AS sales, coalesce(sum(e.amount_fen) FILTER (WHERE e.kind = 'COST_OF_GOODS'), 0) AS cost
         FROM settlement s LEFT JOIN outlet_entry e ON e.outlet_id = s.outlet_id AND to_char(e.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = s.period
        GROUP BY s.id`,
    );
    expect(settlements).toHaveLength(2 * 24 * COMPOUNDS);
    for (const s of settlements) {
      expect([s.sales_fen, s.cost_of_goods_fen]).toEqual([String(s.sales), String(s.cost)]);
      const { parts } = splitProceeds(BigInt(s.sales_fen) - BigInt(s.cost_of_goods_fen), {
        enterpriseBp: 8000,
        propertyBp: 2000,
        rebateBpOfProperty: 10000,
      });
      expect([s.enterprise_fen, s.property_kept_fen, s.committee_rebate_fen]).toEqual(
        [parts.enterprise, parts.propertyKept, parts.committeeRebate].map(String),
      );
    }
    const rebates = settlements.filter((s) => BigInt(s.committee_rebate_fen) > 0n).map((s) => [s.id, s.committee_rebate_fen]);
    const entries = await rows('committee', `SELECT settlement_id, amount_fen FROM fund_entry WHERE source = 'SETTLEMENT_REBATE'`);
    expect(entries.map((e) => [e.settlement_id, e.amount_fen]).sort()).toEqual(rebates.sort());
    // The fund: every posted balance the running sum, never negative, the account its last.
    const fund = await one(
      'committee',
      `SELECT count(*) FILTER (WHERE balance_after_fen <> running OR balance_after_fen < 0)::int AS bad FROM (
         SELECT balance_after_fen, sum(CASE WHEN direction = 'INCOME' THEN amount_fen ELSE -amount_fen END) OVER (PARTITION BY compound_id ORDER BY seq) AS running
           FROM fund_entry WHERE status = 'POSTED') x`,
    );
    expect(fund.bad).toBe(0);
    const accounts = await one(
      'committee',
      `SELECT count(*) FILTER (WHERE a.balance_fen <> (SELECT balance_after_fen FROM fund_entry e WHERE e.compound_id = a.compound_id AND e.status = 'POSTED' ORDER BY seq DESC LIMIT 1))::int AS bad
         FROM fund_account a`,
    );
    expect(accounts.bad).toBe(0);
  });

  it('answers a dashboard, the figures and the lists over it through the gateway', async () => {
    const analyst = await tokenFor('analyst');
    const dashboard = await stack.query(DemoScaleDashboard, {}, analyst);
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data!.compounds.totalCount).toBe(COMPOUNDS);
    for (const { node } of dashboard.data!.compounds.edges) {
      expect(node.buildings?.length).toBeGreaterThan(0);
      expect(node.ownersCommittee?.name).toMatch(/^Owners' Committee of Scale Compound/);
      expect(node.serviceContracts?.length).toBeGreaterThanOrEqual(1);
      expect(node.outlets?.map((o) => o.kind).sort()).toEqual(['CANTEEN', 'VEG_SHOP']);
    }
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const figures = await stack.query(DemoScaleFigures, { p: period }, analyst);
    expect(figures.errors).toBeUndefined();
    const reports = await one(
      'party',
      `SELECT count(*)::int AS n FROM issue_report WHERE reported_at >= '2026-10-31T16:00:00Z' AND reported_at < '2026-11-30T16:00:00Z'`,
    );
    expect(figures.data!.partyStatsByCompound.edges.reduce((a, e) => a + e.node.reports, 0)).toBe(reports.n);
    expect(figures.data!.workOrderStats.byCategory.reduce((a, c) => a + c.count, 0)).toBe(figures.data!.workOrderStats.total);
    expect(figures.data!.fundFlowReport.length).toBeGreaterThan(0);
    const reporter = await one<{ reporter_id: string; reporter_resident_id: string; compound_id: string }>(
      'party',
      `SELECT reporter_id, reporter_resident_id, compound_id FROM issue_report WHERE source = 'RESIDENT' ORDER BY seq LIMIT 1`,
    );
    const mine = await stack.query(
      DemoScaleMyReports,
      {},
      await tokenFor(
        'resident',
        { compoundId: reporter.compound_id },
        { sub: reporter.reporter_id, residentId: reporter.reporter_resident_id },
      ),
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myIssueReports.totalCount).toBe(
      Number((await one('party', 'SELECT count(*)::int AS n FROM issue_report WHERE reporter_id = $1', [reporter.reporter_id])).n),
    );
    const open = await stack.query(
      DemoScaleOpenReports,
      { c: scaleId('compound', 1) },
      await tokenFor('grid_worker', { compoundId: scaleId('compound', 1) }, { sub: 'scale:grid:1' }),
    );
    expect(open.errors).toBeUndefined();
    const expected = await one(
      'party',
      `SELECT count(*)::int AS n FROM issue_report WHERE compound_id = $1 AND status IN ('SUBMITTED', 'RESPONDED', 'ESCALATED', 'REOPENED')`,
      [scaleId('compound', 1)],
    );
    expect(open.data!.issueReports.totalCount).toBe(expected.n);
    expect(expected.n).toBeGreaterThan(0);
  });
  it('replaces its own district on a second run and refuses other data', async () => {
    await expect(
      generateScale(urls(), { compounds: 1, seed: 2, until: DEFAULT_SCALE_UNTIL, force: false, log: () => undefined }),
    ).resolves.toBeUndefined();
    expect(await count('party', 'compound')).toBe(1);
    await db.party.query(
      `INSERT INTO street (id, name, city, created_by, created_at, updated_by, updated_at) VALUES (gen_random_uuid(), 'x', 'y', 't', now(), 't', now())`,
    );
    await db.party.query(
      `INSERT INTO compound (id, community_id, name, created_by, created_at, updated_by, updated_at) SELECT gen_random_uuid(), id, 'Not scale', 't', now(), 't', now() FROM community LIMIT 1`,
    );
    await expect(
      generateScale(urls(), { compounds: COMPOUNDS, seed: 1, until: DEFAULT_SCALE_UNTIL, force: false, log: () => undefined }),
    ).rejects.toThrow(RefusedError);
    expect(await count('party', 'compound')).toBe(2); // the district's one and the other: nothing written
    await generateScale(urls(), { compounds: 1, seed: 1, until: DEFAULT_SCALE_UNTIL, force: true, log: () => undefined });
    expect(await count('party', 'compound')).toBe(1);
    expect(Number((await one('enterprise', 'SELECT count(*)::int AS n FROM meal_price_tier WHERE outlet_id IS NULL')).n)).toBe(
      DEFAULT_MEAL_TIERS.length,
    );
  }, 60_000);
});
