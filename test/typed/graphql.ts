/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new work order. Home repairs name the building of the home; common-area repairs a building or an area. */
export type CreateWorkOrderInput = {
  areaKey?: string | null | undefined;
  buildingId?: string | number | null | undefined;
  category: WorkOrderCategory;
  compoundId: string | number;
  contactName?: string | null | undefined;
  /** Chinese mobile (1[3-9] + 9 digits) or landline with area code. */
  contactPhone?: string | null | undefined;
  description: string;
  kind: WorkOrderKind;
  locationDetail?: string | null | undefined;
  priority: WorkOrderPriority;
};

/** Local days from..to, both inclusive, in the compound's time zone (at most ten years). */
export type DateRange = {
  /** The first day. */
  from: string;
  /** The last day (inclusive). */
  to: string;
};

/** Money into or out of the public-affairs fund. */
export type FundDirection =
  | 'INCOME'
  | 'SPENDING';

export type FundEntryOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: FundEntryOrderField;
};

/** LEDGER: the order entries were written (DESC: newest first); SUBMITTED_AT: when submitted; AMOUNT: by amount. */
export type FundEntryOrderField =
  | 'AMOUNT'
  | 'LEDGER'
  | 'SUBMITTED_AT';

/** Spending waits for a second committee member; income and reversals post at once. */
export type FundEntryStatus =
  | 'PENDING_APPROVAL'
  | 'POSTED'
  | 'REJECTED';

/** Where the money came from or went: every entry names its source. */
export type FundSource =
  | 'ACTIVITY'
  | 'CROWDFUNDING'
  | 'DONATION'
  | 'REVERSAL'
  | 'SETTLEMENT_REBATE';

/** What an issue report is about. */
export type IssueCategory =
  | 'ELDERLY_CARE'
  | 'ENVIRONMENT'
  | 'FACILITY_REPAIR'
  | 'GREENING'
  | 'NEIGHBOUR_DISPUTE'
  | 'OTHER'
  | 'PARKING_TRAFFIC'
  | 'PROPERTY_SERVICE'
  | 'SAFETY_HAZARD';

export type IssueReportOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: IssueReportOrderField;
};

/** REPORTED_AT: when it was filed; UPDATED_AT: its last change (a response, a hand-over, a close-out). */
export type IssueReportOrderField =
  | 'REPORTED_AT'
  | 'UPDATED_AT';

/** SUBMITTED → RESPONDED (a grid worker answers) → RESOLVED in the community, HANDED_TO_PROPERTY, or ESCALATED by blowing the whistle (吹哨) → RESOLVED → CLOSED (销号) by the reporter, or REOPENED. A report handed to property becomes RESOLVED when property resolves its work order, and goes back to RESPONDED (back with the grid) when the order is cancelled or the hand-over is refused. */
export type IssueStatus =
  | 'CLOSED'
  | 'ESCALATED'
  | 'HANDED_TO_PROPERTY'
  | 'REOPENED'
  | 'RESOLVED'
  | 'RESPONDED'
  | 'SUBMITTED';

export type MealOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: MealOrderField;
};

/** SERVED_AT: when it was served; MEAL_DATE: its local day. */
export type MealOrderField =
  | 'MEAL_DATE'
  | 'SERVED_AT';

/** ASC: earliest, smallest or first in the alphabet first; DESC: the reverse. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** What a social enterprise's outlet does. */
export type OutletKind =
  | 'CANTEEN'
  | 'SERVICE_MARKET'
  | 'VEG_SHOP';

export type ReportIssueInput = {
  /** A named area (east gate, garage...), when not a building. */
  area?: string | null | undefined;
  /** The building, or give `area`. */
  buildingId?: string | number | null | undefined;
  category: IssueCategory;
  compoundId: string | number;
  description: string;
};

export type ResidentOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: ResidentOrderField;
};

/** NAME: by name, erased residents first (only for those who see names: the compound's grid and admins); REGISTERED_AT: when the grid registered them. */
export type ResidentOrderField =
  | 'NAME'
  | 'REGISTERED_AT';

export type SettlementOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: SettlementOrderField;
};

/** PERIOD: the month settled; SETTLED_AT: when it was settled; PROCEEDS: sales less cost of goods. */
export type SettlementOrderField =
  | 'PERIOD'
  | 'PROCEEDS'
  | 'SETTLED_AT';

export type WorkOrderCategory =
  | 'CLEANING'
  | 'DOORS_LOCKS'
  | 'ELECTRICAL'
  | 'ELEVATOR'
  | 'FACILITIES'
  | 'GREENERY'
  | 'LIGHTING'
  | 'OTHER'
  | 'PARKING'
  | 'PLUMBING'
  | 'SECURITY';

/** HOME_REPAIR: inside a home (居家维修); COMMON_AREA: a building's or the compound's common parts. */
export type WorkOrderKind =
  | 'COMMON_AREA'
  | 'HOME_REPAIR';

export type WorkOrderOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: WorkOrderOrderField;
};

/** SUBMITTED_AT: when it was filed; SLA_DEADLINE: when its SLA runs out; PRIORITY: most urgent first (ASC), oldest first within a priority. */
export type WorkOrderOrderField =
  | 'PRIORITY'
  | 'SLA_DEADLINE'
  | 'SUBMITTED_AT';

/** SLA from submission: URGENT 4 h, HIGH 24 h, NORMAL 72 h, LOW 7 days. */
export type WorkOrderPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type WorkOrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DISPATCHED'
  | 'IN_PROGRESS'
  | 'RESOLVED'
  | 'SUBMITTED';

export type FederationCompoundQueryVariables = Exact<{
  id: string | number;
}>;


export type FederationCompoundQuery = { compound: { id: string, name: string | null, nameZh: string | null, buildings: Array<{ id: string, number: number | null }> | null, ownersCommittee: { id: string, name: string | null, compound: { id: string, name: string | null } | null } | null, serviceContracts: Array<{ startsOn: string, company: { name: string | null } }> | null, outlets: Array<{ kind: OutletKind, name: string, enterprise: { name: string } }> | null } };

export type FederationCompoundNamesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FederationCompoundNamesQuery = { compounds: { totalCount: number, edges: Array<{ cursor: string, node: { name: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FederationCompoundsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FederationCompoundsPageQuery = { compounds: { totalCount: number } };

export type FederationCompoundByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FederationCompoundByIdQuery = { compound: { id: string } };

export type ListConventionsPageInfoFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type ListConventionsReportsPageQueryVariables = Exact<{
  c: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: IssueReportOrder | null | undefined;
}>;


export type ListConventionsReportsPageQuery = { issueReports: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ListConventionsWorkOrdersPageQueryVariables = Exact<{
  co: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: WorkOrderOrder | null | undefined;
}>;


export type ListConventionsWorkOrdersPageQuery = { workOrders: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ListConventionsResidentsPageQueryVariables = Exact<{
  c: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: ResidentOrder | null | undefined;
}>;


export type ListConventionsResidentsPageQuery = { compound: { residents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } };

export type ListConventionsFundEntriesPageQueryVariables = Exact<{
  c: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: FundEntryOrder | null | undefined;
}>;


export type ListConventionsFundEntriesPageQuery = { publicFund: { entries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } };

export type ListConventionsSettlementsPageQueryVariables = Exact<{
  o: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: SettlementOrder | null | undefined;
}>;


export type ListConventionsSettlementsPageQuery = { settlements: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ListConventionsMealsPageQueryVariables = Exact<{
  o: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: MealOrder | null | undefined;
}>;


export type ListConventionsMealsPageQuery = { meals: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ListConventionsCompaniesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListConventionsCompaniesPageQuery = { propertyCompanies: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ListConventionsCompanyNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsCompanyNamesQuery = { propertyCompanies: { edges: Array<{ node: { name: string | null } }> } };

export type ListConventionsCompanyCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsCompanyCountQuery = { propertyCompanies: { totalCount: number } };

export type ListConventionsOverdueWorkOrdersQueryVariables = Exact<{
  co: string | number;
}>;


export type ListConventionsOverdueWorkOrdersQuery = { workOrders: { totalCount: number, edges: Array<{ node: { id: string, status: WorkOrderStatus, overdue: boolean } }> } };

export type ListConventionsEveryWorkOrderFilterQueryVariables = Exact<{
  co: string | number;
  c: string | number;
}>;


export type ListConventionsEveryWorkOrderFilterQuery = { workOrders: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsFilteredReportsQueryVariables = Exact<{
  c: string | number;
  statuses?: Array<IssueStatus> | IssueStatus | null | undefined;
  overdue?: boolean | null | undefined;
  period?: DateRange | null | undefined;
}>;


export type ListConventionsFilteredReportsQuery = { issueReports: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsElderlyResidentsQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsElderlyResidentsQuery = { compound: { residents: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } };

export type ListConventionsPostedEntriesQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsPostedEntriesQuery = { publicFund: { entries: { totalCount: number, edges: Array<{ node: { id: string, status: FundEntryStatus | null } }> } } };

export type ListConventionsSpringSettlementsQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsSpringSettlementsQuery = { settlements: { edges: Array<{ node: { period: string | null } }> } };

export type ListConventionsMealsOfTwoDaysQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsMealsOfTwoDaysQuery = { meals: { edges: Array<{ node: { id: string, mealDate: string } }> } };

export type ListConventionsPartyStatsFragment = { reports: number, responded: number, respondedWithinPromise: number, resolved: number, wishesFulfilled: number, volunteerMinutes: number, byCategory: Array<{ key: string, count: number }> };

export type ListConventionsPartyStatsOldQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsPartyStatsOldQuery = { partyStats: { reports: number, responded: number, respondedWithinPromise: number, resolved: number, wishesFulfilled: number, volunteerMinutes: number, byCategory: Array<{ key: string, count: number }> } };

export type ListConventionsPartyStatsNewQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsPartyStatsNewQuery = { partyStats: { reports: number, responded: number, respondedWithinPromise: number, resolved: number, wishesFulfilled: number, volunteerMinutes: number, byCategory: Array<{ key: string, count: number }> } };

export type ListConventionsStatsByCompoundOldQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsStatsByCompoundOldQuery = { partyStatsByCompound: { totalCount: number, edges: Array<{ node: { reports: number, compound: { id: string } } }> } };

export type ListConventionsStatsByCompoundNewQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsStatsByCompoundNewQuery = { partyStatsByCompound: { totalCount: number, edges: Array<{ node: { reports: number, compound: { id: string } } }> } };

export type ListConventionsFundFlowsOldQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsFundFlowsOldQuery = { fundFlowReport: Array<{ period: string, direction: FundDirection, source: FundSource, entries: number, total: { fen: string } }> };

export type ListConventionsFundFlowsNewQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsFundFlowsNewQuery = { fundFlowReport: Array<{ period: string, direction: FundDirection, source: FundSource, entries: number, total: { fen: string } }> };

export type ListConventionsWorkOrderStatsOldQueryVariables = Exact<{
  co: string | number;
}>;


export type ListConventionsWorkOrderStatsOldQuery = { workOrderStats: { total: number, resolvedCount: number, byCategory: Array<{ category: WorkOrderCategory, count: number }> } };

export type ListConventionsWorkOrderStatsNewQueryVariables = Exact<{
  co: string | number;
}>;


export type ListConventionsWorkOrderStatsNewQuery = { workOrderStats: { total: number, resolvedCount: number, byCategory: Array<{ category: WorkOrderCategory, count: number }> } };

export type ListConventionsOutletFiguresOldQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsOutletFiguresOldQuery = { outletPeriodFigures: Array<{ period: string, settled: boolean, sales: { fen: string }, costOfGoods: { fen: string } }> };

export type ListConventionsOutletFiguresNewQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsOutletFiguresNewQuery = { outletPeriodFigures: Array<{ period: string, settled: boolean, sales: { fen: string }, costOfGoods: { fen: string } }> };

export type ListConventionsMealTiersOldQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsMealTiersOldQuery = { mealsByAgeTier: Array<{ tierMinAge: number, meals: number, amount: { fen: string } }> };

export type ListConventionsMealTiersNewQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsMealTiersNewQuery = { mealsByAgeTier: Array<{ tierMinAge: number, meals: number, amount: { fen: string } }> };

export type ListConventionsCharityOldQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsCharityOldQuery = { charityFundReport: { income: { fen: string }, spending: { fen: string }, byKind: Array<{ kind: string, entries: number }> } };

export type ListConventionsCharityNewQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsCharityNewQuery = { charityFundReport: { income: { fen: string }, spending: { fen: string }, byKind: Array<{ kind: string, entries: number }> } };

export type ListConventionsSubsidiesOldQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsSubsidiesOldQuery = { communitySubsidies: Array<{ period: string, sales: number, subsidies: { fen: string } }> };

export type ListConventionsSubsidiesNewQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsSubsidiesNewQuery = { communitySubsidies: Array<{ period: string, sales: number, subsidies: { fen: string } }> };

export type ListConventionsMealsOfDayOldQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsMealsOfDayOldQuery = { meals: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsMealsOfDayNewQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsMealsOfDayNewQuery = { meals: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsSettlementsOfMonthOldQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsSettlementsOfMonthOldQuery = { settlements: { totalCount: number, edges: Array<{ node: { id: string, period: string | null } }> } };

export type ListConventionsSettlementsOfMonthNewQueryVariables = Exact<{
  o: string | number;
}>;


export type ListConventionsSettlementsOfMonthNewQuery = { settlements: { totalCount: number, edges: Array<{ node: { id: string, period: string | null } }> } };

export type ListConventionsReportsByStatusOldQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsReportsByStatusOldQuery = { issueReports: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsReportsByStatusNewQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsReportsByStatusNewQuery = { issueReports: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsWorkOrdersByStatusOldQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsWorkOrdersByStatusOldQuery = { workOrders: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsWorkOrdersByStatusNewQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsWorkOrdersByStatusNewQuery = { workOrders: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ListConventionsWishesByStatusOldQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsWishesByStatusOldQuery = { compound: { microWishes: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } };

export type ListConventionsWishesByStatusNewQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsWishesByStatusNewQuery = { compound: { microWishes: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } };

export type ListConventionsStatsByCompoundInPeriodQueryVariables = Exact<{
  p: DateRange;
}>;


export type ListConventionsStatsByCompoundInPeriodQuery = { partyStatsByCompound: { totalCount: number } };

export type ListConventionsPartyStatsWithoutPeriodQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsPartyStatsWithoutPeriodQuery = { partyStats: { reports: number } };

export type ListConventionsPartyStatsBothPeriodsQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsPartyStatsBothPeriodsQuery = { partyStats: { reports: number } };

export type ListConventionsFiguresWithoutEndQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsFiguresWithoutEndQuery = { outletPeriodFigures: Array<{ period: string }> };

export type ListConventionsSettlementsBothPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsSettlementsBothPeriodsQuery = { settlements: { totalCount: number } };

export type ListConventionsWorkOrdersNoStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsWorkOrdersNoStatusQuery = { workOrders: { totalCount: number } };

export type ListConventionsWorkOrdersBothStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListConventionsWorkOrdersBothStatusesQuery = { workOrders: { totalCount: number } };

export type ListConventionsAnyWorkOrdersPageQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  orderBy?: WorkOrderOrder | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type ListConventionsAnyWorkOrdersPageQuery = { workOrders: { edges: Array<{ node: { id: string } }>, pageInfo: { endCursor: string | null } } };

export type ListConventionsFirstReportCursorQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsFirstReportCursorQuery = { issueReports: { pageInfo: { endCursor: string | null } } };

export type ListConventionsResidentsByNameQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsResidentsByNameQuery = { compound: { residents: { totalCount: number } | null } };

export type ListConventionsFirstResidentByNameQueryVariables = Exact<{
  c: string | number;
}>;


export type ListConventionsFirstResidentByNameQuery = { compound: { residents: { edges: Array<{ node: { id: string } }> } | null } };

export type ListConventionsNestedListsQueryVariables = Exact<{
  n: number;
}>;


export type ListConventionsNestedListsQuery = { compounds: { edges: Array<{ node: { id: string, residents: { totalCount: number, edges: Array<{ node: { id: string } }> } | null, microWishes: { totalCount: number, edges: Array<{ node: { id: string } }> } | null, publicFund: { entries: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null, outlets: Array<{ id: string, settlements: { totalCount: number, edges: Array<{ node: { id: string } }> } }> | null } }> } };

export type NPlusOneCompoundFragment = { id: string, name: string | null, buildings: Array<{ id: string, number: number | null, compound: { id: string, name: string | null } | null }> | null, ownersCommittee: { id: string, name: string | null } | null, serviceContracts: Array<{ startsOn: string, company: { id: string, name: string | null } }> | null, outlets: Array<{ kind: OutletKind, name: string, enterprise: { id: string, name: string } }> | null };

export type NPlusOneCompoundsWithTotalQueryVariables = Exact<{
  first: number;
}>;


export type NPlusOneCompoundsWithTotalQuery = { compounds: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, buildings: Array<{ id: string, number: number | null, compound: { id: string, name: string | null } | null }> | null, ownersCommittee: { id: string, name: string | null } | null, serviceContracts: Array<{ startsOn: string, company: { id: string, name: string | null } }> | null, outlets: Array<{ kind: OutletKind, name: string, enterprise: { id: string, name: string } }> | null } }> } };

export type NPlusOneCompoundsQueryVariables = Exact<{
  first: number;
}>;


export type NPlusOneCompoundsQuery = { compounds: { edges: Array<{ node: { id: string, name: string | null, buildings: Array<{ id: string, number: number | null, compound: { id: string, name: string | null } | null }> | null, ownersCommittee: { id: string, name: string | null } | null, serviceContracts: Array<{ startsOn: string, company: { id: string, name: string | null } }> | null, outlets: Array<{ kind: OutletKind, name: string, enterprise: { id: string, name: string } }> | null } }> } };

export type GatewayCompoundAndCommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type GatewayCompoundAndCommitteeQuery = { compound: { name: string | null, ownersCommittee: { name: string | null } | null } };

export type HostileInputCompoundIdQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileInputCompoundIdQuery = { compound: { id: string } };

export type HostileInputCreateWorkOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type HostileInputCreateWorkOrderMutation = { createWorkOrder: { id: string } };

export type LimitsFourLevelsQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsFourLevelsQuery = { compound: { buildings: Array<{ compound: { buildings: Array<{ compound: { id: string } | null }> | null } | null }> | null } };

export type LimitsNameAndBuildingsQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsNameAndBuildingsQuery = { compound: { name: string | null, buildings: Array<{ id: string }> | null } };

export type LimitsCommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsCommitteeQuery = { compound: { ownersCommittee: { name: string | null } | null } };

export type LoadSheddingPartyOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type LoadSheddingPartyOnlyQuery = { compounds: { totalCount: number, edges: Array<{ node: { name: string | null } }> } };

export type LoadSheddingWithCommitteeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoadSheddingWithCommitteeQuery = { compounds: { edges: Array<{ node: { name: string | null, ownersCommittee: { name: string | null } | null } }> } };

export type SecurityCompoundCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityCompoundCountQuery = { compounds: { totalCount: number } };

export type MetricsRefusedMutationVariables = Exact<{
  id: string | number;
}>;


export type MetricsRefusedMutation = { respondToIssueReport: { id: string } };

export type MetricsReportIssueMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type MetricsReportIssueMutation = { reportIssue: { id: string } };

export type MetricsRespondMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type MetricsRespondMutation = { respondToIssueReport: { id: string } };

export type MetricsHandToPropertyMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type MetricsHandToPropertyMutation = { handIssueReportToProperty: { status: IssueStatus } };

export type TracingOneCompoundQueryVariables = Exact<{ [key: string]: never; }>;


export type TracingOneCompoundQuery = { compounds: { totalCount: number } };

export type StartDemoCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StartDemoCountsQuery = { compounds: { totalCount: number, edges: Array<{ node: { name: string | null, buildings: Array<{ id: string }> | null, ownersCommittee: { id: string } | null, serviceContracts: Array<{ id: string }> | null, outlets: Array<{ id: string }> | null } }> } };

export type TrustFundQueryVariables = Exact<{
  c: string | number;
}>;


export type TrustFundQuery = { publicFund: { balance: { fen: string }, entries: { totalCount: number } } };

export type TrustFundAndPlacesQueryVariables = Exact<{
  c: string | number;
}>;


export type TrustFundAndPlacesQuery = { compound: { name: string | null, buildings: Array<{ id: string }> | null, ownersCommittee: { id: string } | null, serviceContracts: Array<{ id: string }> | null, outlets: Array<{ id: string }> | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ListConventionsPageInfoFragmentDoc = new TypedDocumentString(`
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"ListConventionsPageInfo"}) as unknown as TypedDocumentString<ListConventionsPageInfoFragment, unknown>;
export const ListConventionsPartyStatsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ListConventionsPartyStats"}) as unknown as TypedDocumentString<ListConventionsPartyStatsFragment, unknown>;
export const NPlusOneCompoundFragmentDoc = new TypedDocumentString(`
    fragment NPlusOneCompound on Compound {
  id
  name
  buildings {
    id
    number
    compound {
      id
      name
    }
  }
  ownersCommittee {
    id
    name
  }
  serviceContracts {
    startsOn
    company {
      id
      name
    }
  }
  outlets {
    kind
    name
    enterprise {
      id
      name
    }
  }
}
    `, {"fragmentName":"NPlusOneCompound"}) as unknown as TypedDocumentString<NPlusOneCompoundFragment, unknown>;
export const FederationCompoundDocument = new TypedDocumentString(`
    query FederationCompound($id: ID!) {
  compound(id: $id) {
    id
    name
    nameZh
    buildings {
      id
      number
    }
    ownersCommittee {
      id
      name
      compound {
        id
        name
      }
    }
    serviceContracts {
      company {
        name
      }
      startsOn
    }
    outlets {
      kind
      name
      enterprise {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundQuery, FederationCompoundQueryVariables>;
export const FederationCompoundNamesDocument = new TypedDocumentString(`
    query FederationCompoundNames($after: String) {
  compounds(first: 5, after: $after) {
    totalCount
    edges {
      cursor
      node {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundNamesQuery, FederationCompoundNamesQueryVariables>;
export const FederationCompoundsPageDocument = new TypedDocumentString(`
    query FederationCompoundsPage($first: Int, $after: String) {
  compounds(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundsPageQuery, FederationCompoundsPageQueryVariables>;
export const FederationCompoundByIdDocument = new TypedDocumentString(`
    query FederationCompoundById($id: ID!) {
  compound(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundByIdQuery, FederationCompoundByIdQueryVariables>;
export const ListConventionsReportsPageDocument = new TypedDocumentString(`
    query ListConventionsReportsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: IssueReportOrder) {
  issueReports(
    compoundId: $c
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
  ) {
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsReportsPageQuery, ListConventionsReportsPageQueryVariables>;
export const ListConventionsWorkOrdersPageDocument = new TypedDocumentString(`
    query ListConventionsWorkOrdersPage($co: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkOrderOrder) {
  workOrders(
    companyId: $co
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
  ) {
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsWorkOrdersPageQuery, ListConventionsWorkOrdersPageQueryVariables>;
export const ListConventionsResidentsPageDocument = new TypedDocumentString(`
    query ListConventionsResidentsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ResidentOrder) {
  compound(id: $c) {
    residents(
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
    ) {
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsResidentsPageQuery, ListConventionsResidentsPageQueryVariables>;
export const ListConventionsFundEntriesPageDocument = new TypedDocumentString(`
    query ListConventionsFundEntriesPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: FundEntryOrder) {
  publicFund(compoundId: $c) {
    entries(
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
    ) {
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsFundEntriesPageQuery, ListConventionsFundEntriesPageQueryVariables>;
export const ListConventionsSettlementsPageDocument = new TypedDocumentString(`
    query ListConventionsSettlementsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: SettlementOrder) {
  settlements(
    outletId: $o
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
  ) {
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsSettlementsPageQuery, ListConventionsSettlementsPageQueryVariables>;
export const ListConventionsMealsPageDocument = new TypedDocumentString(`
    query ListConventionsMealsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: MealOrder) {
  meals(
    outletId: $o
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
  ) {
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsMealsPageQuery, ListConventionsMealsPageQueryVariables>;
export const ListConventionsCompaniesPageDocument = new TypedDocumentString(`
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
    fragment ListConventionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListConventionsCompaniesPageQuery, ListConventionsCompaniesPageQueryVariables>;
export const ListConventionsCompanyNamesDocument = new TypedDocumentString(`
    query ListConventionsCompanyNames {
  propertyCompanies(first: 10) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsCompanyNamesQuery, ListConventionsCompanyNamesQueryVariables>;
export const ListConventionsCompanyCountDocument = new TypedDocumentString(`
    query ListConventionsCompanyCount {
  propertyCompanies(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ListConventionsCompanyCountQuery, ListConventionsCompanyCountQueryVariables>;
export const ListConventionsOverdueWorkOrdersDocument = new TypedDocumentString(`
    query ListConventionsOverdueWorkOrders($co: ID!) {
  workOrders(
    companyId: $co
    overdue: true
    orderBy: {field: SLA_DEADLINE}
    first: 100
  ) {
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
    `) as unknown as TypedDocumentString<ListConventionsOverdueWorkOrdersQuery, ListConventionsOverdueWorkOrdersQueryVariables>;
export const ListConventionsEveryWorkOrderFilterDocument = new TypedDocumentString(`
    query ListConventionsEveryWorkOrderFilter($co: ID!, $c: ID!) {
  workOrders(
    companyId: $co
    compoundId: $c
    statuses: [SUBMITTED, ACCEPTED, RESOLVED, CONFIRMED]
    priorities: [NORMAL, LOW]
    overdue: false
    period: {from: "2026-10-01", to: "2026-11-21"}
    orderBy: {field: PRIORITY, direction: DESC}
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
    `) as unknown as TypedDocumentString<ListConventionsEveryWorkOrderFilterQuery, ListConventionsEveryWorkOrderFilterQueryVariables>;
export const ListConventionsFilteredReportsDocument = new TypedDocumentString(`
    query ListConventionsFilteredReports($c: ID!, $statuses: [IssueStatus!], $overdue: Boolean, $period: DateRange) {
  issueReports(
    compoundId: $c
    statuses: $statuses
    overdue: $overdue
    period: $period
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
    `) as unknown as TypedDocumentString<ListConventionsFilteredReportsQuery, ListConventionsFilteredReportsQueryVariables>;
export const ListConventionsElderlyResidentsDocument = new TypedDocumentString(`
    query ListConventionsElderlyResidents($c: ID!) {
  compound(id: $c) {
    residents(
      elderlyLivingAlone: true
      orderBy: {field: NAME, direction: DESC}
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
}
    `) as unknown as TypedDocumentString<ListConventionsElderlyResidentsQuery, ListConventionsElderlyResidentsQueryVariables>;
export const ListConventionsPostedEntriesDocument = new TypedDocumentString(`
    query ListConventionsPostedEntries($c: ID!) {
  publicFund(compoundId: $c) {
    entries(
      statuses: [POSTED]
      orderBy: {field: AMOUNT, direction: DESC}
      first: 100
    ) {
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
    `) as unknown as TypedDocumentString<ListConventionsPostedEntriesQuery, ListConventionsPostedEntriesQueryVariables>;
export const ListConventionsSpringSettlementsDocument = new TypedDocumentString(`
    query ListConventionsSpringSettlements($o: ID!) {
  settlements(
    outletId: $o
    within: {from: "2026-03-15", to: "2026-05-02"}
    first: 100
  ) {
    edges {
      node {
        period
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsSpringSettlementsQuery, ListConventionsSpringSettlementsQueryVariables>;
export const ListConventionsMealsOfTwoDaysDocument = new TypedDocumentString(`
    query ListConventionsMealsOfTwoDays($o: ID!) {
  meals(
    outletId: $o
    period: {from: "2026-11-02", to: "2026-11-03"}
    orderBy: {field: MEAL_DATE, direction: DESC}
    first: 100
  ) {
    edges {
      node {
        id
        mealDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsMealsOfTwoDaysQuery, ListConventionsMealsOfTwoDaysQueryVariables>;
export const ListConventionsPartyStatsOldDocument = new TypedDocumentString(`
    query ListConventionsPartyStatsOld($c: ID!) {
  partyStats(compoundId: $c, from: "2026-10-01", to: "2026-10-31") {
    ...ListConventionsPartyStats
  }
}
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
}`) as unknown as TypedDocumentString<ListConventionsPartyStatsOldQuery, ListConventionsPartyStatsOldQueryVariables>;
export const ListConventionsPartyStatsNewDocument = new TypedDocumentString(`
    query ListConventionsPartyStatsNew($c: ID!) {
  partyStats(compoundId: $c, period: {from: "2026-10-01", to: "2026-10-31"}) {
    ...ListConventionsPartyStats
  }
}
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
}`) as unknown as TypedDocumentString<ListConventionsPartyStatsNewQuery, ListConventionsPartyStatsNewQueryVariables>;
export const ListConventionsStatsByCompoundOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsStatsByCompoundOldQuery, ListConventionsStatsByCompoundOldQueryVariables>;
export const ListConventionsStatsByCompoundNewDocument = new TypedDocumentString(`
    query ListConventionsStatsByCompoundNew {
  partyStatsByCompound(period: {from: "2026-11-01", to: "2026-11-30"}, first: 5) {
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
    `) as unknown as TypedDocumentString<ListConventionsStatsByCompoundNewQuery, ListConventionsStatsByCompoundNewQueryVariables>;
export const ListConventionsFundFlowsOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsFundFlowsOldQuery, ListConventionsFundFlowsOldQueryVariables>;
export const ListConventionsFundFlowsNewDocument = new TypedDocumentString(`
    query ListConventionsFundFlowsNew($c: ID!) {
  fundFlowReport(compoundId: $c, period: {from: "2026-09-01", to: "2026-10-31"}) {
    period
    direction
    source
    entries
    total {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsFundFlowsNewQuery, ListConventionsFundFlowsNewQueryVariables>;
export const ListConventionsWorkOrderStatsOldDocument = new TypedDocumentString(`
    query ListConventionsWorkOrderStatsOld($co: ID!) {
  workOrderStats(
    companyId: $co
    from: "2026-09-30T16:00:00Z"
    to: "2026-10-31T16:00:00Z"
  ) {
    total
    resolvedCount
    byCategory {
      category
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsWorkOrderStatsOldQuery, ListConventionsWorkOrderStatsOldQueryVariables>;
export const ListConventionsWorkOrderStatsNewDocument = new TypedDocumentString(`
    query ListConventionsWorkOrderStatsNew($co: ID!) {
  workOrderStats(companyId: $co, period: {from: "2026-10-01", to: "2026-10-31"}) {
    total
    resolvedCount
    byCategory {
      category
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsWorkOrderStatsNewQuery, ListConventionsWorkOrderStatsNewQueryVariables>;
export const ListConventionsOutletFiguresOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsOutletFiguresOldQuery, ListConventionsOutletFiguresOldQueryVariables>;
export const ListConventionsOutletFiguresNewDocument = new TypedDocumentString(`
    query ListConventionsOutletFiguresNew($o: ID!) {
  outletPeriodFigures(
    outletId: $o
    period: {from: "2026-09-01", to: "2026-11-30"}
  ) {
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
    `) as unknown as TypedDocumentString<ListConventionsOutletFiguresNewQuery, ListConventionsOutletFiguresNewQueryVariables>;
export const ListConventionsMealTiersOldDocument = new TypedDocumentString(`
    query ListConventionsMealTiersOld($o: ID!) {
  mealsByAgeTier(outletId: $o, from: "2026-11", to: "2026-11") {
    tierMinAge
    meals
    amount {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsMealTiersOldQuery, ListConventionsMealTiersOldQueryVariables>;
export const ListConventionsMealTiersNewDocument = new TypedDocumentString(`
    query ListConventionsMealTiersNew($o: ID!) {
  mealsByAgeTier(outletId: $o, period: {from: "2026-11-01", to: "2026-11-30"}) {
    tierMinAge
    meals
    amount {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsMealTiersNewQuery, ListConventionsMealTiersNewQueryVariables>;
export const ListConventionsCharityOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsCharityOldQuery, ListConventionsCharityOldQueryVariables>;
export const ListConventionsCharityNewDocument = new TypedDocumentString(`
    query ListConventionsCharityNew($o: ID!) {
  charityFundReport(outletId: $o, period: {from: "2026-11-01", to: "2026-11-30"}) {
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
    `) as unknown as TypedDocumentString<ListConventionsCharityNewQuery, ListConventionsCharityNewQueryVariables>;
export const ListConventionsSubsidiesOldDocument = new TypedDocumentString(`
    query ListConventionsSubsidiesOld {
  communitySubsidies(from: "2026-11", to: "2026-11") {
    period
    sales
    subsidies {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsSubsidiesOldQuery, ListConventionsSubsidiesOldQueryVariables>;
export const ListConventionsSubsidiesNewDocument = new TypedDocumentString(`
    query ListConventionsSubsidiesNew {
  communitySubsidies(period: {from: "2026-11-01", to: "2026-11-30"}) {
    period
    sales
    subsidies {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsSubsidiesNewQuery, ListConventionsSubsidiesNewQueryVariables>;
export const ListConventionsMealsOfDayOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsMealsOfDayOldQuery, ListConventionsMealsOfDayOldQueryVariables>;
export const ListConventionsMealsOfDayNewDocument = new TypedDocumentString(`
    query ListConventionsMealsOfDayNew($o: ID!) {
  meals(outletId: $o, period: {from: "2026-11-02", to: "2026-11-02"}, first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsMealsOfDayNewQuery, ListConventionsMealsOfDayNewQueryVariables>;
export const ListConventionsSettlementsOfMonthOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsSettlementsOfMonthOldQuery, ListConventionsSettlementsOfMonthOldQueryVariables>;
export const ListConventionsSettlementsOfMonthNewDocument = new TypedDocumentString(`
    query ListConventionsSettlementsOfMonthNew($o: ID!) {
  settlements(outletId: $o, within: {from: "2026-03-01", to: "2026-03-31"}) {
    totalCount
    edges {
      node {
        id
        period
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsSettlementsOfMonthNewQuery, ListConventionsSettlementsOfMonthNewQueryVariables>;
export const ListConventionsReportsByStatusOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsReportsByStatusOldQuery, ListConventionsReportsByStatusOldQueryVariables>;
export const ListConventionsReportsByStatusNewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsReportsByStatusNewQuery, ListConventionsReportsByStatusNewQueryVariables>;
export const ListConventionsWorkOrdersByStatusOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsWorkOrdersByStatusOldQuery, ListConventionsWorkOrdersByStatusOldQueryVariables>;
export const ListConventionsWorkOrdersByStatusNewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsWorkOrdersByStatusNewQuery, ListConventionsWorkOrdersByStatusNewQueryVariables>;
export const ListConventionsWishesByStatusOldDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsWishesByStatusOldQuery, ListConventionsWishesByStatusOldQueryVariables>;
export const ListConventionsWishesByStatusNewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListConventionsWishesByStatusNewQuery, ListConventionsWishesByStatusNewQueryVariables>;
export const ListConventionsStatsByCompoundInPeriodDocument = new TypedDocumentString(`
    query ListConventionsStatsByCompoundInPeriod($p: DateRange!) {
  partyStatsByCompound(period: $p, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ListConventionsStatsByCompoundInPeriodQuery, ListConventionsStatsByCompoundInPeriodQueryVariables>;
export const ListConventionsPartyStatsWithoutPeriodDocument = new TypedDocumentString(`
    query ListConventionsPartyStatsWithoutPeriod($c: ID!) {
  partyStats(compoundId: $c) {
    reports
  }
}
    `) as unknown as TypedDocumentString<ListConventionsPartyStatsWithoutPeriodQuery, ListConventionsPartyStatsWithoutPeriodQueryVariables>;
export const ListConventionsPartyStatsBothPeriodsDocument = new TypedDocumentString(`
    query ListConventionsPartyStatsBothPeriods($c: ID!) {
  partyStats(
    compoundId: $c
    from: "2026-10-01"
    to: "2026-10-31"
    period: {from: "2026-10-01", to: "2026-10-31"}
  ) {
    reports
  }
}
    `) as unknown as TypedDocumentString<ListConventionsPartyStatsBothPeriodsQuery, ListConventionsPartyStatsBothPeriodsQueryVariables>;
export const ListConventionsFiguresWithoutEndDocument = new TypedDocumentString(`
    query ListConventionsFiguresWithoutEnd {
  outletPeriodFigures(from: "2026-09") {
    period
  }
}
    `) as unknown as TypedDocumentString<ListConventionsFiguresWithoutEndQuery, ListConventionsFiguresWithoutEndQueryVariables>;
export const ListConventionsSettlementsBothPeriodsDocument = new TypedDocumentString(`
    query ListConventionsSettlementsBothPeriods {
  settlements(period: "2026-03", within: {from: "2026-03-01", to: "2026-03-31"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ListConventionsSettlementsBothPeriodsQuery, ListConventionsSettlementsBothPeriodsQueryVariables>;
export const ListConventionsWorkOrdersNoStatusDocument = new TypedDocumentString(`
    query ListConventionsWorkOrdersNoStatus {
  workOrders(statuses: []) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ListConventionsWorkOrdersNoStatusQuery, ListConventionsWorkOrdersNoStatusQueryVariables>;
export const ListConventionsWorkOrdersBothStatusesDocument = new TypedDocumentString(`
    query ListConventionsWorkOrdersBothStatuses {
  workOrders(status: SUBMITTED, statuses: [ACCEPTED]) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ListConventionsWorkOrdersBothStatusesQuery, ListConventionsWorkOrdersBothStatusesQueryVariables>;
export const ListConventionsAnyWorkOrdersPageDocument = new TypedDocumentString(`
    query ListConventionsAnyWorkOrdersPage($after: String, $before: String, $orderBy: WorkOrderOrder, $first: Int, $last: Int) {
  workOrders(
    after: $after
    before: $before
    orderBy: $orderBy
    first: $first
    last: $last
  ) {
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
    `) as unknown as TypedDocumentString<ListConventionsAnyWorkOrdersPageQuery, ListConventionsAnyWorkOrdersPageQueryVariables>;
export const ListConventionsFirstReportCursorDocument = new TypedDocumentString(`
    query ListConventionsFirstReportCursor($c: ID!) {
  issueReports(compoundId: $c, first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsFirstReportCursorQuery, ListConventionsFirstReportCursorQueryVariables>;
export const ListConventionsResidentsByNameDocument = new TypedDocumentString(`
    query ListConventionsResidentsByName($c: ID!) {
  compound(id: $c) {
    residents(orderBy: {field: NAME}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsResidentsByNameQuery, ListConventionsResidentsByNameQueryVariables>;
export const ListConventionsFirstResidentByNameDocument = new TypedDocumentString(`
    query ListConventionsFirstResidentByName($c: ID!) {
  compound(id: $c) {
    residents(orderBy: {field: NAME}, first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListConventionsFirstResidentByNameQuery, ListConventionsFirstResidentByNameQueryVariables>;
export const ListConventionsNestedListsDocument = new TypedDocumentString(`
    query ListConventionsNestedLists($n: Int!) {
  compounds(first: $n) {
    edges {
      node {
        id
        residents(
          elderlyLivingAlone: true
          orderBy: {field: REGISTERED_AT, direction: DESC}
          first: 2
        ) {
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
          entries(statuses: [POSTED], orderBy: {field: AMOUNT, direction: DESC}, first: 2) {
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
          settlements(orderBy: {field: PROCEEDS, direction: DESC}, last: 1) {
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
    `) as unknown as TypedDocumentString<ListConventionsNestedListsQuery, ListConventionsNestedListsQueryVariables>;
export const NPlusOneCompoundsWithTotalDocument = new TypedDocumentString(`
    query NPlusOneCompoundsWithTotal($first: Int!) {
  compounds(first: $first) {
    totalCount
    edges {
      node {
        ...NPlusOneCompound
      }
    }
  }
}
    fragment NPlusOneCompound on Compound {
  id
  name
  buildings {
    id
    number
    compound {
      id
      name
    }
  }
  ownersCommittee {
    id
    name
  }
  serviceContracts {
    startsOn
    company {
      id
      name
    }
  }
  outlets {
    kind
    name
    enterprise {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<NPlusOneCompoundsWithTotalQuery, NPlusOneCompoundsWithTotalQueryVariables>;
export const NPlusOneCompoundsDocument = new TypedDocumentString(`
    query NPlusOneCompounds($first: Int!) {
  compounds(first: $first) {
    edges {
      node {
        ...NPlusOneCompound
      }
    }
  }
}
    fragment NPlusOneCompound on Compound {
  id
  name
  buildings {
    id
    number
    compound {
      id
      name
    }
  }
  ownersCommittee {
    id
    name
  }
  serviceContracts {
    startsOn
    company {
      id
      name
    }
  }
  outlets {
    kind
    name
    enterprise {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<NPlusOneCompoundsQuery, NPlusOneCompoundsQueryVariables>;
export const GatewayCompoundAndCommitteeDocument = new TypedDocumentString(`
    query GatewayCompoundAndCommittee($id: ID!) {
  compound(id: $id) {
    name
    ownersCommittee {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GatewayCompoundAndCommitteeQuery, GatewayCompoundAndCommitteeQueryVariables>;
export const HostileInputCompoundIdDocument = new TypedDocumentString(`
    query HostileInputCompoundId($id: ID!) {
  compound(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileInputCompoundIdQuery, HostileInputCompoundIdQueryVariables>;
export const HostileInputCreateWorkOrderDocument = new TypedDocumentString(`
    mutation HostileInputCreateWorkOrder($input: CreateWorkOrderInput!) {
  createWorkOrder(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileInputCreateWorkOrderMutation, HostileInputCreateWorkOrderMutationVariables>;
export const LimitsFourLevelsDocument = new TypedDocumentString(`
    query LimitsFourLevels($id: ID!) {
  compound(id: $id) {
    buildings {
      compound {
        buildings {
          compound {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsFourLevelsQuery, LimitsFourLevelsQueryVariables>;
export const LimitsNameAndBuildingsDocument = new TypedDocumentString(`
    query LimitsNameAndBuildings($id: ID!) {
  compound(id: $id) {
    name
    buildings {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsNameAndBuildingsQuery, LimitsNameAndBuildingsQueryVariables>;
export const LimitsCommitteeDocument = new TypedDocumentString(`
    query LimitsCommittee($id: ID!) {
  compound(id: $id) {
    ownersCommittee {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCommitteeQuery, LimitsCommitteeQueryVariables>;
export const LoadSheddingPartyOnlyDocument = new TypedDocumentString(`
    query LoadSheddingPartyOnly {
  compounds(first: 3) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadSheddingPartyOnlyQuery, LoadSheddingPartyOnlyQueryVariables>;
export const LoadSheddingWithCommitteeDocument = new TypedDocumentString(`
    query LoadSheddingWithCommittee {
  compounds(first: 3) {
    edges {
      node {
        name
        ownersCommittee {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadSheddingWithCommitteeQuery, LoadSheddingWithCommitteeQueryVariables>;
export const SecurityCompoundCountDocument = new TypedDocumentString(`
    query SecurityCompoundCount {
  compounds(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SecurityCompoundCountQuery, SecurityCompoundCountQueryVariables>;
export const MetricsRefusedDocument = new TypedDocumentString(`
    mutation MetricsRefused($id: ID!) {
  respondToIssueReport(id: $id, note: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsRefusedMutation, MetricsRefusedMutationVariables>;
export const MetricsReportIssueDocument = new TypedDocumentString(`
    mutation MetricsReportIssue($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsReportIssueMutation, MetricsReportIssueMutationVariables>;
export const MetricsRespondDocument = new TypedDocumentString(`
    mutation MetricsRespond($id: ID!, $note: String) {
  respondToIssueReport(id: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsRespondMutation, MetricsRespondMutationVariables>;
export const MetricsHandToPropertyDocument = new TypedDocumentString(`
    mutation MetricsHandToProperty($id: ID!, $note: String) {
  handIssueReportToProperty(id: $id, note: $note) {
    status
  }
}
    `) as unknown as TypedDocumentString<MetricsHandToPropertyMutation, MetricsHandToPropertyMutationVariables>;
export const TracingOneCompoundDocument = new TypedDocumentString(`
    query TracingOneCompound {
  compounds(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TracingOneCompoundQuery, TracingOneCompoundQueryVariables>;
export const StartDemoCountsDocument = new TypedDocumentString(`
    query StartDemoCounts {
  compounds(first: 100) {
    totalCount
    edges {
      node {
        name
        buildings {
          id
        }
        ownersCommittee {
          id
        }
        serviceContracts {
          id
        }
        outlets {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartDemoCountsQuery, StartDemoCountsQueryVariables>;
export const TrustFundDocument = new TypedDocumentString(`
    query TrustFund($c: ID!) {
  publicFund(compoundId: $c) {
    balance {
      fen
    }
    entries(first: 100) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<TrustFundQuery, TrustFundQueryVariables>;
export const TrustFundAndPlacesDocument = new TypedDocumentString(`
    query TrustFundAndPlaces($c: ID!) {
  compound(id: $c) {
    name
    buildings {
      id
    }
    ownersCommittee {
      id
    }
    serviceContracts {
      id
    }
    outlets {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TrustFundAndPlacesQuery, TrustFundAndPlacesQueryVariables>;