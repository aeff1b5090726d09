import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type ObjectTypeDefinitionNode } from 'graphql';
import { repoRoot } from '../../shared/repo-root';
import { ok, type TypedDocument } from '../support/post-graphql';
import { codeOf, startStack, type GraphQLResult, type QueryArgs, type Stack } from '../support/stack';
import { TEST_START } from '../support/test-clock';
import { tokenFor } from '../support/tokens';
import { graphql } from '../typed';
import type { OrderDirection } from '../typed/graphql';
import { writeListRows, type ListRows } from './list-conventions/rows';

/**
 * The list conventions (README, "List conventions") through the gateway, on one stack:
 * every order of the main lists both ways, paged forwards and backwards to the same
 * rows; the filters together; the deprecated period and status arguments answering as
 * the new forms do; bad periods and cursors refused with their field; and a filtered,
 * ordered nested list read at the same number of statements for one compound or three.
 */

type SortValue = string | number;
interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
/** The page variables every paged list takes. */
interface PageArgs {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}
/** One page of a list in one order (or its default order). */
type PageOf = (args: PageArgs) => Promise<Page>;

graphql(`
  fragment ListConventionsPageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

const ReportsPage = graphql(`
  query ListConventionsReportsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: IssueReportOrder) {
    issueReports(compoundId: $c, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ListConventionsPageInfo
      }
    }
  }
`);

const WorkOrdersPage = graphql(`
  query ListConventionsWorkOrdersPage($co: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkOrderOrder) {
    workOrders(companyId: $co, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ListConventionsPageInfo
      }
    }
  }
`);

const ResidentsPage = graphql(`
  query ListConventionsResidentsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ResidentOrder) {
    compound(id: $c) {
      residents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
        totalCount
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          ...ListConventionsPageInfo
        }
      }
    }
  }
`);

const FundEntriesPage = graphql(`
  query ListConventionsFundEntriesPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: FundEntryOrder) {
    publicFund(compoundId: $c) {
      entries(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
        totalCount
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          ...ListConventionsPageInfo
        }
      }
    }
  }
`);

const SettlementsPage = graphql(`
  query ListConventionsSettlementsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: SettlementOrder) {
    settlements(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ListConventionsPageInfo
      }
    }
  }
`);

const MealsPage = graphql(`
  query ListConventionsMealsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: MealOrder) {
    meals(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ListConventionsPageInfo
      }
    }
  }
`);

const CompaniesPage = graphql(`
  query ListConventionsCompaniesPage($first: Int, $after: String, $last: Int, $before: String) {
    propertyCompanies(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ListConventionsPageInfo
      }
    }
  }
`);

const CompanyNames = graphql(`
  query ListConventionsCompanyNames {
    propertyCompanies(first: 10) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

const CompanyCount = graphql(`
  query ListConventionsCompanyCount {
    propertyCompanies(first: 1) {
      totalCount
    }
  }
`);

const OverdueWorkOrders = graphql(`
  query ListConventionsOverdueWorkOrders($co: ID!) {
    workOrders(companyId: $co, overdue: true, orderBy: { field: SLA_DEADLINE }, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          overdue
        }
      }
    }
  }
`);

const EveryWorkOrderFilter = graphql(`
  query ListConventionsEveryWorkOrderFilter($co: ID!, $c: ID!) {
    workOrders(
      companyId: $co
      compoundId: $c
      statuses: [SUBMITTED, ACCEPTED, RESOLVED, CONFIRMED]
      priorities: [NORMAL, LOW]
      overdue: false
      period: { from: "2026-10-01", to: "2026-11-21" }
      orderBy: { field: PRIORITY, direction: DESC }
      first: 100
    ) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const FilteredReports = graphql(`
  query ListConventionsFilteredReports($c: ID!, $statuses: [IssueStatus!], $overdue: Boolean, $period: DateRange) {
    issueReports(compoundId: $c, statuses: $statuses, overdue: $overdue, period: $period, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ElderlyResidents = graphql(`
  query ListConventionsElderlyResidents($c: ID!) {
    compound(id: $c) {
      residents(elderlyLivingAlone: true, orderBy: { field: NAME, direction: DESC }, first: 100) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

const PostedEntries = graphql(`
  query ListConventionsPostedEntries($c: ID!) {
    publicFund(compoundId: $c) {
      entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 100) {
        totalCount
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`);

const SpringSettlements = graphql(`
  query ListConventionsSpringSettlements($o: ID!) {
    settlements(outletId: $o, within: { from: "2026-03-15", to: "2026-05-02" }, first: 100) {
      edges {
        node {
          period
        }
      }
    }
  }
`);

const MealsOfTwoDays = graphql(`
  query ListConventionsMealsOfTwoDays($o: ID!) {
    meals(outletId: $o, period: { from: "2026-11-02", to: "2026-11-03" }, orderBy: { field: MEAL_DATE, direction: DESC }, first: 100) {
      edges {
        node {
          id
          mealDate
        }
      }
    }
  }
`);

// Each deprecated argument (…Old) and the form that replaces it (…New), selecting the same fields.

graphql(`
  fragment ListConventionsPartyStats on CompoundPartyStats {
    reports
    responded
    respondedWithinPromise
    resolved
    byCategory {
      key
      count
    }
    wishesFulfilled
    volunteerMinutes
  }
`);

const PartyStatsOld = graphql(`
  query ListConventionsPartyStatsOld($c: ID!) {
    partyStats(compoundId: $c, from: "2026-10-01", to: "2026-10-31") {
      ...ListConventionsPartyStats
    }
  }
`);

const PartyStatsNew = graphql(`
  query ListConventionsPartyStatsNew($c: ID!) {
    partyStats(compoundId: $c, period: { from: "2026-10-01", to: "2026-10-31" }) {
      ...ListConventionsPartyStats
    }
  }
`);

const StatsByCompoundOld = graphql(`
  query ListConventionsStatsByCompoundOld {
    partyStatsByCompound(from: "2026-11-01", to: "2026-11-30", first: 5) {
      totalCount
      edges {
        node {
          compound {
            id
          }
          reports
        }
      }
    }
  }
`);

const StatsByCompoundNew = graphql(`
  query ListConventionsStatsByCompoundNew {
    partyStatsByCompound(period: { from: "2026-11-01", to: "2026-11-30" }, first: 5) {
      totalCount
      edges {
        node {
          compound {
            id
          }
          reports
        }
      }
    }
  }
`);

const FundFlowsOld = graphql(`
  query ListConventionsFundFlowsOld($c: ID!) {
    fundFlowReport(compoundId: $c, fromMonth: "2026-09", toMonth: "2026-10") {
      period
      direction
      source
      entries
      total {
        fen
      }
    }
  }
`);

const FundFlowsNew = graphql(`
  query ListConventionsFundFlowsNew($c: ID!) {
    fundFlowReport(compoundId: $c, period: { from: "2026-09-01", to: "2026-10-31" }) {
      period
      direction
      source
      entries
      total {
        fen
      }
    }
  }
`);

const WorkOrderStatsOld = graphql(`
  query ListConventionsWorkOrderStatsOld($co: ID!) {
    workOrderStats(companyId: $co, from: "2026-09-30T16:00:00Z", to: "2026-10-31T16:00:00Z") {
      total
      resolvedCount
      byCategory {
        category
        count
      }
    }
  }
`);

const WorkOrderStatsNew = graphql(`
  query ListConventionsWorkOrderStatsNew($co: ID!) {
    workOrderStats(companyId: $co, period: { from: "2026-10-01", to: "2026-10-31" }) {
      total
      resolvedCount
      byCategory {
        category
        count
      }
    }
  }
`);

const OutletFiguresOld = graphql(`
  query ListConventionsOutletFiguresOld($o: ID!) {
    outletPeriodFigures(outletId: $o, from: "2026-09", to: "2026-11") {
      period
      sales {
        fen
      }
      costOfGoods {
        fen
      }
      settled
    }
  }
`);

const OutletFiguresNew = graphql(`
  query ListConventionsOutletFiguresNew($o: ID!) {
    outletPeriodFigures(outletId: $o, period: { from: "2026-09-01", to: "2026-11-30" }) {
      period
      sales {
        fen
      }
      costOfGoods {
        fen
      }
      settled
    }
  }
`);

const MealTiersOld = graphql(`
  query ListConventionsMealTiersOld($o: ID!) {
    mealsByAgeTier(outletId: $o, from: "2026-11", to: "2026-11") {
      tierMinAge
      meals
      amount {
        fen
      }
    }
  }
`);

const MealTiersNew = graphql(`
  query ListConventionsMealTiersNew($o: ID!) {
    mealsByAgeTier(outletId: $o, period: { from: "2026-11-01", to: "2026-11-30" }) {
      tierMinAge
      meals
      amount {
        fen
      }
    }
  }
`);

const CharityOld = graphql(`
  query ListConventionsCharityOld($o: ID!) {
    charityFundReport(outletId: $o, from: "2026-11", to: "2026-11") {
      income {
        fen
      }
      spending {
        fen
      }
      byKind {
        kind
        entries
      }
    }
  }
`);

const CharityNew = graphql(`
  query ListConventionsCharityNew($o: ID!) {
    charityFundReport(outletId: $o, period: { from: "2026-11-01", to: "2026-11-30" }) {
      income {
        fen
      }
      spending {
        fen
      }
      byKind {
        kind
        entries
      }
    }
  }
`);

const SubsidiesOld = graphql(`
  query ListConventionsSubsidiesOld {
    communitySubsidies(from: "2026-11", to: "2026-11") {
      period
      sales
      subsidies {
        fen
      }
    }
  }
`);

const SubsidiesNew = graphql(`
  query ListConventionsSubsidiesNew {
    communitySubsidies(period: { from: "2026-11-01", to: "2026-11-30" }) {
      period
      sales
      subsidies {
        fen
      }
    }
  }
`);

const MealsOfDayOld = graphql(`
  query ListConventionsMealsOfDayOld($o: ID!) {
    meals(outletId: $o, date: "2026-11-02", first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const MealsOfDayNew = graphql(`
  query ListConventionsMealsOfDayNew($o: ID!) {
    meals(outletId: $o, period: { from: "2026-11-02", to: "2026-11-02" }, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const SettlementsOfMonthOld = graphql(`
  query ListConventionsSettlementsOfMonthOld($o: ID!) {
    settlements(outletId: $o, period: "2026-03") {
      totalCount
      edges {
        node {
          id
          period
        }
      }
    }
  }
`);

const SettlementsOfMonthNew = graphql(`
  query ListConventionsSettlementsOfMonthNew($o: ID!) {
    settlements(outletId: $o, within: { from: "2026-03-01", to: "2026-03-31" }) {
      totalCount
      edges {
        node {
          id
          period
        }
      }
    }
  }
`);

const ReportsByStatusOld = graphql(`
  query ListConventionsReportsByStatusOld($c: ID!) {
    issueReports(compoundId: $c, status: SUBMITTED, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ReportsByStatusNew = graphql(`
  query ListConventionsReportsByStatusNew($c: ID!) {
    issueReports(compoundId: $c, statuses: [SUBMITTED], first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const WorkOrdersByStatusOld = graphql(`
  query ListConventionsWorkOrdersByStatusOld($c: ID!) {
    workOrders(compoundId: $c, status: ACCEPTED, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const WorkOrdersByStatusNew = graphql(`
  query ListConventionsWorkOrdersByStatusNew($c: ID!) {
    workOrders(compoundId: $c, statuses: [ACCEPTED], first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const WishesByStatusOld = graphql(`
  query ListConventionsWishesByStatusOld($c: ID!) {
    compound(id: $c) {
      microWishes(status: CLAIMED, first: 50) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

const WishesByStatusNew = graphql(`
  query ListConventionsWishesByStatusNew($c: ID!) {
    compound(id: $c) {
      microWishes(statuses: [CLAIMED], first: 50) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

const StatsByCompoundInPeriod = graphql(`
  query ListConventionsStatsByCompoundInPeriod($p: DateRange!) {
    partyStatsByCompound(period: $p, first: 1) {
      totalCount
    }
  }
`);

const PartyStatsWithoutPeriod = graphql(`
  query ListConventionsPartyStatsWithoutPeriod($c: ID!) {
    partyStats(compoundId: $c) {
      reports
    }
  }
`);

const PartyStatsBothPeriods = graphql(`
  query ListConventionsPartyStatsBothPeriods($c: ID!) {
    partyStats(compoundId: $c, from: "2026-10-01", to: "2026-10-31", period: { from: "2026-10-01", to: "2026-10-31" }) {
      reports
    }
  }
`);

const FiguresWithoutEnd = graphql(`
  query ListConventionsFiguresWithoutEnd {
    outletPeriodFigures(from: "2026-09") {
      period
    }
  }
`);

const SettlementsBothPeriods = graphql(`
  query ListConventionsSettlementsBothPeriods {
    settlements(period: "2026-03", within: { from: "2026-03-01", to: "2026-03-31" }) {
      totalCount
    }
  }
`);

const WorkOrdersNoStatus = graphql(`
  query ListConventionsWorkOrdersNoStatus {
    workOrders(statuses: []) {
      totalCount
    }
  }
`);

const WorkOrdersBothStatuses = graphql(`
  query ListConventionsWorkOrdersBothStatuses {
    workOrders(status: SUBMITTED, statuses: [ACCEPTED]) {
      totalCount
    }
  }
`);

const AnyWorkOrdersPage = graphql(`
  query ListConventionsAnyWorkOrdersPage($after: String, $before: String, $orderBy: WorkOrderOrder, $first: Int, $last: Int) {
    workOrders(after: $after, before: $before, orderBy: $orderBy, first: $first, last: $last) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

const FirstReportCursor = graphql(`
  query ListConventionsFirstReportCursor($c: ID!) {
    issueReports(compoundId: $c, first: 1) {
      pageInfo {
        endCursor
      }
    }
  }
`);

const ResidentsByName = graphql(`
  query ListConventionsResidentsByName($c: ID!) {
    compound(id: $c) {
      residents(orderBy: { field: NAME }) {
        totalCount
      }
    }
  }
`);

const FirstResidentByName = graphql(`
  query ListConventionsFirstResidentByName($c: ID!) {
    compound(id: $c) {
      residents(orderBy: { field: NAME }, first: 1) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

const NestedLists = graphql(`
  query ListConventionsNestedLists($n: Int!) {
    compounds(first: $n) {
      edges {
        node {
          id
          residents(elderlyLivingAlone: true, orderBy: { field: REGISTERED_AT, direction: DESC }, first: 2) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
          microWishes(statuses: [OPEN, CLAIMED], last: 3) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
          publicFund {
            entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 2) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
          outlets {
            id
            settlements(orderBy: { field: PROCEEDS, direction: DESC }, last: 1) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

const NOW = Date.parse(TEST_START);
/** The local day (Asia/Shanghai) of an instant. */
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const iso = (at: Date) => at.toISOString();
const RANK: Record<string, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
const OPEN = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'];

/** Ids in the order the sort values say, the id breaking ties, all in one direction (what every list promises). */
function sortedIds<T extends { id: string }>(rows: T[], key: (row: T) => SortValue[], direction: OrderDirection): string[] {
  const compare = (a: SortValue[], b: SortValue[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  };
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (compare(key(a), key(b)) || compare([a.id], [b.id]))).map((r) => r.id);
}

/** One ordered list as the tests page it: its rows, the sort values of each of its orders, and a page in an order (null: its default). */
interface OrderedList {
  name: string;
  all: () => { id: string }[];
  orders: Record<string, (id: string) => SortValue[]>;
  pageIn: (order: { field: string; direction: OrderDirection } | null) => PageOf;
}

/**
 * An ordered list whose order fields (the keys of `orders`) are its GraphQL order enum:
 * a field the list does not know fails the test rather than reaching the gateway.
 */
function orderedList<F extends string>(list: {
  name: string;
  all: () => { id: string }[];
  orders: Record<F, (id: string) => SortValue[]>;
  page: (args: PageArgs, orderBy: { field: F; direction: OrderDirection } | null) => Promise<Page>;
}): OrderedList {
  const known = (field: string): field is F => Object.hasOwn(list.orders, field);
  return {
    name: list.name,
    all: list.all,
    orders: list.orders,
    pageIn: (order) => {
      if (!order) return (args) => list.page(args, null);
      const { field, direction } = order;
      if (!known(field)) throw new Error(`${list.name} has no order ${field}`);
      return (args) => list.page(args, { field, direction });
    },
  };
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

  /** The answer's data; the test fails on any error. */
  async function read<R, V>(document: TypedDocument<R, V>, ...args: QueryArgs<V>): Promise<R> {
    return ok(await stack.query(document, ...args));
  }

  const refusal = (result: GraphQLResult) => ({ code: codeOf(result), field: result.errors?.[0]?.extensions?.field });

  const lists: Record<string, OrderedList> = {
    reports: orderedList({
      name: 'issueReports',
      all: () => rows.reports.filter((r) => r.compoundId === rows.compounds[0].id),
      orders: {
        REPORTED_AT: (id) => [iso(rows.reports.find((r) => r.id === id)!.reportedAt)],
        UPDATED_AT: (id) => [iso(rows.reports.find((r) => r.id === id)!.updatedAt)],
      },
      page: async (args, orderBy) => (await read(ReportsPage, { c: rows.compounds[0].id, ...args, orderBy }, grid)).issueReports,
    }),
    workOrders: orderedList({
      name: 'workOrders',
      all: () => rows.workOrders.filter((w) => w.companyId === rows.compounds[0].companyId),
      orders: {
        SUBMITTED_AT: (id) => [iso(rows.workOrders.find((w) => w.id === id)!.submittedAt)],
        SLA_DEADLINE: (id) => [iso(rows.workOrders.find((w) => w.id === id)!.slaDeadline)],
        PRIORITY: (id) => {
          const w = rows.workOrders.find((o) => o.id === id)!;
          return [RANK[w.priority], iso(w.submittedAt)];
        },
      },
      page: async (args, orderBy) =>
        (await read(WorkOrdersPage, { co: rows.compounds[0].companyId, ...args, orderBy }, analyst)).workOrders,
    }),
    residents: orderedList({
      name: 'Compound.residents',
      all: () => rows.residents.filter((r) => r.compoundId === rows.compounds[0].id),
      orders: {
        NAME: (id) => [rows.residents.find((r) => r.id === id)!.name ?? ''],
        REGISTERED_AT: (id) => [iso(rows.residents.find((r) => r.id === id)!.createdAt)],
      },
      page: async (args, orderBy) => (await read(ResidentsPage, { c: rows.compounds[0].id, ...args, orderBy }, grid)).compound.residents!,
    }),
    fundEntries: orderedList({
      name: 'PublicFund.entries',
      all: () => rows.fundEntries.filter((e) => e.compoundId === rows.compounds[0].id),
      orders: {
        LEDGER: (id) => [rows.fundEntries.find((e) => e.id === id)!.seq],
        SUBMITTED_AT: (id) => [iso(rows.fundEntries.find((e) => e.id === id)!.submittedAt)],
        AMOUNT: (id) => [rows.fundEntries.find((e) => e.id === id)!.amount],
      },
      page: async (args, orderBy) =>
        (await read(FundEntriesPage, { c: rows.compounds[0].id, ...args, orderBy }, analyst)).publicFund.entries,
    }),
    settlements: orderedList({
      name: 'settlements',
      all: () => rows.settlements.filter((s) => s.outletId === rows.outlets[0]),
      orders: {
        PERIOD: (id) => [rows.settlements.find((s) => s.id === id)!.period],
        SETTLED_AT: (id) => [iso(rows.settlements.find((s) => s.id === id)!.createdAt)],
        PROCEEDS: (id) => [rows.settlements.find((s) => s.id === id)!.proceeds],
      },
      page: async (args, orderBy) => (await read(SettlementsPage, { o: rows.outlets[0], ...args, orderBy }, analyst)).settlements,
    }),
    meals: orderedList({
      name: 'meals',
      all: () => rows.meals,
      orders: {
        SERVED_AT: (id) => [iso(rows.meals.find((m) => m.id === id)!.createdAt)],
        MEAL_DATE: (id) => [rows.meals.find((m) => m.id === id)!.mealDate],
      },
      page: async (args, orderBy) => (await read(MealsPage, { o: rows.canteenId, ...args, orderBy }, analyst)).meals,
    }),
  };

  /**
   * Every page of a list, `size` at a time: forwards from the start with `first`/`after`,
   * or backwards from the end with `last`/`before`, checking each page's flags and total.
   */
  async function walk(pageOf: PageOf, size: number, backward: boolean, total: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; ; n++) {
      const page: Page = await pageOf(backward ? { last: size, before: cursor } : { first: size, after: cursor });
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
    it.each<OrderDirection>(['ASC', 'DESC'])(
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
          const pageOf = list.pageIn({ field, direction });
          expect(await walk(pageOf, 4, false, all.length)).toEqual(expected);
          expect(await walk(pageOf, 4, true, all.length)).toEqual(expected);
          expect(await walk(pageOf, 3, true, all.length)).toEqual(expected);
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
      expect(await walk(list.pageIn(null), 5, false, expected.length)).toEqual(expected);
      expect(await walk(list.pageIn(null), 5, true, expected.length)).toEqual(expected);
    }
  });

  it('lists every property company by name for anyone signed in, both ways, and nobody else', async () => {
    const companies: PageOf = async (args) => (await read(CompaniesPage, args, grid)).propertyCompanies;
    const expected = sortedIds(rows.companies, (c) => [c.name], 'ASC');
    expect(await walk(companies, 2, false, rows.companies.length)).toEqual(expected);
    expect(await walk(companies, 4, true, rows.companies.length)).toEqual(expected);
    const names = await read(CompanyNames, {}, await tokenFor('resident'));
    expect(names.propertyCompanies.edges.map((e) => e.node.name)).toEqual(
      expected.map((id) => rows.companies.find((c) => c.id === id)!.name),
    );
    expect(codeOf(await stack.query(CompanyCount))).toBe('UNAUTHENTICATED');
  });

  it('answers "open work orders past SLA for company X" in one query, and every filter together', async () => {
    const company = rows.compounds[0].companyId;
    const open = await read(OverdueWorkOrders, { co: company }, analyst);
    const pastSla = rows.workOrders.filter((w) => w.companyId === company && OPEN.includes(w.status) && w.slaDeadline.getTime() < NOW);
    expect(pastSla.length).toBeGreaterThan(2);
    expect(open.workOrders.totalCount).toBe(pastSla.length);
    expect(open.workOrders.edges.map((e) => e.node.id)).toEqual(sortedIds(pastSla, (w) => [iso(w.slaDeadline)], 'ASC'));
    expect(open.workOrders.edges.every((e) => e.node.overdue && OPEN.includes(e.node.status))).toBe(true);

    const all = await read(EveryWorkOrderFilter, { co: company, c: rows.compounds[0].id }, analyst);
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
    expect(all.workOrders.edges.map((e) => e.node.id)).toEqual(sortedIds(matching, (w) => [RANK[w.priority], iso(w.submittedAt)], 'DESC'));
    expect(all.workOrders.totalCount).toBe(matching.length);
  });

  it("filters reports by status set, local days in the compound's zone and the 10-minute promise, together", async () => {
    const compound = rows.compounds[0].id;
    const mine = rows.reports.filter((r) => r.compoundId === compound);
    // 31 October 16:30 UTC is 1 November in Shanghai: November holds that report alone.
    const november = await read(FilteredReports, { c: compound, period: { from: '2026-11-01', to: '2026-11-30' } }, grid);
    const inNovember = mine.filter((r) => shanghaiDay(r.reportedAt) >= '2026-11-01');
    expect(inNovember).toHaveLength(1);
    expect(november.issueReports.edges.map((e) => e.node.id)).toEqual(inNovember.map((r) => r.id));

    const together = await read(
      FilteredReports,
      { c: compound, statuses: ['SUBMITTED', 'RESOLVED'], overdue: true, period: { from: '2026-10-04', to: '2026-10-31' } },
      grid,
    );
    const expected = mine.filter(
      (r) =>
        ['SUBMITTED', 'RESOLVED'].includes(r.status) &&
        !r.respondedAt &&
        r.reportedAt.getTime() < NOW - 600_000 &&
        shanghaiDay(r.reportedAt) >= '2026-10-04' &&
        shanghaiDay(r.reportedAt) <= '2026-10-31',
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(together.issueReports.edges.map((e) => e.node.id)).toEqual(sortedIds(expected, (r) => [r.seq], 'ASC'));
    expect(together.issueReports.totalCount).toBe(expected.length);
    const answered = await read(FilteredReports, { c: compound, overdue: false }, grid);
    expect(answered.issueReports.totalCount).toBe(mine.filter((r) => r.respondedAt).length);
  });

  it('filters the nested and other main lists, and takes their orders with the filters', async () => {
    const c = rows.compounds[0].id;
    const elderly = await read(ElderlyResidents, { c }, grid);
    const old = rows.residents.filter((r) => r.compoundId === c && r.elderly);
    expect(elderly.compound.residents?.edges.map((e) => e.node.id)).toEqual(sortedIds(old, (r) => [r.name ?? ''], 'DESC'));

    const posted = await read(PostedEntries, { c }, analyst);
    const postedRows = rows.fundEntries.filter((e) => e.compoundId === c && e.status === 'POSTED');
    expect(posted.publicFund.entries.edges.map((e) => e.node.id)).toEqual(sortedIds(postedRows, (e) => [e.amount], 'DESC'));

    const spring = await read(SpringSettlements, { o: rows.outlets[0] }, analyst);
    expect(spring.settlements.edges.map((e) => e.node.period)).toEqual(['2026-03', '2026-04', '2026-05']);

    const days = await read(MealsOfTwoDays, { o: rows.canteenId }, analyst);
    const mealRows = rows.meals.filter((m) => m.mealDate >= '2026-11-02' && m.mealDate <= '2026-11-03');
    expect(days.meals.edges.map((e) => e.node.id)).toEqual(sortedIds(mealRows, (m) => [m.mealDate], 'DESC'));
  });

  it('answers each deprecated argument as the new form does', async () => {
    const [a] = rows.compounds;
    const same = async <R, V>(name: string, oldForm: TypedDocument<R, V>, newForm: TypedDocument<R, V>, ...args: QueryArgs<V>) => {
      const before = await read(oldForm, ...args);
      const after = await read(newForm, ...args);
      expect({ name, answer: after }).toEqual({ name, answer: before });
      return after;
    };
    const party = await same('partyStats', PartyStatsOld, PartyStatsNew, { c: a.id }, analyst);
    expect(party.partyStats.reports).toBe(13);
    const byCompound = await same('partyStatsByCompound', StatsByCompoundOld, StatsByCompoundNew, {}, analyst);
    expect(byCompound.partyStatsByCompound.edges.map((e) => e.node.reports)).toEqual([1, 0, 0]);
    const flows = await same('fundFlowReport', FundFlowsOld, FundFlowsNew, { c: a.id }, analyst);
    expect(flows.fundFlowReport.map((r) => r.period)).toEqual(expect.arrayContaining(['2026-09', '2026-10']));
    const orders = await same('workOrderStats', WorkOrderStatsOld, WorkOrderStatsNew, { co: a.companyId }, analyst);
    expect(orders.workOrderStats.total).toBe(12);
    const figures = await same('outletPeriodFigures', OutletFiguresOld, OutletFiguresNew, { o: rows.outlets[0] }, analyst);
    // The entry at 1 November 01:00 in Shanghai (31 October UTC) counts in November.
    expect(figures.outletPeriodFigures.map((r) => [r.period, r.sales.fen])).toEqual([
      ['2026-09', '1000'],
      ['2026-10', '1100'],
      ['2026-11', '2500'],
    ]);
    const tiers = await same('mealsByAgeTier', MealTiersOld, MealTiersNew, { o: rows.canteenId }, analyst);
    expect(tiers.mealsByAgeTier.map((t) => t.meals)).toEqual([4, 4, 4]);
    const charity = await same('charityFundReport', CharityOld, CharityNew, { o: rows.canteenId }, analyst);
    expect(charity.charityFundReport.income.fen).toBe('1000');
    const subsidies = await same('communitySubsidies', SubsidiesOld, SubsidiesNew, {}, analyst);
    expect(subsidies.communitySubsidies).toEqual([{ period: '2026-11', sales: 2, subsidies: { fen: '1000' } }]);
    const meals = await same('meals', MealsOfDayOld, MealsOfDayNew, { o: rows.canteenId }, analyst);
    expect(meals.meals.totalCount).toBe(2);
    const settled = await same('settlements', SettlementsOfMonthOld, SettlementsOfMonthNew, { o: rows.outlets[0] }, analyst);
    expect(settled.settlements.totalCount).toBe(1);
    // A single status (deprecated) and a set of one.
    const reports = await same('issueReports(status)', ReportsByStatusOld, ReportsByStatusNew, { c: a.id }, analyst);
    expect(reports.issueReports.totalCount).toBeGreaterThan(0);
    const workOrders = await same('workOrders(status)', WorkOrdersByStatusOld, WorkOrdersByStatusNew, { c: a.id }, analyst);
    expect(workOrders.workOrders.totalCount).toBeGreaterThan(0);
    const wishes = await same('Compound.microWishes(status)', WishesByStatusOld, WishesByStatusNew, { c: a.id }, analyst);
    expect(wishes.compound.microWishes?.totalCount).toBeGreaterThan(0);
  });

  it('refuses a bad period with BAD_USER_INPUT naming its part, in variables or written inline', async () => {
    const cases: [{ from: string; to: string }, string][] = [
      [{ from: '2026-11-02', to: '2026-11-01' }, 'period.to'],
      [{ from: '2026-02-30', to: '2026-03-01' }, 'period.from'],
      [{ from: '2026-11-01', to: '2026/11/30' }, 'period.to'],
      [{ from: '2016-01-01', to: '2026-01-01' }, 'period.to'],
    ];
    // Written inline, the period is part of the text: each case's text is built from its values.
    const inline = (from: unknown, to: unknown) =>
      stack.queryText(`{ workOrders(period: { from: ${JSON.stringify(from)}, to: ${JSON.stringify(to)} }) { totalCount } }`, {}, analyst);
    for (const [p, field] of cases) {
      expect(refusal(await stack.query(StatsByCompoundInPeriod, { p }, analyst))).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(refusal(await inline(p.from, p.to))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    // A number where the day should be: a value of the wrong type on purpose, which the typed document does not take.
    const numberDay = { from: 20261101, to: '2026-11-02' };
    expect(refusal(await stack.queryText(StatsByCompoundInPeriod.toString(), { p: numberDay }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period.from',
    });
    expect(refusal(await inline(numberDay.from, numberDay.to))).toEqual({ code: 'BAD_USER_INPUT', field: 'period.from' });
    const c = rows.compounds[0].id;
    expect(refusal(await stack.query(PartyStatsWithoutPeriod, { c }, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(refusal(await stack.query(PartyStatsBothPeriods, { c }, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(refusal(await stack.query(FiguresWithoutEnd, {}, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(refusal(await stack.query(SettlementsBothPeriods, {}, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'within' });
    expect(refusal(await stack.query(WorkOrdersNoStatus, {}, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'statuses' });
    expect(refusal(await stack.query(WorkOrdersBothStatuses, {}, analyst))).toEqual({ code: 'BAD_USER_INPUT', field: 'statuses' });
  });

  it('refuses a cursor of another order, a cursor it did not make, and first with last, with BAD_USER_INPUT', async () => {
    const page = await read(AnyWorkOrdersPage, { first: 2 }, analyst);
    const cursor = page.workOrders.pageInfo.endCursor;
    // The default order is SUBMITTED_AT ascending: its cursors are that order's.
    expect(
      (await stack.query(AnyWorkOrdersPage, { first: 2, after: cursor, orderBy: { field: 'SUBMITTED_AT' } }, analyst)).errors,
    ).toBeUndefined();
    for (const orderBy of [{ field: 'SLA_DEADLINE' as const }, { field: 'SUBMITTED_AT' as const, direction: 'DESC' as const }])
      expect(refusal(await stack.query(AnyWorkOrdersPage, { first: 2, after: cursor, orderBy }, analyst))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    expect(refusal(await stack.query(AnyWorkOrdersPage, { last: 2, before: cursor, orderBy: { field: 'PRIORITY' } }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(refusal(await stack.query(AnyWorkOrdersPage, { first: 2, before: 'bm90IGEgY3Vyc29y' }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(refusal(await stack.query(AnyWorkOrdersPage, { first: 2, last: 2 }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
    // A cursor names its order, not its list: a report cursor is not a work order's.
    const reports = await read(FirstReportCursor, { c: rows.compounds[0].id }, grid);
    expect(refusal(await stack.query(AnyWorkOrdersPage, { first: 2, after: reports.issueReports.pageInfo.endCursor }, analyst))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('refuses analysts sorting residents by name: the order and its cursors would show the names they cannot read', async () => {
    const result = await stack.query(ResidentsByName, { c: rows.compounds[0].id }, analyst);
    expect(codeOf(result)).toBe('FORBIDDEN');
    const byAdmin = await read(FirstResidentByName, { c: rows.compounds[0].id }, admin);
    expect(byAdmin.compound.residents?.edges).toHaveLength(1);
  });

  it('reads a filtered, ordered nested list at the same number of statements for one compound or three', async () => {
    const run = async (n: number) => {
      const before = stack.sqlStatements();
      const data = await read(NestedLists, { n }, admin);
      return { data, statements: stack.sqlStatements() - before };
    };
    const one = await run(1);
    const three = await run(3);
    expect(one.statements).toBeGreaterThan(0);
    expect(three.statements).toBe(one.statements);
    const nodes = three.data.compounds.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toEqual(rows.compounds.map((c) => c.id));
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
      expect(node.publicFund?.entries).toEqual({
        totalCount: posted.length,
        edges: sortedIds(posted, (e) => [e.amount], 'DESC')
          .slice(0, 2)
          .map((id) => ({ node: { id } })),
      });
      // Every compound has outlets (the rows wrote a veg shop in each): a missing list fails here.
      for (const outlet of node.outlets!) {
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
