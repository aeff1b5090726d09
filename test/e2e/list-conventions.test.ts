import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type ObjectTypeDefinitionNode } from 'graphql';
import { repoRoot } from '../../shared/schema/compose';
import { codeOf, startStack, type GraphQLResult, type Stack } from '../support/stack';
import { TEST_START } from '../support/test-clock';
import { tokenFor } from '../support/tokens';
import { writeListRows, type ListRows } from './list-conventions/rows';

/**
 * The list conventions (README, "List conventions") through the gateway, on one stack:
 * every order of the main lists both ways, paged forwards and backwards to the same
 * rows; the filters together; the deprecated period and status arguments answering as
 * the new forms do; bad periods and cursors refused with their field; and a filtered,
 * ordered nested list read at the same number of statements for one compound or three.
 */

type Direction = 'ASC' | 'DESC';
type SortValue = string | number;
interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: PageInfo;
}

const NOW = Date.parse(TEST_START);
const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const PAGE_VARS = '$first: Int, $after: String, $last: Int, $before: String';
const PAGE_ARGS = 'first: $first, after: $after, last: $last, before: $before';
/** The local day (Asia/Shanghai) of an instant. */
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const iso = (at: Date) => at.toISOString();
const RANK: Record<string, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
const OPEN = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'];

/** Ids in the order the sort values say, the id breaking ties, all in one direction (what every list promises). */
function sortedIds<T extends { id: string }>(rows: T[], key: (row: T) => SortValue[], direction: Direction): string[] {
  const compare = (a: SortValue[], b: SortValue[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  };
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (compare(key(a), key(b)) || compare([a.id], [b.id]))).map((r) => r.id);
}

describe('one set of list conventions, through the gateway', () => {
  let stack: Stack;
  let rows: ListRows;
  let analyst: string;
  let admin: string;
  let grid: string;

  beforeAll(async () => {
    stack = await startStack();
    rows = await writeListRows(stack);
    [analyst, admin, grid] = await Promise.all([
      tokenFor('analyst'),
      tokenFor('admin'),
      tokenFor('grid_worker', { compoundId: rows.compounds[0].id }),
    ]);
  });
  afterAll(() => stack.stop());

  async function ok<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const result = await stack.query(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  const refusal = (result: GraphQLResult) => ({ code: codeOf(result), field: result.errors?.[0]?.extensions?.field });

  /** One list as the tests page it: its query (with the page variables and `$orderBy`) and where its connection sits. */
  interface ListCase {
    name: string;
    token: () => string;
    query: (orderType: string) => string;
    variables: () => Record<string, unknown>;
    pick: (data: any) => Page;
  }

  const lists: Record<
    string,
    ListCase & { orderType: string; orders: Record<string, (id: string) => SortValue[]>; all: () => { id: string }[] }
  > = {
    reports: {
      name: 'issueReports',
      orderType: 'IssueReportOrder',
      token: () => grid,
      query: (t) =>
        `query($c: ID!, ${PAGE_VARS}, $orderBy: ${t}) { issueReports(compoundId: $c, ${PAGE_ARGS}, orderBy: $orderBy) { ${PAGE} } }`,
      variables: () => ({ c: rows.compounds[0].id }),
      pick: (d) => d.issueReports,
      all: () => rows.reports.filter((r) => r.compoundId === rows.compounds[0].id),
      orders: {
        REPORTED_AT: (id) => [iso(rows.reports.find((r) => r.id === id)!.reportedAt)],
        UPDATED_AT: (id) => [iso(rows.reports.find((r) => r.id === id)!.updatedAt)],
      },
    },
    workOrders: {
      name: 'workOrders',
      orderType: 'WorkOrderOrder',
      token: () => analyst,
      query: (t) =>
        `query($co: ID!, ${PAGE_VARS}, $orderBy: ${t}) { workOrders(companyId: $co, ${PAGE_ARGS}, orderBy: $orderBy) { ${PAGE} } }`,
      variables: () => ({ co: rows.compounds[0].companyId }),
      pick: (d) => d.workOrders,
      all: () => rows.workOrders.filter((w) => w.companyId === rows.compounds[0].companyId),
      orders: {
        SUBMITTED_AT: (id) => [iso(rows.workOrders.find((w) => w.id === id)!.submittedAt)],
        SLA_DEADLINE: (id) => [iso(rows.workOrders.find((w) => w.id === id)!.slaDeadline)],
        PRIORITY: (id) => {
          const w = rows.workOrders.find((o) => o.id === id)!;
          return [RANK[w.priority], iso(w.submittedAt)];
        },
      },
    },
    residents: {
      name: 'Compound.residents',
      orderType: 'ResidentOrder',
      token: () => grid,
      query: (t) =>
        `query($c: ID!, ${PAGE_VARS}, $orderBy: ${t}) { compound(id: $c) { residents(${PAGE_ARGS}, orderBy: $orderBy) { ${PAGE} } } }`,
      variables: () => ({ c: rows.compounds[0].id }),
      pick: (d) => d.compound.residents,
      all: () => rows.residents.filter((r) => r.compoundId === rows.compounds[0].id),
      orders: {
        NAME: (id) => [rows.residents.find((r) => r.id === id)!.name ?? ''],
        REGISTERED_AT: (id) => [iso(rows.residents.find((r) => r.id === id)!.createdAt)],
      },
    },
    fundEntries: {
      name: 'PublicFund.entries',
      orderType: 'FundEntryOrder',
      token: () => analyst,
      query: (t) =>
        `query($c: ID!, ${PAGE_VARS}, $orderBy: ${t}) { publicFund(compoundId: $c) { entries(${PAGE_ARGS}, orderBy: $orderBy) { ${PAGE} } } }`,
      variables: () => ({ c: rows.compounds[0].id }),
      pick: (d) => d.publicFund.entries,
      all: () => rows.fundEntries.filter((e) => e.compoundId === rows.compounds[0].id),
      orders: {
        LEDGER: (id) => [rows.fundEntries.find((e) => e.id === id)!.seq],
        SUBMITTED_AT: (id) => [iso(rows.fundEntries.find((e) => e.id === id)!.submittedAt)],
        AMOUNT: (id) => [rows.fundEntries.find((e) => e.id === id)!.amount],
      },
    },
    settlements: {
      name: 'settlements',
      orderType: 'SettlementOrder',
      token: () => analyst,
      query: (t) =>
        `query($o: ID!, ${PAGE_VARS}, $orderBy: ${t}) { settlements(outletId: $o, ${PAGE_ARGS}, orderBy: $orderBy) { ${PAGE} } }`,
      variables: () => ({ o: rows.outlets[0] }),
      pick: (d) => d.settlements,
      all: () => rows.settlements.filter((s) => s.outletId === rows.outlets[0]),
      orders: {
        PERIOD: (id) => [rows.settlements.find((s) => s.id === id)!.period],
        SETTLED_AT: (id) => [iso(rows.settlements.find((s) => s.id === id)!.createdAt)],
        PROCEEDS: (id) => [rows.settlements.find((s) => s.id === id)!.proceeds],
      },
    },
    meals: {
      name: 'meals',
      orderType: 'MealOrder',
      token: () => analyst,
      query: (t) => `query($o: ID!, ${PAGE_VARS}, $orderBy: ${t}) { meals(outletId: $o, ${PAGE_ARGS}, orderBy: $orderBy) { ${PAGE} } }`,
      variables: () => ({ o: rows.canteenId }),
      pick: (d) => d.meals,
      all: () => rows.meals,
      orders: {
        SERVED_AT: (id) => [iso(rows.meals.find((m) => m.id === id)!.createdAt)],
        MEAL_DATE: (id) => [rows.meals.find((m) => m.id === id)!.mealDate],
      },
    },
  };

  /**
   * Every page of a list, `size` at a time: forwards from the start with `first`/`after`,
   * or backwards from the end with `last`/`before`, checking each page's flags and total.
   */
  async function walk(list: ListCase, orderBy: unknown, size: number, backward: boolean, total: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; ; n++) {
      const page: Page = list.pick(
        await ok(
          list.query((list as { orderType?: string }).orderType ?? ''),
          { ...list.variables(), orderBy, ...(backward ? { last: size, before: cursor } : { first: size, after: cursor }) },
          list.token(),
        ),
      );
      expect(page.totalCount).toBe(total);
      const got = page.edges.map((e) => e.node.id);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
      if (backward) {
        ids.unshift(...got);
        expect(page.pageInfo.hasNextPage).toBe(n > 0);
        if (!page.pageInfo.hasPreviousPage) return ids;
        cursor = page.pageInfo.startCursor;
      } else {
        ids.push(...got);
        expect(page.pageInfo.hasPreviousPage).toBe(n > 0);
        if (!page.pageInfo.hasNextPage) return ids;
        cursor = page.pageInfo.endCursor;
      }
      expect(got).toHaveLength(size);
      expect(n).toBeLessThan(total);
    }
  }

  describe.each(Object.keys(lists))('%s', (key) => {
    it.each(['ASC', 'DESC'] as Direction[])(
      'pages every order %s forwards and backwards through the same rows, ties broken by id',
      async (direction) => {
        const list = lists[key];
        const all = list.all();
        expect(all.length).toBeGreaterThan(8);
        for (const [field, sortValues] of Object.entries(list.orders)) {
          const expected = sortedIds(all, (r) => sortValues(r.id), direction);
          // Sort values tie (but in the ledger and the settlement months, unique by nature), so the id's part is tested too.
          if (!['LEDGER', 'PERIOD'].includes(field))
            expect(new Set(all.map((r) => JSON.stringify(sortValues(r.id)))).size).toBeLessThan(all.length);
          const orderBy = { field, direction };
          expect(await walk(list, orderBy, 4, false, all.length)).toEqual(expected);
          expect(await walk(list, orderBy, 4, true, all.length)).toEqual(expected);
          expect(await walk(list, orderBy, 3, true, all.length)).toEqual(expected);
        }
      },
    );
  });

  it('keeps each list’s order without orderBy, paged both ways: filing order, oldest first, by id, ledger, period, served', async () => {
    const defaults: Record<string, (id: string) => SortValue[]> = {
      reports: (id) => [rows.reports.find((r) => r.id === id)!.seq],
      workOrders: lists.workOrders.orders.SUBMITTED_AT,
      residents: () => [],
      fundEntries: lists.fundEntries.orders.LEDGER,
      settlements: lists.settlements.orders.PERIOD,
      meals: lists.meals.orders.SERVED_AT,
    };
    for (const [key, sortValues] of Object.entries(defaults)) {
      const list = lists[key];
      const expected = sortedIds(list.all(), (r) => sortValues(r.id), 'ASC');
      expect(await walk(list, null, 5, false, expected.length)).toEqual(expected);
      expect(await walk(list, null, 5, true, expected.length)).toEqual(expected);
    }
  });

  it('lists every property company by name for anyone signed in, both ways, and nobody else', async () => {
    const list: ListCase = {
      name: 'propertyCompanies',
      token: () => grid,
      query: () => `query(${PAGE_VARS}) { propertyCompanies(${PAGE_ARGS}) { ${PAGE} } }`,
      variables: () => ({}),
      pick: (d) => d.propertyCompanies,
    };
    const expected = sortedIds(rows.companies, (c) => [c.name], 'ASC');
    expect(await walk(list, undefined, 2, false, rows.companies.length)).toEqual(expected);
    expect(await walk(list, undefined, 4, true, rows.companies.length)).toEqual(expected);
    const names = await ok(`{ propertyCompanies(first: 10) { edges { node { name } } } }`, {}, await tokenFor('resident'));
    expect(names.propertyCompanies.edges.map((e: any) => e.node.name)).toEqual(
      expected.map((id) => rows.companies.find((c) => c.id === id)!.name),
    );
    expect(codeOf(await stack.query(`{ propertyCompanies(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
  });

  it('answers "open work orders past SLA for company X" in one query, and every filter together', async () => {
    const company = rows.compounds[0].companyId;
    const open = await ok(
      `query($co: ID!) { workOrders(companyId: $co, overdue: true, orderBy: { field: SLA_DEADLINE }, first: 100) { totalCount edges { node { id status overdue } } } }`,
      { co: company },
      analyst,
    );
    const pastSla = rows.workOrders.filter((w) => w.companyId === company && OPEN.includes(w.status) && w.slaDeadline.getTime() < NOW);
    expect(pastSla.length).toBeGreaterThan(2);
    expect(open.workOrders.totalCount).toBe(pastSla.length);
    expect(open.workOrders.edges.map((e: any) => e.node.id)).toEqual(sortedIds(pastSla, (w) => [iso(w.slaDeadline)], 'ASC'));
    expect(open.workOrders.edges.every((e: any) => e.node.overdue && OPEN.includes(e.node.status))).toBe(true);

    const all = await ok(
      `query($co: ID!, $c: ID!) { workOrders(companyId: $co, compoundId: $c, statuses: [SUBMITTED, ACCEPTED, RESOLVED, CONFIRMED], priorities: [NORMAL, LOW],
         overdue: false, period: { from: "2026-10-01", to: "2026-11-21" }, orderBy: { field: PRIORITY, direction: DESC }, first: 100) { totalCount edges { node { id } } } }`,
      { co: company, c: rows.compounds[0].id },
      analyst,
    );
    const matching = rows.workOrders.filter(
      (w) =>
        w.companyId === company &&
        ['SUBMITTED', 'ACCEPTED', 'RESOLVED', 'CONFIRMED'].includes(w.status) &&
        ['NORMAL', 'LOW'].includes(w.priority) &&
        !(OPEN.includes(w.status) && w.slaDeadline.getTime() < NOW) &&
        shanghaiDay(w.submittedAt) >= '2026-10-01' &&
        shanghaiDay(w.submittedAt) <= '2026-11-21',
    );
    expect(matching.length).toBeGreaterThan(1);
    expect(all.workOrders.edges.map((e: any) => e.node.id)).toEqual(
      sortedIds(matching, (w) => [RANK[w.priority], iso(w.submittedAt)], 'DESC'),
    );
    expect(all.workOrders.totalCount).toBe(matching.length);
  });

  it("filters reports by status set, local days in the compound's zone and the 10-minute promise, together", async () => {
    const compound = rows.compounds[0].id;
    const mine = rows.reports.filter((r) => r.compoundId === compound);
    const ask = (args: string) =>
      ok(
        `query($c: ID!) { issueReports(compoundId: $c, ${args}, first: 100) { totalCount edges { node { id } } } }`,
        { c: compound },
        grid,
      );
    // 31 October 16:30 UTC is 1 November in Shanghai: November holds that report alone.
    const november = await ask(`period: { from: "2026-11-01", to: "2026-11-30" }`);
    const inNovember = mine.filter((r) => shanghaiDay(r.reportedAt) >= '2026-11-01');
    expect(inNovember).toHaveLength(1);
    expect(november.issueReports.edges.map((e: any) => e.node.id)).toEqual(inNovember.map((r) => r.id));

    const together = await ask(`statuses: [SUBMITTED, RESOLVED], overdue: true, period: { from: "2026-10-04", to: "2026-10-31" }`);
    const expected = mine.filter(
      (r) =>
        ['SUBMITTED', 'RESOLVED'].includes(r.status) &&
        !r.respondedAt &&
        r.reportedAt.getTime() < NOW - 600_000 &&
        shanghaiDay(r.reportedAt) >= '2026-10-04' &&
        shanghaiDay(r.reportedAt) <= '2026-10-31',
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(together.issueReports.edges.map((e: any) => e.node.id)).toEqual(sortedIds(expected, (r) => [r.seq], 'ASC'));
    expect(together.issueReports.totalCount).toBe(expected.length);
    const answered = await ask(`overdue: false`);
    expect(answered.issueReports.totalCount).toBe(mine.filter((r) => r.respondedAt).length);
  });

  it('filters the nested and other main lists, and takes their orders with the filters', async () => {
    const c = rows.compounds[0].id;
    const elderly = await ok(
      `query($c: ID!) { compound(id: $c) { residents(elderlyLivingAlone: true, orderBy: { field: NAME, direction: DESC }, first: 100) { totalCount edges { node { id } } } } }`,
      { c },
      grid,
    );
    const old = rows.residents.filter((r) => r.compoundId === c && r.elderly);
    expect(elderly.compound.residents.edges.map((e: any) => e.node.id)).toEqual(sortedIds(old, (r) => [r.name ?? ''], 'DESC'));

    const posted = await ok(
      `query($c: ID!) { publicFund(compoundId: $c) { entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 100) { totalCount edges { node { id status } } } } }`,
      { c },
      analyst,
    );
    const postedRows = rows.fundEntries.filter((e) => e.compoundId === c && e.status === 'POSTED');
    expect(posted.publicFund.entries.edges.map((e: any) => e.node.id)).toEqual(sortedIds(postedRows, (e) => [e.amount], 'DESC'));

    const spring = await ok(
      `query($o: ID!) { settlements(outletId: $o, within: { from: "2026-03-15", to: "2026-05-02" }, first: 100) { edges { node { period } } } }`,
      { o: rows.outlets[0] },
      analyst,
    );
    expect(spring.settlements.edges.map((e: any) => e.node.period)).toEqual(['2026-03', '2026-04', '2026-05']);

    const days = await ok(
      `query($o: ID!) { meals(outletId: $o, period: { from: "2026-11-02", to: "2026-11-03" }, orderBy: { field: MEAL_DATE, direction: DESC }, first: 100) { edges { node { id mealDate } } } }`,
      { o: rows.canteenId },
      analyst,
    );
    const mealRows = rows.meals.filter((m) => m.mealDate >= '2026-11-02' && m.mealDate <= '2026-11-03');
    expect(days.meals.edges.map((e: any) => e.node.id)).toEqual(sortedIds(mealRows, (m) => [m.mealDate], 'DESC'));
  });

  it('answers each deprecated argument as the new form does', async () => {
    const [a] = rows.compounds;
    const same = async (name: string, oldForm: string, newForm: string, vars: Record<string, unknown>, token = analyst) => {
      const before = await ok(oldForm, vars, token);
      const after = await ok(newForm, vars, token);
      expect({ name, answer: after }).toEqual({ name, answer: before });
      return after;
    };
    const stats = `reports responded respondedWithinPromise resolved byCategory { key count } wishesFulfilled volunteerMinutes`;
    const party = await same(
      'partyStats',
      `query($c: ID!) { partyStats(compoundId: $c, from: "2026-10-01", to: "2026-10-31") { ${stats} } }`,
      `query($c: ID!) { partyStats(compoundId: $c, period: { from: "2026-10-01", to: "2026-10-31" }) { ${stats} } }`,
      { c: a.id },
    );
    expect(party.partyStats.reports).toBe(13);
    const byCompound = await same(
      'partyStatsByCompound',
      `{ partyStatsByCompound(from: "2026-11-01", to: "2026-11-30", first: 5) { totalCount edges { node { compound { id } reports } } } }`,
      `{ partyStatsByCompound(period: { from: "2026-11-01", to: "2026-11-30" }, first: 5) { totalCount edges { node { compound { id } reports } } } }`,
      {},
    );
    expect(byCompound.partyStatsByCompound.edges.map((e: any) => e.node.reports)).toEqual([1, 0, 0]);
    const flows = await same(
      'fundFlowReport',
      `query($c: ID!) { fundFlowReport(compoundId: $c, fromMonth: "2026-09", toMonth: "2026-10") { period direction source entries total { fen } } }`,
      `query($c: ID!) { fundFlowReport(compoundId: $c, period: { from: "2026-09-01", to: "2026-10-31" }) { period direction source entries total { fen } } }`,
      { c: a.id },
    );
    expect(flows.fundFlowReport.map((r: any) => r.period)).toEqual(expect.arrayContaining(['2026-09', '2026-10']));
    const orders = await same(
      'workOrderStats',
      `query($co: ID!) { workOrderStats(companyId: $co, from: "2026-09-30T16:00:00Z", to: "2026-10-31T16:00:00Z") { total resolvedCount byCategory { category count } } }`,
      `query($co: ID!) { workOrderStats(companyId: $co, period: { from: "2026-10-01", to: "2026-10-31" }) { total resolvedCount byCategory { category count } } }`,
      { co: a.companyId },
    );
    expect(orders.workOrderStats.total).toBe(12);
    const figures = await same(
      'outletPeriodFigures',
      `query($o: ID!) { outletPeriodFigures(outletId: $o, from: "2026-09", to: "2026-11") { period sales { fen } costOfGoods { fen } settled } }`,
      `query($o: ID!) { outletPeriodFigures(outletId: $o, period: { from: "2026-09-01", to: "2026-11-30" }) { period sales { fen } costOfGoods { fen } settled } }`,
      { o: rows.outlets[0] },
    );
    // The entry at 1 November 01:00 in Shanghai (31 October UTC) counts in November.
    expect(figures.outletPeriodFigures.map((r: any) => [r.period, r.sales.fen])).toEqual([
      ['2026-09', '1000'],
      ['2026-10', '1100'],
      ['2026-11', '2500'],
    ]);
    const tiers = await same(
      'mealsByAgeTier',
      `query($o: ID!) { mealsByAgeTier(outletId: $o, from: "2026-11", to: "2026-11") { tierMinAge meals amount { fen } } }`,
      `query($o: ID!) { mealsByAgeTier(outletId: $o, period: { from: "2026-11-01", to: "2026-11-30" }) { tierMinAge meals amount { fen } } }`,
      { o: rows.canteenId },
    );
    expect(tiers.mealsByAgeTier.map((t: any) => t.meals)).toEqual([4, 4, 4]);
    const charity = await same(
      'charityFundReport',
      `query($o: ID!) { charityFundReport(outletId: $o, from: "2026-11", to: "2026-11") { income { fen } spending { fen } byKind { kind entries } } }`,
      `query($o: ID!) { charityFundReport(outletId: $o, period: { from: "2026-11-01", to: "2026-11-30" }) { income { fen } spending { fen } byKind { kind entries } } }`,
      { o: rows.canteenId },
    );
    expect(charity.charityFundReport.income.fen).toBe('1000');
    const subsidies = await same(
      'communitySubsidies',
      `{ communitySubsidies(from: "2026-11", to: "2026-11") { period sales subsidies { fen } } }`,
      `{ communitySubsidies(period: { from: "2026-11-01", to: "2026-11-30" }) { period sales subsidies { fen } } }`,
      {},
    );
    expect(subsidies.communitySubsidies).toEqual([{ period: '2026-11', sales: 2, subsidies: { fen: '1000' } }]);
    const meals = await same(
      'meals',
      `query($o: ID!) { meals(outletId: $o, date: "2026-11-02", first: 50) { totalCount edges { node { id } } } }`,
      `query($o: ID!) { meals(outletId: $o, period: { from: "2026-11-02", to: "2026-11-02" }, first: 50) { totalCount edges { node { id } } } }`,
      { o: rows.canteenId },
    );
    expect(meals.meals.totalCount).toBe(2);
    const settled = await same(
      'settlements',
      `query($o: ID!) { settlements(outletId: $o, period: "2026-03") { totalCount edges { node { id period } } } }`,
      `query($o: ID!) { settlements(outletId: $o, within: { from: "2026-03-01", to: "2026-03-31" }) { totalCount edges { node { id period } } } }`,
      { o: rows.outlets[0] },
    );
    expect(settled.settlements.totalCount).toBe(1);
    for (const [list, single, set] of [
      ['issueReports(compoundId: $c, ', 'status: SUBMITTED', 'statuses: [SUBMITTED]'],
      ['workOrders(compoundId: $c, ', 'status: ACCEPTED', 'statuses: [ACCEPTED]'],
      ['compound(id: $c) { microWishes(', 'status: CLAIMED', 'statuses: [CLAIMED]'],
    ]) {
      const close = list.startsWith('compound') ? '}' : '';
      const answer = await same(
        list,
        `query($c: ID!) { ${list}${single}, first: 50) { totalCount edges { node { id } } } ${close} }`,
        `query($c: ID!) { ${list}${set}, first: 50) { totalCount edges { node { id } } } ${close} }`,
        { c: a.id },
      );
      const page = (close ? answer.compound.microWishes : Object.values(answer as Record<string, Page>)[0]) as Page;
      expect(page.totalCount).toBeGreaterThan(0);
    }
  });

  it('refuses a bad period with BAD_USER_INPUT naming its part, in variables or written inline', async () => {
    const q = `query($p: DateRange!) { partyStatsByCompound(period: $p, first: 1) { totalCount } }`;
    const cases: [Record<string, string>, string][] = [
      [{ from: '2026-11-02', to: '2026-11-01' }, 'period.to'],
      [{ from: '2026-02-30', to: '2026-03-01' }, 'period.from'],
      [{ from: '2026-11-01', to: '2026/11/30' }, 'period.to'],
      [{ from: '2016-01-01', to: '2026-01-01' }, 'period.to'],
      [{ from: 20261101 as unknown as string, to: '2026-11-02' }, 'period.from'],
    ];
    for (const [p, field] of cases) {
      expect(refusal(await stack.query(q, { p }, analyst))).toEqual({ code: 'BAD_USER_INPUT', field });
      const inline = `{ workOrders(period: { from: ${JSON.stringify(p.from)}, to: ${JSON.stringify(p.to)} }) { totalCount } }`;
      expect(refusal(await stack.query(inline, {}, analyst))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const c = rows.compounds[0].id;
    expect(refusal(await stack.query(`query($c: ID!) { partyStats(compoundId: $c) { reports } }`, { c }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
    expect(
      refusal(
        await stack.query(
          `query($c: ID!) { partyStats(compoundId: $c, from: "2026-10-01", to: "2026-10-31", period: { from: "2026-10-01", to: "2026-10-31" }) { reports } }`,
          { c },
          analyst,
        ),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(refusal(await stack.query(`{ outletPeriodFigures(from: "2026-09") { period } }`, {}, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect(
      refusal(
        await stack.query(
          `{ settlements(period: "2026-03", within: { from: "2026-03-01", to: "2026-03-31" }) { totalCount } }`,
          {},
          analyst,
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'within',
    });
    expect(refusal(await stack.query(`{ workOrders(statuses: []) { totalCount } }`, {}, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'statuses',
    });
    expect(refusal(await stack.query(`{ workOrders(status: SUBMITTED, statuses: [ACCEPTED]) { totalCount } }`, {}, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'statuses',
    });
  });

  it('refuses a cursor of another order, a cursor it did not make, and first with last, with BAD_USER_INPUT', async () => {
    const q = `query($after: String, $before: String, $orderBy: WorkOrderOrder, $first: Int, $last: Int) {
      workOrders(after: $after, before: $before, orderBy: $orderBy, first: $first, last: $last) { edges { node { id } } pageInfo { endCursor } } }`;
    const page = await ok(q, { first: 2 }, analyst);
    const cursor = page.workOrders.pageInfo.endCursor;
    // The default order is SUBMITTED_AT ascending: its cursors are that order's.
    expect((await stack.query(q, { first: 2, after: cursor, orderBy: { field: 'SUBMITTED_AT' } }, analyst)).errors).toBeUndefined();
    for (const orderBy of [{ field: 'SLA_DEADLINE' }, { field: 'SUBMITTED_AT', direction: 'DESC' }])
      expect(refusal(await stack.query(q, { first: 2, after: cursor, orderBy }, analyst))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    expect(refusal(await stack.query(q, { last: 2, before: cursor, orderBy: { field: 'PRIORITY' } }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(refusal(await stack.query(q, { first: 2, before: 'bm90IGEgY3Vyc29y' }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(refusal(await stack.query(q, { first: 2, last: 2 }, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'last' });
    // A cursor names its order, not its list: a report cursor is not a work order's.
    const reports = await ok(
      `query($c: ID!) { issueReports(compoundId: $c, first: 1) { pageInfo { endCursor } } }`,
      { c: rows.compounds[0].id },
      grid,
    );
    expect(refusal(await stack.query(q, { first: 2, after: reports.issueReports.pageInfo.endCursor }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('refuses analysts sorting residents by name: the order and its cursors would show the names they cannot read', async () => {
    const result = await stack.query(
      `query($c: ID!) { compound(id: $c) { residents(orderBy: { field: NAME }) { totalCount } } }`,
      { c: rows.compounds[0].id },
      analyst,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    const byAdmin = await ok(
      `query($c: ID!) { compound(id: $c) { residents(orderBy: { field: NAME }, first: 1) { edges { node { id } } } } }`,
      { c: rows.compounds[0].id },
      admin,
    );
    expect(byAdmin.compound.residents.edges).toHaveLength(1);
  });

  it('reads a filtered, ordered nested list at the same number of statements for one compound or three', async () => {
    const QUERY = `query($n: Int!) { compounds(first: $n) { edges { node { id
      residents(elderlyLivingAlone: true, orderBy: { field: REGISTERED_AT, direction: DESC }, first: 2) { totalCount edges { node { id } } }
      microWishes(statuses: [OPEN, CLAIMED], last: 3) { totalCount edges { node { id } } }
      publicFund { entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 2) { totalCount edges { node { id } } } }
      outlets { id settlements(orderBy: { field: PROCEEDS, direction: DESC }, last: 1) { totalCount edges { node { id } } } }
    } } } }`;
    const run = async (n: number) => {
      const before = stack.sqlStatements();
      const data = await ok(QUERY, { n }, admin);
      return { data, statements: stack.sqlStatements() - before };
    };
    const one = await run(1);
    const three = await run(3);
    expect(one.statements).toBeGreaterThan(0);
    expect(three.statements).toBe(one.statements);
    const nodes = three.data.compounds.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual(rows.compounds.map((c) => c.id));
    for (const node of nodes) {
      const elderly = rows.residents.filter((r) => r.compoundId === node.id && r.elderly);
      expect(node.residents).toEqual({
        totalCount: elderly.length,
        edges: sortedIds(elderly, (r) => [iso(r.createdAt)], 'DESC')
          .slice(0, 2)
          .map((id) => ({ node: { id } })),
      });
      const wishes = rows.wishes.filter((w) => w.compoundId === node.id && w.status !== 'FULFILLED');
      expect(node.microWishes).toEqual({
        totalCount: wishes.length,
        edges: sortedIds(wishes, (w) => [w.seq], 'ASC')
          .slice(-3)
          .map((id) => ({ node: { id } })),
      });
      const posted = rows.fundEntries.filter((e) => e.compoundId === node.id && e.status === 'POSTED');
      expect(node.publicFund.entries).toEqual({
        totalCount: posted.length,
        edges: sortedIds(posted, (e) => [e.amount], 'DESC')
          .slice(0, 2)
          .map((id) => ({ node: { id } })),
      });
      for (const outlet of node.outlets) {
        const settled = rows.settlements.filter((s) => s.outletId === outlet.id);
        expect(outlet.settlements).toEqual({
          totalCount: settled.length,
          edges: sortedIds(settled, (s) => [s.proceeds], 'DESC')
            .slice(-1)
            .map((id) => ({ node: { id } })),
        });
      }
    }
    console.log(`Nested lists: ${one.statements} SQL statements for 1 compound, ${three.statements} for 3`);
  });

  it('gives every connection of the supergraph a totalCount, and every paged list both directions', () => {
    const doc = parse(fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8'));
    const types = doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
    const connections = types.filter((t) => t.name.value.endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(20);
    for (const type of connections)
      expect({ type: type.name.value, totalCount: print(type.fields!.find((f) => f.name.value === 'totalCount')!.type) }).toEqual({
        type: type.name.value,
        totalCount: 'Int!',
      });
    const names = new Set(connections.map((t) => t.name.value));
    const paged = types.flatMap((t) =>
      (t.fields ?? [])
        .filter((f) => names.has(print(f.type).replace(/!$/, '')))
        .map((f) => ({ field: `${t.name.value}.${f.name.value}`, args: f.arguments ?? [] })),
    );
    for (const { field, args } of paged)
      expect({ field, args: ['first', 'after', 'last', 'before'].filter((a) => args.some((arg) => arg.name.value === a)) }).toEqual({
        field,
        args: ['first', 'after', 'last', 'before'],
      });
  });
});
