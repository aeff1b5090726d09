/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddStaffMemberInput = {
  companyId: string | number;
  name: string;
  title?: string | null | undefined;
};

/** An extra holiday, or a weekend made a working day (调休). */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'WORKING_DAY';

export type CharityFundEntryKind =
  | 'DONATION'
  | 'MEAL_SUBSIDY'
  | 'MERCHANT_SUPPLY_CREDIT';

/** Who put money into setting up an outlet ("四个一点"). */
export type CofundingSource =
  | 'ENTERPRISE'
  | 'MERCHANT'
  | 'OWNERS_COMMITTEE'
  | 'PROPERTY_COMPANY';

export type CreateMarketItemInput = {
  communitySubsidyFen: string | number;
  listPriceFen: string | number;
  merchantDiscountFen: string | number;
  merchantName: string;
  name: string;
  outletId: string | number;
};

export type CreatePropertyCompanyInput = {
  name: string;
  nameZh?: string | null | undefined;
};

export type CreateResidentInput = {
  /** YYYY-MM-DD, not in the future. */
  birthDate?: string | null | undefined;
  /** The compound the grid worker registers in; the household must be in it. */
  compoundId: string | number;
  elderlyLivingAlone?: boolean | null | undefined;
  householdId: string | number;
  /** Default: the household's isLocal. */
  isLocal?: boolean | null | undefined;
  name: string;
  /** Chinese mobile (1[3-9] + 9 digits) or landline with area code. */
  phone?: string | null | undefined;
  specialGroup?: string | null | undefined;
};

/** A revenue-sharing agreement; ratios in basis points (10000 = 100%). */
export type CreateRevenueShareAgreementInput = {
  /** First month it applies to, YYYY-MM. */
  effectiveFrom: string;
  /** e.g. 8000 */
  enterpriseBp: number;
  outletId: string | number;
  ownersCommitteeId: string | number;
  /** e.g. 2000; enterpriseBp + propertyBp must be 10000 */
  propertyBp: number;
  propertyCompanyId: string | number;
  /** Part of the property share returned to the committee's fund: 10000 = all of it, 2000 = a fifth. */
  rebateBpOfProperty: number;
};

/** A new service contract: the zones a company serves in a compound for a period. */
export type CreateServiceContractInput = {
  /** Keys of the compound's common areas (east-gate, underground-garage, ...). */
  areaKeys: Array<string>;
  /** Party's building ids; each must belong to the compound. */
  buildingIds: Array<string | number>;
  companyId: string | number;
  compoundId: string | number;
  /** Last day in force (YYYY-MM-DD); open-ended when null. */
  endsOn?: string | null | undefined;
  /** First day in force (YYYY-MM-DD, the compound's calendar). */
  startsOn: string;
};

export type CreateVegProductInput = {
  name: string;
  outletId: string | number;
  /** e.g. 斤, 把, 个 */
  unit: string;
};

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

export type DecideFundSpendingInput = {
  entryId: string | number;
  idempotencyKey: string;
  note?: string | null | undefined;
};

/** A named common area of a compound, so contracts can cover it and 'uncovered' can list it. */
export type DefineCommonAreaInput = {
  compoundId: string | number;
  key: string;
  name: string;
  nameZh?: string | null | undefined;
};

/** Money into or out of the public-affairs fund. */
export type FundDirection =
  | 'INCOME'
  | 'SPENDING';

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

/** Whether the intake is (to be) handed back to the grid workers as an issue report. */
export type GridHandback =
  | 'DELIVERED'
  | 'FAILED'
  | 'NOT_REQUESTED'
  | 'PENDING';

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

export type IssueEntryKind =
  | 'CLOSED'
  | 'FOLLOW_UP'
  | 'HANDED_TO_PROPERTY'
  | 'HANDOVER_FAILED'
  | 'REOPENED'
  | 'REPORTED'
  | 'RESOLVED'
  | 'RESPONDED'
  | 'WHISTLE_BLOWN'
  | 'WORK_ORDER_CANCELLED'
  | 'WORK_ORDER_RESOLVED';

export type IssueMealCardInput = {
  /** YYYY-MM-DD, checked against an ID document by the issuing staff. */
  birthDate?: string | null | undefined;
  cardNo: string;
  holderName?: string | null | undefined;
  householdId?: string | number | null | undefined;
  outletId: string | number;
  residentId?: string | number | null | undefined;
};

/** How the report was dealt with. */
export type IssuePath =
  | 'COMMUNITY'
  | 'PROPERTY'
  | 'WHISTLE';

/** Who filed it: a resident, a grid worker, a part-time grid worker (courier, rider), or the property staff's after-hours intake handed back to the grid. */
export type IssueSource =
  | 'GRID_WORKER'
  | 'PART_TIME_GRID_WORKER'
  | 'PROPERTY_INTAKE'
  | 'RESIDENT';

/** SUBMITTED → RESPONDED (a grid worker answers) → RESOLVED in the community, HANDED_TO_PROPERTY, or ESCALATED by blowing the whistle (吹哨) → RESOLVED → CLOSED (销号) by the reporter, or REOPENED. A report handed to property becomes RESOLVED when property resolves its work order, and goes back to RESPONDED (back with the grid) when the order is cancelled or the hand-over is refused. */
export type IssueStatus =
  | 'CLOSED'
  | 'ESCALATED'
  | 'HANDED_TO_PROPERTY'
  | 'REOPENED'
  | 'RESOLVED'
  | 'RESPONDED'
  | 'SUBMITTED';

/** Income recorded by hand; settlement rebates arrive by hand-over. */
export type ManualIncomeSource =
  | 'CROWDFUNDING'
  | 'DONATION';

export type MealPaidBy =
  | 'CHARITY_FUND'
  | 'DINER';

/** What a social enterprise's outlet does. */
export type OutletKind =
  | 'CANTEEN'
  | 'SERVICE_MARKET'
  | 'VEG_SHOP';

export type PlaceVegOrderInput = {
  channel: VegOrderChannel;
  idempotencyKey: string;
  lines: Array<VegOrderLineInput>;
  outletId: string | number;
  /** Staff: the buyer, if known. Residents: omitted (always themselves). */
  residentId?: string | number | null | undefined;
};

export type PlanServiceOpenDayInput = {
  companyId: string | number;
  compoundId: string | number;
  /** YYYY-MM-DD */
  day: string;
  standards: Array<ServiceStandardInput>;
  title: string;
  venue?: string | null | undefined;
};

/** Where a settlement's rebate to the owners' committee fund stands. */
export type RebateStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'NONE'
  | 'PENDING';

/** What a resident brought to the station after hours, and where the problem is. */
export type RecordAfterHoursIntakeInput = {
  areaKey?: string | null | undefined;
  buildingId?: string | number | null | undefined;
  callerName?: string | null | undefined;
  /** Chinese mobile (1[3-9] + 9 digits) or landline with area code. */
  callerPhone?: string | null | undefined;
  category: WorkOrderCategory;
  /** Also hand it back to the grid workers as an issue report. */
  handBackToGrid?: boolean | null | undefined;
  kind: WorkOrderKind;
  locationDetail?: string | null | undefined;
  priority: WorkOrderPriority;
  stationId: string | number;
  text: string;
};

export type RecordCofundingInput = {
  amountFen: string | number;
  /** OWNERS_COMMITTEE only: the committee fund's spending entry that paid it. */
  fundEntryId?: string | number | null | undefined;
  idempotencyKey: string;
  /** MERCHANT only. */
  merchantName?: string | null | undefined;
  note?: string | null | undefined;
  outletId: string | number;
  /** OWNERS_COMMITTEE only. */
  ownersCommitteeId?: string | number | null | undefined;
  /** PROPERTY_COMPANY only. */
  propertyCompanyId?: string | number | null | undefined;
  source: CofundingSource;
};

export type RecordFundIncomeInput = {
  /** Amount in fen, > 0. */
  amountFen: string | number;
  compoundId: string | number;
  description: string;
  /** Same key and input again returns the first entry; same key, other input is a CONFLICT. */
  idempotencyKey: string;
  source: ManualIncomeSource;
};

export type RecordMarketSaleInput = {
  /** The buyer's birth date (YYYY-MM-DD) as checked at the counter; 60 and over pay nothing. Not stored. */
  buyerBirthDate?: string | null | undefined;
  idempotencyKey: string;
  itemId: string | number;
  quantity: number;
  residentId?: string | number | null | undefined;
};

export type RecordMealInput = {
  cardId: string | number;
  idempotencyKey: string;
  /** Pay from the charity fund (registered families in difficulty only). */
  payFromCharityFund?: boolean | null | undefined;
};

export type RecordMerchantSupplyInput = {
  description: string;
  idempotencyKey: string;
  merchantName: string;
  outletId: string | number;
  /** Full price of the dishes supplied; the canteen pays half. */
  valueFen: string | number;
};

export type RecordVegPurchaseInput = {
  idempotencyKey: string;
  productId: string | number;
  quantity: number;
  /** Default: the district distribution centre (区配送中心). */
  supplier?: string | null | undefined;
  unitCostFen: string | number;
};

export type RegisterDifficultyFamilyInput = {
  householdId: string | number;
  note?: string | null | undefined;
  outletId: string | number;
};

/** The report's hand-over to property: waiting to be delivered (retried while property is unreachable), delivered (a work order exists), or refused for good. */
export type ReportHandoverStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type ReportIssueInput = {
  /** A named area (east gate, garage...), when not a building. */
  area?: string | null | undefined;
  /** The building, or give `area`. */
  buildingId?: string | number | null | undefined;
  category: IssueCategory;
  compoundId: string | number;
  description: string;
};

/** What became of the work order opened from a report, as property reported it. */
export type ReportWorkOrderOutcome =
  | 'CANCELLED'
  | 'RESOLVED';

export type RequestVegProductInput = {
  note?: string | null | undefined;
  outletId: string | number;
  productName: string;
};

export type ReverseFundEntryInput = {
  entryId: string | number;
  idempotencyKey: string;
  /** Why the entry is corrected. */
  reason: string;
};

export type ServiceOpenDayStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type ServiceStandardInput = {
  /** Fee in integer fen; null when the item is covered by the property fee. */
  feeFen?: string | number | null | undefined;
  feeUnit?: string | null | undefined;
  item: string;
  standard: string;
};

export type SetCalendarDayInput = {
  compoundId: string | number;
  /** YYYY-MM-DD */
  day: string;
  kind: CalendarDayKind;
  note?: string | null | undefined;
};

export type SetVegDailyPriceInput = {
  /** Discount in basis points, 2000 to 3000 (20%–30%). */
  discountBp: number;
  /** Today's market reference price per unit. */
  marketPriceFen: string | number;
  productId: string | number;
};

export type SettleOutletPeriodInput = {
  /** Same key and input → the first settlement; same key, other input → CONFLICT. */
  idempotencyKey: string;
  outletId: string | number;
  /** The month to settle, YYYY-MM (Asia/Shanghai); must be over. */
  period: string;
};

export type SubmitFundSpendingInput = {
  /** Amount in fen, > 0 and within the balance. */
  amountFen: string | number;
  compoundId: string | number;
  /** The activity the money gives back to residents. */
  description: string;
  idempotencyKey: string;
};

/** Where an order came from: the shop counter or the online app. */
export type VegOrderChannel =
  | 'APP'
  | 'COUNTER';

export type VegOrderLineInput = {
  productId: string | number;
  quantity: number;
};

export type VegOrderStatus =
  | 'CANCELLED'
  | 'PICKED_UP'
  | 'PLACED';

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

export type EnterpriseAccessVegOrderPageQueryVariables = Exact<{
  o: string | number;
  n?: number | null | undefined;
}>;


export type EnterpriseAccessVegOrderPageQuery = { vegOrders: { edges: Array<{ node: { total: { fen: string }, outlet: { name: string }, lines: Array<{ quantity: number, product: { name: string } }> } }> } };

export type EnterpriseAccessMealPageQueryVariables = Exact<{
  o: string | number;
  n?: number | null | undefined;
}>;


export type EnterpriseAccessMealPageQuery = { meals: { edges: Array<{ node: { ageYears: number | null, price: { fen: string }, card: { cardNo: string, holderName: string | null } } }> } };

export type EnterpriseAccessSettlementPagesQueryVariables = Exact<{
  id: string | number;
  n?: number | null | undefined;
}>;


export type EnterpriseAccessSettlementPagesQuery = { compound: { outlets: Array<{ settlements: { totalCount: number, edges: Array<{ node: { proceeds: { fen: string } | null, agreement: { enterpriseBp: number } | null, rebate: { status: RebateStatus } | null } }> } }> | null } };

export type EnterpriseAccessCommitteeRebatesQueryVariables = Exact<{
  c: string | number;
}>;


export type EnterpriseAccessCommitteeRebatesQuery = { settlements: { totalCount: number, edges: Array<{ node: { period: string | null, committeeRebate: { fen: string } | null, rebate: { status: RebateStatus } | null } }> } };

export type EnterpriseAccessCompanyAgreementsQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseAccessCompanyAgreementsQuery = { propertyCompany: { name: string | null, revenueShareAgreements: Array<{ enterpriseBp: number, propertyBp: number, rebateBpOfProperty: number, effectiveFrom: string, outlet: { kind: OutletKind } }> | null } };

export type EnterpriseAccessOutletAgreementsQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseAccessOutletAgreementsQuery = { compound: { outlets: Array<{ revenueShareAgreements: Array<{ enterpriseBp: number }> }> | null } };

export type EnterpriseAccessVegOrderCountQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseAccessVegOrderCountQuery = { vegOrders: { totalCount: number } };

export type EnterpriseAccessMealCountQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseAccessMealCountQuery = { meals: { totalCount: number } };

export type EnterpriseAccessCharityFundQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseAccessCharityFundQuery = { charityFund: { balance: { fen: string } } };

export type EnterpriseAccessMarketSaleCountQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseAccessMarketSaleCountQuery = { marketSales: { totalCount: number } };

export type EnterpriseAnalyticsSettleOctoberMutationVariables = Exact<{
  outletId: string | number;
}>;


export type EnterpriseAnalyticsSettleOctoberMutation = { settleOutletPeriod: { proceeds: { fen: string } | null } };

export type EnterpriseAnalyticsOutletFiguresQueryVariables = Exact<{
  o?: string | number | null | undefined;
}>;


export type EnterpriseAnalyticsOutletFiguresQuery = { outletPeriodFigures: Array<{ period: string, settled: boolean, outlet: { id: string }, sales: { fen: string }, costOfGoods: { fen: string }, proceeds: { fen: string } }> };

export type EnterpriseAnalyticsAllOutletFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseAnalyticsAllOutletFiguresQuery = { outletPeriodFigures: Array<{ period: string, outlet: { id: string }, sales: { fen: string } }> };

export type EnterpriseAnalyticsMealsByAgeTierQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseAnalyticsMealsByAgeTierQuery = { mealsByAgeTier: Array<{ tierMinAge: number, meals: number, paidByCharityFund: number, amount: { fen: string } }> };

export type EnterpriseAnalyticsCharityFundReportQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseAnalyticsCharityFundReportQuery = { charityFundReport: { income: { fen: string }, spending: { fen: string }, balance: { fen: string }, byKind: Array<{ kind: string, entries: number, amount: { fen: string } }> } };

export type EnterpriseAnalyticsCommunitySubsidiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseAnalyticsCommunitySubsidiesQuery = { communitySubsidies: Array<{ period: string, sales: number, outlet: { id: string }, subsidies: { fen: string }, seniorCover: { fen: string }, total: { fen: string } }> };

export type EnterpriseAnalyticsPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseAnalyticsPeriodsQuery = { outletPeriodFigures: Array<{ period: string }> };

export type EnterpriseAnalyticsSubsidyPeriodsQueryVariables = Exact<{
  f: string;
  t: string;
}>;


export type EnterpriseAnalyticsSubsidyPeriodsQuery = { communitySubsidies: Array<{ period: string }> };

export type EnterpriseCanteenIssueCardMutationVariables = Exact<{
  i: IssueMealCardInput;
}>;


export type EnterpriseCanteenIssueCardMutation = { issueMealCard: { id: string, cardNo: string, birthDate: string | null, holderName: string | null, birthDateVerifiedAt: string | null } };

export type EnterpriseCanteenRecordMealMutationVariables = Exact<{
  i: RecordMealInput;
}>;


export type EnterpriseCanteenRecordMealMutation = { recordMeal: { id: string, mealDate: string, ageYears: number | null, tierMinAge: number, paidBy: MealPaidBy, price: { fen: string, yuan: string } } };

export type EnterpriseCanteenPriceTiersQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseCanteenPriceTiersQuery = { mealPriceTiers: Array<{ minAge: number, price: { fen: string } }> };

export type EnterpriseCanteenVerifyBirthDateMutationVariables = Exact<{
  c: string | number;
  b: string;
}>;


export type EnterpriseCanteenVerifyBirthDateMutation = { verifyMealCardBirthDate: { id: string } };

export type EnterpriseCanteenVerifiedBirthDateMutationVariables = Exact<{
  c: string | number;
  b: string;
}>;


export type EnterpriseCanteenVerifiedBirthDateMutation = { verifyMealCardBirthDate: { birthDate: string | null, birthDateVerifiedAt: string | null } };

export type EnterpriseCanteenCardsAndMealsQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseCanteenCardsAndMealsQuery = { mealCards: { edges: Array<{ node: { holderName: string | null, birthDate: string | null, birthDateVerifiedAt: string | null } }> }, meals: { edges: Array<{ node: { ageYears: number | null, tierMinAge: number } }> } };

export type EnterpriseCanteenMyCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseCanteenMyCardsQuery = { myMealCards: Array<{ holderName: string | null, birthDate: string | null }> };

export type EnterpriseCanteenCardHoldersQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseCanteenCardHoldersQuery = { mealCards: { edges: Array<{ node: { holderName: string | null } }> } };

export type EnterpriseCanteenCardCountQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseCanteenCardCountQuery = { mealCards: { totalCount: number } };

export type EnterpriseCanteenEraseHolderMutationVariables = Exact<{
  c: string | number;
}>;


export type EnterpriseCanteenEraseHolderMutation = { eraseMealCardHolder: { id: string, holderName: string | null, birthDate: string | null, erasedAt: string | null } };

export type EnterpriseCanteenMyMealsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseCanteenMyMealsQuery = { myMeals: { totalCount: number, edges: Array<{ node: { ageYears: number | null, price: { fen: string }, card: { birthDate: string | null } } }> } };

export type EnterpriseCanteenMyMealCountQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseCanteenMyMealCountQuery = { myMeals: { totalCount: number } };

export type EnterpriseCanteenCardQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCanteenCardQuery = { mealCard: { id: string } };

export type EnterpriseCanteenRecordSupplyMutationVariables = Exact<{
  i: RecordMerchantSupplyInput;
}>;


export type EnterpriseCanteenRecordSupplyMutation = { recordMerchantSupply: { value: { fen: string }, paid: { fen: string }, credited: { fen: string } } };

export type EnterpriseCanteenRegisterFamilyMutationVariables = Exact<{
  i: RegisterDifficultyFamilyInput;
}>;


export type EnterpriseCanteenRegisterFamilyMutation = { registerDifficultyFamily: { householdId: string } };

export type EnterpriseCanteenCharityFundQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseCanteenCharityFundQuery = { charityFund: { balance: { fen: string } }, charityFundEntries: { totalCount: number, edges: Array<{ node: { kind: CharityFundEntryKind, amount: { fen: string }, balanceAfter: { fen: string } } }> } };

export type EnterpriseDemoCompoundSettlementsQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseDemoCompoundSettlementsQuery = { compound: { outlets: Array<{ kind: OutletKind, settlements: { totalCount: number, edges: Array<{ node: { period: string | null, proceeds: { fen: string } | null, enterpriseShare: { fen: string } | null, propertyKept: { fen: string } | null, committeeRebate: { fen: string } | null, rebate: { status: RebateStatus, amount: { fen: string } } | null } }> } }> | null } };

export type EnterpriseDemoOutletFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseDemoOutletFiguresQuery = { outletPeriodFigures: Array<{ period: string, settled: boolean, outlet: { id: string, kind: OutletKind }, proceeds: { fen: string } }> };

export type EnterpriseDemoMealsByAgeTierQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseDemoMealsByAgeTierQuery = { mealsByAgeTier: Array<{ tierMinAge: number, meals: number, paidByCharityFund: number }> };

export type EnterpriseDemoCommunitySubsidiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseDemoCommunitySubsidiesQuery = { communitySubsidies: Array<{ period: string, sales: number }> };

export type EnterpriseDemoCofundingQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseDemoCofundingQuery = { cofunding: { total: { yuan: string }, totals: Array<{ source: CofundingSource, amount: { yuan: string } }> } };

export type EnterpriseDemoCompoundCofundingQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseDemoCompoundCofundingQuery = { compound: { outlets: Array<{ kind: OutletKind, cofunding: { total: { fen: string }, totals: Array<{ source: CofundingSource, amount: { fen: string } }> } | null }> | null } };

export type EnterpriseDemoCofundingToFundQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseDemoCofundingToFundQuery = { compound: { outlets: Array<{ kind: OutletKind, cofunding: { contributions: Array<{ source: CofundingSource, amount: { fen: string }, ownersCommittee: { id: string, name: string | null } | null, fundEntry: { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, amount: { fen: string } | null, committee: { id: string } | null } | null }> } | null }> | null } };

export type EnterpriseCreateAgreementMutationVariables = Exact<{
  input: CreateRevenueShareAgreementInput;
}>;


export type EnterpriseCreateAgreementMutation = { createRevenueShareAgreement: { id: string } };

export type EnterpriseMarketRecordSaleMutationVariables = Exact<{
  i: RecordMarketSaleInput;
}>;


export type EnterpriseMarketRecordSaleMutation = { recordMarketSale: { id: string, quantity: number, senior: boolean, listPrice: { fen: string }, merchantDiscount: { fen: string }, communitySubsidy: { fen: string }, seniorCover: { fen: string }, residentPaid: { fen: string }, item: { name: string } } };

export type EnterpriseMarketCreateItemMutationVariables = Exact<{
  i: CreateMarketItemInput;
}>;


export type EnterpriseMarketCreateItemMutation = { createMarketItem: { id: string, name: string, listPrice: { fen: string }, residentPrice: { fen: string } } };

export type EnterpriseMarketRecordFundIncomeMutationVariables = Exact<{
  input: RecordFundIncomeInput;
}>;


export type EnterpriseMarketRecordFundIncomeMutation = { recordFundIncome: { id: string } };

export type EnterpriseMarketSubmitFundSpendingMutationVariables = Exact<{
  input: SubmitFundSpendingInput;
}>;


export type EnterpriseMarketSubmitFundSpendingMutation = { submitFundSpending: { id: string } };

export type EnterpriseMarketApproveFundSpendingMutationVariables = Exact<{
  input: DecideFundSpendingInput;
}>;


export type EnterpriseMarketApproveFundSpendingMutation = { approveFundSpending: { id: string } };

export type EnterpriseMarketReverseFundEntryMutationVariables = Exact<{
  input: ReverseFundEntryInput;
}>;


export type EnterpriseMarketReverseFundEntryMutation = { reverseFundEntry: { id: string } };

export type EnterpriseMarketRecordCofundingMutationVariables = Exact<{
  i: RecordCofundingInput;
}>;


export type EnterpriseMarketRecordCofundingMutation = { recordCofunding: { id: string, source: CofundingSource, merchantName: string | null, amount: { fen: string }, fundEntry: { id: string, direction: FundDirection | null, status: FundEntryStatus | null, amount: { fen: string } | null } | null, ownersCommittee: { id: string } | null, propertyCompany: { id: string } | null } };

export type EnterpriseMarketCofundingQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseMarketCofundingQuery = { cofunding: { total: { fen: string, yuan: string }, totals: Array<{ source: CofundingSource, amount: { fen: string } }>, contributions: Array<{ source: CofundingSource }> } };

export type EnterpriseMarketRecordCofundingIdMutationVariables = Exact<{
  i: RecordCofundingInput;
}>;


export type EnterpriseMarketRecordCofundingIdMutation = { recordCofunding: { id: string } };

export type EnterpriseRebateFaultsSettleMutationVariables = Exact<{
  input: SettleOutletPeriodInput;
}>;


export type EnterpriseRebateFaultsSettleMutation = { settleOutletPeriod: { id: string, committeeRebate: { fen: string } | null, rebate: { status: RebateStatus, attempts: number } | null } };

export type EnterpriseRebateFaultsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseRebateFaultsReadQuery = { settlement: { id: string, committeeRebate: { fen: string } | null, rebate: { status: RebateStatus, fundEntryId: string | null, failureReason: string | null, attempts: number } | null, fundEntry: { id: string, source: FundSource | null, direction: FundDirection | null, status: FundEntryStatus | null, amount: { fen: string } | null } | null } };

export type EnterpriseRebateFaultsRebateStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseRebateFaultsRebateStatusQuery = { settlement: { rebate: { status: RebateStatus, failureReason: string | null } | null } };

export type EnterpriseSplitSettleMutationVariables = Exact<{
  input: SettleOutletPeriodInput;
}>;


export type EnterpriseSplitSettleMutation = { settleOutletPeriod: { proceeds: { fen: string } | null, enterpriseShare: { fen: string } | null, propertyKept: { fen: string } | null, committeeRebate: { fen: string, yuan: string } | null } };

export type EnterpriseSettlementCreateAgreementMutationVariables = Exact<{
  input: CreateRevenueShareAgreementInput;
}>;


export type EnterpriseSettlementCreateAgreementMutation = { createRevenueShareAgreement: { id: string, enterpriseBp: number, propertyBp: number, rebateBpOfProperty: number, effectiveFrom: string, propertyCompany: { id: string } | null, ownersCommittee: { id: string } | null } };

export type EnterpriseSettlementSettleMutationVariables = Exact<{
  input: SettleOutletPeriodInput;
}>;


export type EnterpriseSettlementSettleMutation = { settleOutletPeriod: { id: string, period: string | null, note: string | null, enterpriseBp: number | null, propertyBp: number | null, rebateBpOfProperty: number | null, sales: { fen: string, yuan: string } | null, costOfGoods: { fen: string } | null, proceeds: { fen: string } | null, enterpriseShare: { fen: string } | null, propertyKept: { fen: string } | null, committeeRebate: { fen: string, yuan: string } | null, rebate: { status: RebateStatus, fundEntryId: string | null, failureReason: string | null, attempts: number, amount: { fen: string } } | null, outlet: { id: string } | null, ownersCommittee: { id: string } | null, propertyCompany: { id: string } | null } };

export type EnterpriseSettlementReadQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseSettlementReadQuery = { settlement: { id: string, period: string | null, committeeRebate: { fen: string } | null, rebate: { status: RebateStatus, fundEntryId: string | null, failureReason: string | null, attempts: number, deliveredAt: string | null } | null } };

export type EnterpriseSettlementCountQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseSettlementCountQuery = { settlements: { totalCount: number } };

export type EnterpriseSettlementPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseSettlementPeriodsQuery = { settlements: { totalCount: number, edges: Array<{ node: { period: string | null } }> } };

export type EnterpriseSettlementCompoundPagesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type EnterpriseSettlementCompoundPagesQuery = { compound: { outlets: Array<{ id: string, settlements: { totalCount: number, edges: Array<{ cursor: string, node: { period: string | null, enterpriseShare: { fen: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }> | null } };

export type EnterpriseVegShopPlaceOrderMutationVariables = Exact<{
  input: PlaceVegOrderInput;
}>;


export type EnterpriseVegShopPlaceOrderMutation = { placeVegOrder: { id: string, channel: VegOrderChannel, status: VegOrderStatus, priceDate: string, total: { fen: string }, lines: Array<{ lineNo: number, quantity: number, unitPrice: { fen: string }, amount: { fen: string }, product: { name: string } }>, resident: { id: string } | null } };

export type EnterpriseVegShopCreateProductMutationVariables = Exact<{
  i: CreateVegProductInput;
}>;


export type EnterpriseVegShopCreateProductMutation = { createVegProduct: { id: string, name: string, unit: string } };

export type EnterpriseVegShopSetDailyPriceMutationVariables = Exact<{
  i: SetVegDailyPriceInput;
}>;


export type EnterpriseVegShopSetDailyPriceMutation = { setVegDailyPrice: { date: string, discountBp: number, marketPrice: { fen: string }, salePrice: { fen: string, yuan: string } } };

export type EnterpriseVegShopPriceHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseVegShopPriceHistoryQuery = { vegPriceHistory: { totalCount: number, edges: Array<{ node: { date: string, salePrice: { fen: string } } }> } };

export type EnterpriseVegShopProductsQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseVegShopProductsQuery = { vegProducts: Array<{ name: string, todayPrice: { salePrice: { fen: string } } | null }> };

export type EnterpriseVegShopRecordPurchaseMutationVariables = Exact<{
  i: RecordVegPurchaseInput;
}>;


export type EnterpriseVegShopRecordPurchaseMutation = { recordVegPurchase: { id: string, quantity: number, supplier: string, unitCost: { fen: string }, total: { fen: string }, product: { name: string } } };

export type EnterpriseVegShopCancelOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseVegShopCancelOrderMutation = { cancelVegOrder: { id: string } };

export type EnterpriseVegShopCancelOrderShowingMutationVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseVegShopCancelOrderShowingMutation = { cancelVegOrder: { status: VegOrderStatus, cancelledAt: string | null } };

export type EnterpriseVegShopMarkPickedUpMutationVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseVegShopMarkPickedUpMutation = { markVegOrderPickedUp: { id: string } };

export type EnterpriseVegShopMarkPickedUpShowingMutationVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseVegShopMarkPickedUpShowingMutation = { markVegOrderPickedUp: { status: VegOrderStatus, pickedUpAt: string | null } };

export type EnterpriseVegShopMyOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseVegShopMyOrdersQuery = { myVegOrders: { totalCount: number, edges: Array<{ node: { status: VegOrderStatus, resident: { id: string } | null } }> } };

export type EnterpriseVegShopMyOrderCountQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseVegShopMyOrderCountQuery = { myVegOrders: { totalCount: number } };

export type EnterpriseVegShopOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseVegShopOrderQuery = { vegOrder: { id: string } };

export type EnterpriseVegShopBooksQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseVegShopBooksQuery = { vegOrders: { totalCount: number }, vegPurchases: { totalCount: number } };

export type EnterpriseVegShopOrderCountQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseVegShopOrderCountQuery = { vegOrders: { totalCount: number } };

export type EnterpriseVegShopRequestProductMutationVariables = Exact<{
  i: RequestVegProductInput;
}>;


export type EnterpriseVegShopRequestProductMutation = { requestVegProduct: { productName: string, note: string | null, requestedAt: string } };

export type EnterpriseVegShopRequestCountQueryVariables = Exact<{
  o: string | number;
}>;


export type EnterpriseVegShopRequestCountQuery = { vegProductRequests: { totalCount: number } };

export type EnterpriseVegShopSettleMonthMutationVariables = Exact<{
  i: SettleOutletPeriodInput;
}>;


export type EnterpriseVegShopSettleMonthMutation = { settleOutletPeriod: { sales: { fen: string } | null, costOfGoods: { fen: string } | null, proceeds: { fen: string } | null, enterpriseShare: { fen: string } | null, committeeRebate: { fen: string } | null } };

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

export type PropertyContractsCreateMutationVariables = Exact<{
  input: CreateServiceContractInput;
}>;


export type PropertyContractsCreateMutation = { createServiceContract: { id: string, startsOn: string, endsOn: string | null, areaKeys: Array<string>, company: { id: string }, compound: { id: string } | null, buildings: Array<{ id: string }> | null } };

export type PropertyContractsCreateCompanyMutationVariables = Exact<{
  input: CreatePropertyCompanyInput;
}>;


export type PropertyContractsCreateCompanyMutation = { createPropertyCompany: { id: string, name: string | null } };

export type PropertyContractsResponsibilitiesQueryVariables = Exact<{
  id: string | number;
  b3?: string | number | null | undefined;
}>;


export type PropertyContractsResponsibilitiesQuery = { compound: { buildings: Array<{ number: number | null, responsibleCompany: { id: string } | null }> | null, east: { name: string | null } | null, garage: { name: string | null } | null, b3: { name: string | null } | null, uncoveredZones: { day: string, buildings: Array<{ id: string }> | null, areas: Array<{ key: string }> } | null, serviceContracts: Array<{ id: string, areaKeys: Array<string>, company: { name: string | null }, buildings: Array<{ id: string }> | null }> | null } };

export type PropertyContractsStationCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyContractsStationCompanyQuery = { serviceStation: { id: string, propertyCompany: { name: string | null } | null } };

export type PropertyContractsStaffQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyContractsStaffQuery = { propertyCompany: { staff: Array<{ name: string }> | null } };

export type PropertyContractsResponsibleAtQueryVariables = Exact<{
  id: string | number;
  b: string | number;
  at?: string | null | undefined;
}>;


export type PropertyContractsResponsibleAtQuery = { compound: { responsibleCompany: { id: string } | null } };

export type PropertyContractsEndMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type PropertyContractsEndMutation = { endServiceContract: { id: string, endsOn: string | null } };

export type PropertyContractsDefineAreaMutationVariables = Exact<{
  input: DefineCommonAreaInput;
}>;


export type PropertyContractsDefineAreaMutation = { defineCommonArea: { compoundId: string, key: string, name: string, nameZh: string | null } };

export type PropertyContractsGapsQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyContractsGapsQuery = { compound: { uncoveredZones: { buildings: Array<{ id: string }> | null, areas: Array<{ key: string, name: string }> } | null } };

export type PropertyContractsUncoveredAtQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type PropertyContractsUncoveredAtQuery = { compound: { uncoveredZones: { buildings: Array<{ id: string }> | null, areas: Array<{ key: string }> } | null } };

export type PropertyDemoLiulangZonesQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyDemoLiulangZonesQuery = { compound: { uncoveredZones: { buildings: Array<{ id: string }> | null, areas: Array<{ key: string }> } | null, commonAreas: Array<{ key: string }> | null, serviceContracts: Array<{ id: string }> | null } };

export type PropertyDemoLiulangOrdersQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyDemoLiulangOrdersQuery = { workOrders: { totalCount: number, edges: Array<{ node: { status: WorkOrderStatus, overdue: boolean, areaKey: string | null, company: { id: string }, building: { id: string, responsibleCompany: { id: string } | null } | null, history: Array<{ action: string }> } }> } };

export type PropertyDemoResponsibleForAreaQueryVariables = Exact<{
  id: string | number;
  a?: string | null | undefined;
}>;


export type PropertyDemoResponsibleForAreaQuery = { compound: { responsibleCompany: { id: string } | null } };

export type PropertyDemoOrderPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type PropertyDemoOrderPageQuery = { workOrders: { edges: Array<{ node: { id: string, overdue: boolean, company: { name: string | null, staff: Array<{ id: string }> | null }, assignee: { name: string } | null, history: Array<{ action: string }>, building: { responsibleCompany: { name: string | null } | null } | null } }> } };

export type PropertyAddStaffMemberMutationVariables = Exact<{
  input: AddStaffMemberInput;
}>;


export type PropertyAddStaffMemberMutation = { addStaffMember: { id: string, name: string, title: string | null, companyId: string } };

export type PropertyWorkOrderFieldsFragment = { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> };

export type PropertyAcceptWorkOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyAcceptWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyDispatchWorkOrderMutationVariables = Exact<{
  id: string | number;
  assigneeId: string | number;
}>;


export type PropertyDispatchWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyStartWorkOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyStartWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyResolveWorkOrderMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type PropertyResolveWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyConfirmWorkOrderMutationVariables = Exact<{
  id: string | number;
  rating?: number | null | undefined;
  comment?: string | null | undefined;
}>;


export type PropertyConfirmWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyReopenWorkOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PropertyReopenWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyCancelWorkOrderMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type PropertyCancelWorkOrderMutation = { order: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyReportIssueMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type PropertyReportIssueMutation = { reportIssue: { id: string } };

export type PropertyRespondToReportMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyRespondToReportMutation = { respondToIssueReport: { id: string } };

export type PropertyHandoversReportFieldsFragment = { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, workOrderId: string | null, workOrderOutcome: ReportWorkOrderOutcome | null, workOrderOutcomeAt: string | null, resolvedAt: string | null, satisfaction: number | null, closedAt: string | null, sourceIntakeId: string | null, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null, error: string | null, attempts: number } | null, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> };

export type PropertyHandoversWorkOrderFieldsFragment = { id: string, kind: WorkOrderKind, status: WorkOrderStatus, areaKey: string | null, category: WorkOrderCategory, priority: WorkOrderPriority, description: string, contactName: string | null, company: { id: string, name: string | null }, building: { id: string } | null, history: Array<{ action: string, toStatus: WorkOrderStatus, actor: string }> };

export type PropertyIntakeRecordMutationVariables = Exact<{
  input: RecordAfterHoursIntakeInput;
}>;


export type PropertyIntakeRecordMutation = { recordAfterHoursIntake: { id: string, receivedAt: string, text: string, callerName: string | null, callerPhone: string | null, gridHandback: GridHandback, station: { id: string } | null, workOrder: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, contactName: string | null, company: { id: string }, building: { id: string } | null, history: Array<{ action: string, actor: string }> } } };

export type PropertyIntakeCallerQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyIntakeCallerQuery = { afterHoursIntake: { text: string, callerName: string | null, callerPhone: string | null } };

export type PropertyIntakeTextQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyIntakeTextQuery = { afterHoursIntake: { text: string } };

export type PropertyIntakeSetCalendarDayMutationVariables = Exact<{
  input: SetCalendarDayInput;
}>;


export type PropertyIntakeSetCalendarDayMutation = { setCompoundCalendarDay: { day: string, kind: CalendarDayKind } };

export type PropertyIntakePlanOpenDayMutationVariables = Exact<{
  input: PlanServiceOpenDayInput;
}>;


export type PropertyIntakePlanOpenDayMutation = { planServiceOpenDay: { id: string, status: ServiceOpenDayStatus, day: string, title: string, standards: Array<{ position: number, item: string, standard: string, feeUnit: string | null, fee: { fen: string, yuan: string } | null }> } };

export type PropertyIntakeOpenDaysSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyIntakeOpenDaysSeenQuery = { compound: { serviceOpenDays: Array<{ id: string, status: ServiceOpenDayStatus, publishedAt: string | null, company: { name: string | null }, standards: Array<{ item: string }> }> | null } };

export type PropertyIntakePublishOpenDayMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyIntakePublishOpenDayMutation = { publishServiceOpenDay: { status: ServiceOpenDayStatus, publishedAt: string | null } };

export type PropertyHandoversWorkersHandOverMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversWorkersHandOverMutation = { handIssueReportToProperty: { id: string } };

export type PropertyHandoversWorkersReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversWorkersReportQuery = { issueReport: { status: IssueStatus, workOrderOutcome: ReportWorkOrderOutcome | null, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null } | null, workOrders: Array<{ id: string, status: WorkOrderStatus, company: { id: string } }> | null } };

export type PropertyHandoversHandOverMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversHandOverMutation = { handIssueReportToProperty: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, workOrderId: string | null, workOrderOutcome: ReportWorkOrderOutcome | null, workOrderOutcomeAt: string | null, resolvedAt: string | null, satisfaction: number | null, closedAt: string | null, sourceIntakeId: string | null, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null, error: string | null, attempts: number } | null, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type PropertyHandoversReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversReportQuery = { issueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, workOrderId: string | null, workOrderOutcome: ReportWorkOrderOutcome | null, workOrderOutcomeAt: string | null, resolvedAt: string | null, satisfaction: number | null, closedAt: string | null, sourceIntakeId: string | null, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null, error: string | null, attempts: number } | null, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type PropertyHandoversReportWithOrdersQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversReportWithOrdersQuery = { issueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, workOrderId: string | null, workOrderOutcome: ReportWorkOrderOutcome | null, workOrderOutcomeAt: string | null, resolvedAt: string | null, satisfaction: number | null, closedAt: string | null, sourceIntakeId: string | null, workOrders: Array<{ id: string, kind: WorkOrderKind, status: WorkOrderStatus, areaKey: string | null, category: WorkOrderCategory, priority: WorkOrderPriority, description: string, contactName: string | null, company: { id: string, name: string | null }, building: { id: string } | null, history: Array<{ action: string, toStatus: WorkOrderStatus, actor: string }> }> | null, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null, error: string | null, attempts: number } | null, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type PropertyHandoversReportWithProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversReportWithProgressQuery = { issueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, workOrderId: string | null, workOrderOutcome: ReportWorkOrderOutcome | null, workOrderOutcomeAt: string | null, resolvedAt: string | null, satisfaction: number | null, closedAt: string | null, sourceIntakeId: string | null, workOrders: Array<{ status: WorkOrderStatus, assignee: { name: string } | null, history: Array<{ action: string }> }> | null, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null, error: string | null, attempts: number } | null, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type PropertyHandoversCreateResidentMutationVariables = Exact<{
  i: CreateResidentInput;
}>;


export type PropertyHandoversCreateResidentMutation = { createResident: { id: string } };

export type PropertyHandoversCloseReportMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversCloseReportMutation = { closeIssueReport: { status: IssueStatus, satisfaction: number | null, closedAt: string | null } };

export type PropertyHandoversReportAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversReportAccessQuery = { issueReport: { id: string, reporterResident: { id: string, name: string | null, phone: string | null } | null, workOrders: Array<{ id: string, status: WorkOrderStatus, areaKey: string | null, priority: WorkOrderPriority, company: { id: string }, history: Array<{ action: string, actor: string }> }> | null } };

export type PropertyHandoversWorkOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversWorkOrderQuery = { workOrder: { id: string } };

export type PropertyHandoversCompoundOrdersQueryVariables = Exact<{
  c: string | number;
}>;


export type PropertyHandoversCompoundOrdersQuery = { workOrders: { edges: Array<{ node: { id: string } }> } };

export type PropertyHandoversResolveReportMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversResolveReportMutation = { resolveIssueReport: { status: IssueStatus, path: IssuePath | null } };

export type PropertyHandoversRecordIntakeMutationVariables = Exact<{
  input: RecordAfterHoursIntakeInput;
}>;


export type PropertyHandoversRecordIntakeMutation = { recordAfterHoursIntake: { id: string, gridHandback: GridHandback, gridReportId: string | null } };

export type PropertyHandoversIntakeQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyHandoversIntakeQuery = { afterHoursIntake: { gridHandback: GridHandback, gridHandbackError: string | null, gridReportId: string | null } };

export type PropertyHandoversSubmittedReportsQueryVariables = Exact<{
  c: string | number;
}>;


export type PropertyHandoversSubmittedReportsQuery = { issueReports: { edges: Array<{ node: { id: string, source: IssueSource, sourceIntakeId: string | null, area: string | null, description: string, reportedAt: string } }> } };

export type PropertyHandoversReportsWithRepairsQueryVariables = Exact<{
  c: string | number;
  first: number;
}>;


export type PropertyHandoversReportsWithRepairsQuery = { issueReports: { edges: Array<{ node: { id: string, propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null } | null, workOrders: Array<{ id: string, status: WorkOrderStatus, company: { id: string, name: string | null }, history: Array<{ action: string, actor: string }> }> | null } }> } };

export type PropertyStatsWorkOrdersQueryVariables = Exact<{
  from: string;
  to: string;
  companyId?: string | number | null | undefined;
  compoundId?: string | number | null | undefined;
}>;


export type PropertyStatsWorkOrdersQuery = { workOrderStats: { total: number, resolvedCount: number, onTimeCount: number, onTimeRate: number | null, medianSecondsToResolve: number | null, ratedCount: number, averageRating: number | null, everResolvedCount: number, reopenedCount: number, reopenRate: number | null, byCategory: Array<{ category: WorkOrderCategory, count: number }> } };

export type PropertyWorkOrdersCreateMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type PropertyWorkOrdersCreateMutation = { createWorkOrder: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyWorkOrdersGetQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyWorkOrdersGetQuery = { workOrder: { id: string, kind: WorkOrderKind, status: WorkOrderStatus, description: string, priority: WorkOrderPriority, category: WorkOrderCategory, areaKey: string | null, locationDetail: string | null, submittedAt: string, slaDeadline: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, rating: number | null, reopenCount: number, residentId: string | null, contactName: string | null, contactPhone: string | null, company: { id: string }, building: { id: string } | null, assignee: { id: string, name: string } | null, history: Array<{ fromStatus: WorkOrderStatus | null, toStatus: WorkOrderStatus, action: string, actor: string, at: string, note: string | null }> } };

export type PropertyWorkOrdersOverdueQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyWorkOrdersOverdueQuery = { workOrder: { overdue: boolean } };

export type PropertyWorkOrdersOfCompoundQueryVariables = Exact<{
  compoundId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyWorkOrdersOfCompoundQuery = { workOrders: { totalCount: number, edges: Array<{ node: { id: string, kind: WorkOrderKind, residentId: string | null, company: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
export const PropertyWorkOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}
    `, {"fragmentName":"PropertyWorkOrderFields"}) as unknown as TypedDocumentString<PropertyWorkOrderFieldsFragment, unknown>;
export const PropertyHandoversReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment PropertyHandoversReportFields on IssueReport {
  id
  status
  path
  source
  workOrderId
  workOrderOutcome
  workOrderOutcomeAt
  resolvedAt
  satisfaction
  closedAt
  sourceIntakeId
  propertyHandover {
    status
    workOrderId
    error
    attempts
  }
  entries {
    kind
    note
    by
  }
}
    `, {"fragmentName":"PropertyHandoversReportFields"}) as unknown as TypedDocumentString<PropertyHandoversReportFieldsFragment, unknown>;
export const PropertyHandoversWorkOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment PropertyHandoversWorkOrderFields on WorkOrder {
  id
  kind
  status
  areaKey
  category
  priority
  description
  contactName
  company {
    id
    name
  }
  building {
    id
  }
  history {
    action
    toStatus
    actor
  }
}
    `, {"fragmentName":"PropertyHandoversWorkOrderFields"}) as unknown as TypedDocumentString<PropertyHandoversWorkOrderFieldsFragment, unknown>;
export const EnterpriseAccessVegOrderPageDocument = new TypedDocumentString(`
    query EnterpriseAccessVegOrderPage($o: ID!, $n: Int) {
  vegOrders(outletId: $o, first: $n) {
    edges {
      node {
        total {
          fen
        }
        outlet {
          name
        }
        lines {
          quantity
          product {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessVegOrderPageQuery, EnterpriseAccessVegOrderPageQueryVariables>;
export const EnterpriseAccessMealPageDocument = new TypedDocumentString(`
    query EnterpriseAccessMealPage($o: ID!, $n: Int) {
  meals(outletId: $o, first: $n) {
    edges {
      node {
        price {
          fen
        }
        ageYears
        card {
          cardNo
          holderName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessMealPageQuery, EnterpriseAccessMealPageQueryVariables>;
export const EnterpriseAccessSettlementPagesDocument = new TypedDocumentString(`
    query EnterpriseAccessSettlementPages($id: ID!, $n: Int) {
  compound(id: $id) {
    outlets {
      settlements(first: $n) {
        totalCount
        edges {
          node {
            proceeds {
              fen
            }
            agreement {
              enterpriseBp
            }
            rebate {
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessSettlementPagesQuery, EnterpriseAccessSettlementPagesQueryVariables>;
export const EnterpriseAccessCommitteeRebatesDocument = new TypedDocumentString(`
    query EnterpriseAccessCommitteeRebates($c: ID!) {
  settlements(ownersCommitteeId: $c, first: 100) {
    totalCount
    edges {
      node {
        period
        committeeRebate {
          fen
        }
        rebate {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessCommitteeRebatesQuery, EnterpriseAccessCommitteeRebatesQueryVariables>;
export const EnterpriseAccessCompanyAgreementsDocument = new TypedDocumentString(`
    query EnterpriseAccessCompanyAgreements($id: ID!) {
  propertyCompany(id: $id) {
    name
    revenueShareAgreements {
      enterpriseBp
      propertyBp
      rebateBpOfProperty
      effectiveFrom
      outlet {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessCompanyAgreementsQuery, EnterpriseAccessCompanyAgreementsQueryVariables>;
export const EnterpriseAccessOutletAgreementsDocument = new TypedDocumentString(`
    query EnterpriseAccessOutletAgreements($id: ID!) {
  compound(id: $id) {
    outlets {
      revenueShareAgreements {
        enterpriseBp
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessOutletAgreementsQuery, EnterpriseAccessOutletAgreementsQueryVariables>;
export const EnterpriseAccessVegOrderCountDocument = new TypedDocumentString(`
    query EnterpriseAccessVegOrderCount($o: ID!) {
  vegOrders(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessVegOrderCountQuery, EnterpriseAccessVegOrderCountQueryVariables>;
export const EnterpriseAccessMealCountDocument = new TypedDocumentString(`
    query EnterpriseAccessMealCount($o: ID!) {
  meals(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessMealCountQuery, EnterpriseAccessMealCountQueryVariables>;
export const EnterpriseAccessCharityFundDocument = new TypedDocumentString(`
    query EnterpriseAccessCharityFund($o: ID!) {
  charityFund(outletId: $o) {
    balance {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessCharityFundQuery, EnterpriseAccessCharityFundQueryVariables>;
export const EnterpriseAccessMarketSaleCountDocument = new TypedDocumentString(`
    query EnterpriseAccessMarketSaleCount($o: ID!) {
  marketSales(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccessMarketSaleCountQuery, EnterpriseAccessMarketSaleCountQueryVariables>;
export const EnterpriseAnalyticsSettleOctoberDocument = new TypedDocumentString(`
    mutation EnterpriseAnalyticsSettleOctober($outletId: ID!) {
  settleOutletPeriod(
    input: {outletId: $outletId, period: "2026-10", idempotencyKey: "oct"}
  ) {
    proceeds {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsSettleOctoberMutation, EnterpriseAnalyticsSettleOctoberMutationVariables>;
export const EnterpriseAnalyticsOutletFiguresDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsOutletFigures($o: ID) {
  outletPeriodFigures(from: "2026-10", to: "2026-11", outletId: $o) {
    outlet {
      id
    }
    period
    sales {
      fen
    }
    costOfGoods {
      fen
    }
    proceeds {
      fen
    }
    settled
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsOutletFiguresQuery, EnterpriseAnalyticsOutletFiguresQueryVariables>;
export const EnterpriseAnalyticsAllOutletFiguresDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsAllOutletFigures {
  outletPeriodFigures(from: "2026-09", to: "2026-12") {
    outlet {
      id
    }
    period
    sales {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsAllOutletFiguresQuery, EnterpriseAnalyticsAllOutletFiguresQueryVariables>;
export const EnterpriseAnalyticsMealsByAgeTierDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsMealsByAgeTier($o: ID!) {
  mealsByAgeTier(outletId: $o, from: "2026-10", to: "2026-11") {
    tierMinAge
    meals
    paidByCharityFund
    amount {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsMealsByAgeTierQuery, EnterpriseAnalyticsMealsByAgeTierQueryVariables>;
export const EnterpriseAnalyticsCharityFundReportDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsCharityFundReport($o: ID!) {
  charityFundReport(outletId: $o, from: "2026-10", to: "2026-11") {
    income {
      fen
    }
    spending {
      fen
    }
    balance {
      fen
    }
    byKind {
      kind
      entries
      amount {
        fen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsCharityFundReportQuery, EnterpriseAnalyticsCharityFundReportQueryVariables>;
export const EnterpriseAnalyticsCommunitySubsidiesDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsCommunitySubsidies {
  communitySubsidies(from: "2026-10", to: "2026-11") {
    outlet {
      id
    }
    period
    sales
    subsidies {
      fen
    }
    seniorCover {
      fen
    }
    total {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsCommunitySubsidiesQuery, EnterpriseAnalyticsCommunitySubsidiesQueryVariables>;
export const EnterpriseAnalyticsPeriodsDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsPeriods {
  outletPeriodFigures(from: "2026-10", to: "2026-11") {
    period
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsPeriodsQuery, EnterpriseAnalyticsPeriodsQueryVariables>;
export const EnterpriseAnalyticsSubsidyPeriodsDocument = new TypedDocumentString(`
    query EnterpriseAnalyticsSubsidyPeriods($f: String!, $t: String!) {
  communitySubsidies(from: $f, to: $t) {
    period
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAnalyticsSubsidyPeriodsQuery, EnterpriseAnalyticsSubsidyPeriodsQueryVariables>;
export const EnterpriseCanteenIssueCardDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenIssueCard($i: IssueMealCardInput!) {
  issueMealCard(input: $i) {
    id
    cardNo
    birthDate
    holderName
    birthDateVerifiedAt
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenIssueCardMutation, EnterpriseCanteenIssueCardMutationVariables>;
export const EnterpriseCanteenRecordMealDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenRecordMeal($i: RecordMealInput!) {
  recordMeal(input: $i) {
    id
    mealDate
    ageYears
    tierMinAge
    paidBy
    price {
      fen
      yuan
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenRecordMealMutation, EnterpriseCanteenRecordMealMutationVariables>;
export const EnterpriseCanteenPriceTiersDocument = new TypedDocumentString(`
    query EnterpriseCanteenPriceTiers($o: ID!) {
  mealPriceTiers(outletId: $o) {
    minAge
    price {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenPriceTiersQuery, EnterpriseCanteenPriceTiersQueryVariables>;
export const EnterpriseCanteenVerifyBirthDateDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenVerifyBirthDate($c: ID!, $b: String!) {
  verifyMealCardBirthDate(cardId: $c, birthDate: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenVerifyBirthDateMutation, EnterpriseCanteenVerifyBirthDateMutationVariables>;
export const EnterpriseCanteenVerifiedBirthDateDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenVerifiedBirthDate($c: ID!, $b: String!) {
  verifyMealCardBirthDate(cardId: $c, birthDate: $b) {
    birthDate
    birthDateVerifiedAt
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenVerifiedBirthDateMutation, EnterpriseCanteenVerifiedBirthDateMutationVariables>;
export const EnterpriseCanteenCardsAndMealsDocument = new TypedDocumentString(`
    query EnterpriseCanteenCardsAndMeals($o: ID!) {
  mealCards(outletId: $o, first: 100) {
    edges {
      node {
        holderName
        birthDate
        birthDateVerifiedAt
      }
    }
  }
  meals(outletId: $o, first: 5) {
    edges {
      node {
        ageYears
        tierMinAge
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenCardsAndMealsQuery, EnterpriseCanteenCardsAndMealsQueryVariables>;
export const EnterpriseCanteenMyCardsDocument = new TypedDocumentString(`
    query EnterpriseCanteenMyCards {
  myMealCards {
    holderName
    birthDate
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenMyCardsQuery, EnterpriseCanteenMyCardsQueryVariables>;
export const EnterpriseCanteenCardHoldersDocument = new TypedDocumentString(`
    query EnterpriseCanteenCardHolders($o: ID!) {
  mealCards(outletId: $o, first: 100) {
    edges {
      node {
        holderName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenCardHoldersQuery, EnterpriseCanteenCardHoldersQueryVariables>;
export const EnterpriseCanteenCardCountDocument = new TypedDocumentString(`
    query EnterpriseCanteenCardCount($o: ID!) {
  mealCards(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenCardCountQuery, EnterpriseCanteenCardCountQueryVariables>;
export const EnterpriseCanteenEraseHolderDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenEraseHolder($c: ID!) {
  eraseMealCardHolder(cardId: $c) {
    id
    holderName
    birthDate
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenEraseHolderMutation, EnterpriseCanteenEraseHolderMutationVariables>;
export const EnterpriseCanteenMyMealsDocument = new TypedDocumentString(`
    query EnterpriseCanteenMyMeals {
  myMeals {
    totalCount
    edges {
      node {
        price {
          fen
        }
        ageYears
        card {
          birthDate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenMyMealsQuery, EnterpriseCanteenMyMealsQueryVariables>;
export const EnterpriseCanteenMyMealCountDocument = new TypedDocumentString(`
    query EnterpriseCanteenMyMealCount {
  myMeals {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenMyMealCountQuery, EnterpriseCanteenMyMealCountQueryVariables>;
export const EnterpriseCanteenCardDocument = new TypedDocumentString(`
    query EnterpriseCanteenCard($id: ID!) {
  mealCard(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenCardQuery, EnterpriseCanteenCardQueryVariables>;
export const EnterpriseCanteenRecordSupplyDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenRecordSupply($i: RecordMerchantSupplyInput!) {
  recordMerchantSupply(input: $i) {
    value {
      fen
    }
    paid {
      fen
    }
    credited {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenRecordSupplyMutation, EnterpriseCanteenRecordSupplyMutationVariables>;
export const EnterpriseCanteenRegisterFamilyDocument = new TypedDocumentString(`
    mutation EnterpriseCanteenRegisterFamily($i: RegisterDifficultyFamilyInput!) {
  registerDifficultyFamily(input: $i) {
    householdId
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenRegisterFamilyMutation, EnterpriseCanteenRegisterFamilyMutationVariables>;
export const EnterpriseCanteenCharityFundDocument = new TypedDocumentString(`
    query EnterpriseCanteenCharityFund($o: ID!) {
  charityFund(outletId: $o) {
    balance {
      fen
    }
  }
  charityFundEntries(outletId: $o, first: 100) {
    totalCount
    edges {
      node {
        kind
        amount {
          fen
        }
        balanceAfter {
          fen
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCanteenCharityFundQuery, EnterpriseCanteenCharityFundQueryVariables>;
export const EnterpriseDemoCompoundSettlementsDocument = new TypedDocumentString(`
    query EnterpriseDemoCompoundSettlements($id: ID!) {
  compound(id: $id) {
    outlets {
      kind
      settlements(first: 10) {
        totalCount
        edges {
          node {
            period
            proceeds {
              fen
            }
            enterpriseShare {
              fen
            }
            propertyKept {
              fen
            }
            committeeRebate {
              fen
            }
            rebate {
              status
              amount {
                fen
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoCompoundSettlementsQuery, EnterpriseDemoCompoundSettlementsQueryVariables>;
export const EnterpriseDemoOutletFiguresDocument = new TypedDocumentString(`
    query EnterpriseDemoOutletFigures {
  outletPeriodFigures(from: "2026-08", to: "2026-10") {
    outlet {
      id
      kind
    }
    period
    proceeds {
      fen
    }
    settled
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoOutletFiguresQuery, EnterpriseDemoOutletFiguresQueryVariables>;
export const EnterpriseDemoMealsByAgeTierDocument = new TypedDocumentString(`
    query EnterpriseDemoMealsByAgeTier($o: ID!) {
  mealsByAgeTier(outletId: $o, from: "2026-08", to: "2026-10") {
    tierMinAge
    meals
    paidByCharityFund
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoMealsByAgeTierQuery, EnterpriseDemoMealsByAgeTierQueryVariables>;
export const EnterpriseDemoCommunitySubsidiesDocument = new TypedDocumentString(`
    query EnterpriseDemoCommunitySubsidies {
  communitySubsidies(from: "2026-08", to: "2026-10") {
    period
    sales
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoCommunitySubsidiesQuery, EnterpriseDemoCommunitySubsidiesQueryVariables>;
export const EnterpriseDemoCofundingDocument = new TypedDocumentString(`
    query EnterpriseDemoCofunding($o: ID!) {
  cofunding(outletId: $o) {
    total {
      yuan
    }
    totals {
      source
      amount {
        yuan
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoCofundingQuery, EnterpriseDemoCofundingQueryVariables>;
export const EnterpriseDemoCompoundCofundingDocument = new TypedDocumentString(`
    query EnterpriseDemoCompoundCofunding($id: ID!) {
  compound(id: $id) {
    outlets {
      kind
      cofunding {
        total {
          fen
        }
        totals {
          source
          amount {
            fen
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoCompoundCofundingQuery, EnterpriseDemoCompoundCofundingQueryVariables>;
export const EnterpriseDemoCofundingToFundDocument = new TypedDocumentString(`
    query EnterpriseDemoCofundingToFund($id: ID!) {
  compound(id: $id) {
    outlets {
      kind
      cofunding {
        contributions {
          source
          amount {
            fen
          }
          ownersCommittee {
            id
            name
          }
          fundEntry {
            id
            direction
            source
            status
            amount {
              fen
            }
            committee {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseDemoCofundingToFundQuery, EnterpriseDemoCofundingToFundQueryVariables>;
export const EnterpriseCreateAgreementDocument = new TypedDocumentString(`
    mutation EnterpriseCreateAgreement($input: CreateRevenueShareAgreementInput!) {
  createRevenueShareAgreement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCreateAgreementMutation, EnterpriseCreateAgreementMutationVariables>;
export const EnterpriseMarketRecordSaleDocument = new TypedDocumentString(`
    mutation EnterpriseMarketRecordSale($i: RecordMarketSaleInput!) {
  recordMarketSale(input: $i) {
    id
    quantity
    senior
    listPrice {
      fen
    }
    merchantDiscount {
      fen
    }
    communitySubsidy {
      fen
    }
    seniorCover {
      fen
    }
    residentPaid {
      fen
    }
    item {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketRecordSaleMutation, EnterpriseMarketRecordSaleMutationVariables>;
export const EnterpriseMarketCreateItemDocument = new TypedDocumentString(`
    mutation EnterpriseMarketCreateItem($i: CreateMarketItemInput!) {
  createMarketItem(input: $i) {
    id
    name
    listPrice {
      fen
    }
    residentPrice {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketCreateItemMutation, EnterpriseMarketCreateItemMutationVariables>;
export const EnterpriseMarketRecordFundIncomeDocument = new TypedDocumentString(`
    mutation EnterpriseMarketRecordFundIncome($input: RecordFundIncomeInput!) {
  recordFundIncome(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketRecordFundIncomeMutation, EnterpriseMarketRecordFundIncomeMutationVariables>;
export const EnterpriseMarketSubmitFundSpendingDocument = new TypedDocumentString(`
    mutation EnterpriseMarketSubmitFundSpending($input: SubmitFundSpendingInput!) {
  submitFundSpending(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketSubmitFundSpendingMutation, EnterpriseMarketSubmitFundSpendingMutationVariables>;
export const EnterpriseMarketApproveFundSpendingDocument = new TypedDocumentString(`
    mutation EnterpriseMarketApproveFundSpending($input: DecideFundSpendingInput!) {
  approveFundSpending(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketApproveFundSpendingMutation, EnterpriseMarketApproveFundSpendingMutationVariables>;
export const EnterpriseMarketReverseFundEntryDocument = new TypedDocumentString(`
    mutation EnterpriseMarketReverseFundEntry($input: ReverseFundEntryInput!) {
  reverseFundEntry(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketReverseFundEntryMutation, EnterpriseMarketReverseFundEntryMutationVariables>;
export const EnterpriseMarketRecordCofundingDocument = new TypedDocumentString(`
    mutation EnterpriseMarketRecordCofunding($i: RecordCofundingInput!) {
  recordCofunding(input: $i) {
    id
    source
    amount {
      fen
    }
    fundEntry {
      id
      direction
      status
      amount {
        fen
      }
    }
    ownersCommittee {
      id
    }
    propertyCompany {
      id
    }
    merchantName
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketRecordCofundingMutation, EnterpriseMarketRecordCofundingMutationVariables>;
export const EnterpriseMarketCofundingDocument = new TypedDocumentString(`
    query EnterpriseMarketCofunding($o: ID!) {
  cofunding(outletId: $o) {
    total {
      fen
      yuan
    }
    totals {
      source
      amount {
        fen
      }
    }
    contributions {
      source
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketCofundingQuery, EnterpriseMarketCofundingQueryVariables>;
export const EnterpriseMarketRecordCofundingIdDocument = new TypedDocumentString(`
    mutation EnterpriseMarketRecordCofundingId($i: RecordCofundingInput!) {
  recordCofunding(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseMarketRecordCofundingIdMutation, EnterpriseMarketRecordCofundingIdMutationVariables>;
export const EnterpriseRebateFaultsSettleDocument = new TypedDocumentString(`
    mutation EnterpriseRebateFaultsSettle($input: SettleOutletPeriodInput!) {
  settleOutletPeriod(input: $input) {
    id
    committeeRebate {
      fen
    }
    rebate {
      status
      attempts
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseRebateFaultsSettleMutation, EnterpriseRebateFaultsSettleMutationVariables>;
export const EnterpriseRebateFaultsReadDocument = new TypedDocumentString(`
    query EnterpriseRebateFaultsRead($id: ID!) {
  settlement(id: $id) {
    id
    committeeRebate {
      fen
    }
    rebate {
      status
      fundEntryId
      failureReason
      attempts
    }
    fundEntry {
      id
      source
      direction
      status
      amount {
        fen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseRebateFaultsReadQuery, EnterpriseRebateFaultsReadQueryVariables>;
export const EnterpriseRebateFaultsRebateStatusDocument = new TypedDocumentString(`
    query EnterpriseRebateFaultsRebateStatus($id: ID!) {
  settlement(id: $id) {
    rebate {
      status
      failureReason
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseRebateFaultsRebateStatusQuery, EnterpriseRebateFaultsRebateStatusQueryVariables>;
export const EnterpriseSplitSettleDocument = new TypedDocumentString(`
    mutation EnterpriseSplitSettle($input: SettleOutletPeriodInput!) {
  settleOutletPeriod(input: $input) {
    proceeds {
      fen
    }
    enterpriseShare {
      fen
    }
    propertyKept {
      fen
    }
    committeeRebate {
      fen
      yuan
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSplitSettleMutation, EnterpriseSplitSettleMutationVariables>;
export const EnterpriseSettlementCreateAgreementDocument = new TypedDocumentString(`
    mutation EnterpriseSettlementCreateAgreement($input: CreateRevenueShareAgreementInput!) {
  createRevenueShareAgreement(input: $input) {
    id
    enterpriseBp
    propertyBp
    rebateBpOfProperty
    effectiveFrom
    propertyCompany {
      id
    }
    ownersCommittee {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSettlementCreateAgreementMutation, EnterpriseSettlementCreateAgreementMutationVariables>;
export const EnterpriseSettlementSettleDocument = new TypedDocumentString(`
    mutation EnterpriseSettlementSettle($input: SettleOutletPeriodInput!) {
  settleOutletPeriod(input: $input) {
    id
    period
    note
    enterpriseBp
    propertyBp
    rebateBpOfProperty
    sales {
      fen
      yuan
    }
    costOfGoods {
      fen
    }
    proceeds {
      fen
    }
    enterpriseShare {
      fen
    }
    propertyKept {
      fen
    }
    committeeRebate {
      fen
      yuan
    }
    rebate {
      status
      amount {
        fen
      }
      fundEntryId
      failureReason
      attempts
    }
    outlet {
      id
    }
    ownersCommittee {
      id
    }
    propertyCompany {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSettlementSettleMutation, EnterpriseSettlementSettleMutationVariables>;
export const EnterpriseSettlementReadDocument = new TypedDocumentString(`
    query EnterpriseSettlementRead($id: ID!) {
  settlement(id: $id) {
    id
    period
    committeeRebate {
      fen
    }
    rebate {
      status
      fundEntryId
      failureReason
      attempts
      deliveredAt
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSettlementReadQuery, EnterpriseSettlementReadQueryVariables>;
export const EnterpriseSettlementCountDocument = new TypedDocumentString(`
    query EnterpriseSettlementCount {
  settlements(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSettlementCountQuery, EnterpriseSettlementCountQueryVariables>;
export const EnterpriseSettlementPeriodsDocument = new TypedDocumentString(`
    query EnterpriseSettlementPeriods {
  settlements(first: 100) {
    totalCount
    edges {
      node {
        period
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSettlementPeriodsQuery, EnterpriseSettlementPeriodsQueryVariables>;
export const EnterpriseSettlementCompoundPagesDocument = new TypedDocumentString(`
    query EnterpriseSettlementCompoundPages($id: ID!, $after: String) {
  compound(id: $id) {
    outlets {
      id
      settlements(first: 1, after: $after) {
        totalCount
        edges {
          cursor
          node {
            period
            enterpriseShare {
              fen
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSettlementCompoundPagesQuery, EnterpriseSettlementCompoundPagesQueryVariables>;
export const EnterpriseVegShopPlaceOrderDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopPlaceOrder($input: PlaceVegOrderInput!) {
  placeVegOrder(input: $input) {
    id
    channel
    status
    priceDate
    total {
      fen
    }
    lines {
      lineNo
      quantity
      unitPrice {
        fen
      }
      amount {
        fen
      }
      product {
        name
      }
    }
    resident {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopPlaceOrderMutation, EnterpriseVegShopPlaceOrderMutationVariables>;
export const EnterpriseVegShopCreateProductDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopCreateProduct($i: CreateVegProductInput!) {
  createVegProduct(input: $i) {
    id
    name
    unit
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopCreateProductMutation, EnterpriseVegShopCreateProductMutationVariables>;
export const EnterpriseVegShopSetDailyPriceDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopSetDailyPrice($i: SetVegDailyPriceInput!) {
  setVegDailyPrice(input: $i) {
    date
    discountBp
    marketPrice {
      fen
    }
    salePrice {
      fen
      yuan
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopSetDailyPriceMutation, EnterpriseVegShopSetDailyPriceMutationVariables>;
export const EnterpriseVegShopPriceHistoryDocument = new TypedDocumentString(`
    query EnterpriseVegShopPriceHistory($id: ID!) {
  vegPriceHistory(productId: $id) {
    totalCount
    edges {
      node {
        date
        salePrice {
          fen
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopPriceHistoryQuery, EnterpriseVegShopPriceHistoryQueryVariables>;
export const EnterpriseVegShopProductsDocument = new TypedDocumentString(`
    query EnterpriseVegShopProducts($o: ID!) {
  vegProducts(outletId: $o) {
    name
    todayPrice {
      salePrice {
        fen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopProductsQuery, EnterpriseVegShopProductsQueryVariables>;
export const EnterpriseVegShopRecordPurchaseDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopRecordPurchase($i: RecordVegPurchaseInput!) {
  recordVegPurchase(input: $i) {
    id
    quantity
    supplier
    unitCost {
      fen
    }
    total {
      fen
    }
    product {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopRecordPurchaseMutation, EnterpriseVegShopRecordPurchaseMutationVariables>;
export const EnterpriseVegShopCancelOrderDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopCancelOrder($id: ID!) {
  cancelVegOrder(orderId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopCancelOrderMutation, EnterpriseVegShopCancelOrderMutationVariables>;
export const EnterpriseVegShopCancelOrderShowingDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopCancelOrderShowing($id: ID!) {
  cancelVegOrder(orderId: $id) {
    status
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopCancelOrderShowingMutation, EnterpriseVegShopCancelOrderShowingMutationVariables>;
export const EnterpriseVegShopMarkPickedUpDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopMarkPickedUp($id: ID!) {
  markVegOrderPickedUp(orderId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopMarkPickedUpMutation, EnterpriseVegShopMarkPickedUpMutationVariables>;
export const EnterpriseVegShopMarkPickedUpShowingDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopMarkPickedUpShowing($id: ID!) {
  markVegOrderPickedUp(orderId: $id) {
    status
    pickedUpAt
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopMarkPickedUpShowingMutation, EnterpriseVegShopMarkPickedUpShowingMutationVariables>;
export const EnterpriseVegShopMyOrdersDocument = new TypedDocumentString(`
    query EnterpriseVegShopMyOrders {
  myVegOrders {
    totalCount
    edges {
      node {
        resident {
          id
        }
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopMyOrdersQuery, EnterpriseVegShopMyOrdersQueryVariables>;
export const EnterpriseVegShopMyOrderCountDocument = new TypedDocumentString(`
    query EnterpriseVegShopMyOrderCount {
  myVegOrders {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopMyOrderCountQuery, EnterpriseVegShopMyOrderCountQueryVariables>;
export const EnterpriseVegShopOrderDocument = new TypedDocumentString(`
    query EnterpriseVegShopOrder($id: ID!) {
  vegOrder(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopOrderQuery, EnterpriseVegShopOrderQueryVariables>;
export const EnterpriseVegShopBooksDocument = new TypedDocumentString(`
    query EnterpriseVegShopBooks($o: ID!) {
  vegOrders(outletId: $o) {
    totalCount
  }
  vegPurchases(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopBooksQuery, EnterpriseVegShopBooksQueryVariables>;
export const EnterpriseVegShopOrderCountDocument = new TypedDocumentString(`
    query EnterpriseVegShopOrderCount($o: ID!) {
  vegOrders(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopOrderCountQuery, EnterpriseVegShopOrderCountQueryVariables>;
export const EnterpriseVegShopRequestProductDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopRequestProduct($i: RequestVegProductInput!) {
  requestVegProduct(input: $i) {
    productName
    note
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopRequestProductMutation, EnterpriseVegShopRequestProductMutationVariables>;
export const EnterpriseVegShopRequestCountDocument = new TypedDocumentString(`
    query EnterpriseVegShopRequestCount($o: ID!) {
  vegProductRequests(outletId: $o) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopRequestCountQuery, EnterpriseVegShopRequestCountQueryVariables>;
export const EnterpriseVegShopSettleMonthDocument = new TypedDocumentString(`
    mutation EnterpriseVegShopSettleMonth($i: SettleOutletPeriodInput!) {
  settleOutletPeriod(input: $i) {
    sales {
      fen
    }
    costOfGoods {
      fen
    }
    proceeds {
      fen
    }
    enterpriseShare {
      fen
    }
    committeeRebate {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseVegShopSettleMonthMutation, EnterpriseVegShopSettleMonthMutationVariables>;
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
export const PropertyContractsCreateDocument = new TypedDocumentString(`
    mutation PropertyContractsCreate($input: CreateServiceContractInput!) {
  createServiceContract(input: $input) {
    id
    startsOn
    endsOn
    company {
      id
    }
    compound {
      id
    }
    buildings {
      id
    }
    areaKeys
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsCreateMutation, PropertyContractsCreateMutationVariables>;
export const PropertyContractsCreateCompanyDocument = new TypedDocumentString(`
    mutation PropertyContractsCreateCompany($input: CreatePropertyCompanyInput!) {
  createPropertyCompany(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsCreateCompanyMutation, PropertyContractsCreateCompanyMutationVariables>;
export const PropertyContractsResponsibilitiesDocument = new TypedDocumentString(`
    query PropertyContractsResponsibilities($id: ID!, $b3: ID) {
  compound(id: $id) {
    buildings {
      number
      responsibleCompany {
        id
      }
    }
    east: responsibleCompany(areaKey: "east-gate") {
      name
    }
    garage: responsibleCompany(areaKey: "underground-garage") {
      name
    }
    b3: responsibleCompany(buildingId: $b3) {
      name
    }
    uncoveredZones {
      day
      buildings {
        id
      }
      areas {
        key
      }
    }
    serviceContracts {
      id
      company {
        name
      }
      buildings {
        id
      }
      areaKeys
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsResponsibilitiesQuery, PropertyContractsResponsibilitiesQueryVariables>;
export const PropertyContractsStationCompanyDocument = new TypedDocumentString(`
    query PropertyContractsStationCompany($id: ID!) {
  serviceStation(id: $id) {
    id
    propertyCompany {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsStationCompanyQuery, PropertyContractsStationCompanyQueryVariables>;
export const PropertyContractsStaffDocument = new TypedDocumentString(`
    query PropertyContractsStaff($id: ID!) {
  propertyCompany(id: $id) {
    staff {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsStaffQuery, PropertyContractsStaffQueryVariables>;
export const PropertyContractsResponsibleAtDocument = new TypedDocumentString(`
    query PropertyContractsResponsibleAt($id: ID!, $b: ID!, $at: DateTimeISO) {
  compound(id: $id) {
    responsibleCompany(buildingId: $b, at: $at) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsResponsibleAtQuery, PropertyContractsResponsibleAtQueryVariables>;
export const PropertyContractsEndDocument = new TypedDocumentString(`
    mutation PropertyContractsEnd($id: ID!, $endsOn: String!) {
  endServiceContract(id: $id, endsOn: $endsOn) {
    id
    endsOn
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsEndMutation, PropertyContractsEndMutationVariables>;
export const PropertyContractsDefineAreaDocument = new TypedDocumentString(`
    mutation PropertyContractsDefineArea($input: DefineCommonAreaInput!) {
  defineCommonArea(input: $input) {
    compoundId
    key
    name
    nameZh
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsDefineAreaMutation, PropertyContractsDefineAreaMutationVariables>;
export const PropertyContractsGapsDocument = new TypedDocumentString(`
    query PropertyContractsGaps($id: ID!) {
  compound(id: $id) {
    uncoveredZones {
      buildings {
        id
      }
      areas {
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsGapsQuery, PropertyContractsGapsQueryVariables>;
export const PropertyContractsUncoveredAtDocument = new TypedDocumentString(`
    query PropertyContractsUncoveredAt($id: ID!, $at: DateTimeISO) {
  compound(id: $id) {
    uncoveredZones(at: $at) {
      buildings {
        id
      }
      areas {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyContractsUncoveredAtQuery, PropertyContractsUncoveredAtQueryVariables>;
export const PropertyDemoLiulangZonesDocument = new TypedDocumentString(`
    query PropertyDemoLiulangZones($id: ID!) {
  compound(id: $id) {
    uncoveredZones {
      buildings {
        id
      }
      areas {
        key
      }
    }
    commonAreas {
      key
    }
    serviceContracts {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyDemoLiulangZonesQuery, PropertyDemoLiulangZonesQueryVariables>;
export const PropertyDemoLiulangOrdersDocument = new TypedDocumentString(`
    query PropertyDemoLiulangOrders($id: ID!) {
  workOrders(compoundId: $id, first: 100) {
    totalCount
    edges {
      node {
        status
        overdue
        areaKey
        company {
          id
        }
        building {
          id
          responsibleCompany {
            id
          }
        }
        history {
          action
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyDemoLiulangOrdersQuery, PropertyDemoLiulangOrdersQueryVariables>;
export const PropertyDemoResponsibleForAreaDocument = new TypedDocumentString(`
    query PropertyDemoResponsibleForArea($id: ID!, $a: String) {
  compound(id: $id) {
    responsibleCompany(areaKey: $a) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyDemoResponsibleForAreaQuery, PropertyDemoResponsibleForAreaQueryVariables>;
export const PropertyDemoOrderPageDocument = new TypedDocumentString(`
    query PropertyDemoOrderPage($id: ID!, $first: Int) {
  workOrders(compoundId: $id, first: $first) {
    edges {
      node {
        id
        overdue
        company {
          name
          staff {
            id
          }
        }
        assignee {
          name
        }
        history {
          action
        }
        building {
          responsibleCompany {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyDemoOrderPageQuery, PropertyDemoOrderPageQueryVariables>;
export const PropertyAddStaffMemberDocument = new TypedDocumentString(`
    mutation PropertyAddStaffMember($input: AddStaffMemberInput!) {
  addStaffMember(input: $input) {
    id
    name
    title
    companyId
  }
}
    `) as unknown as TypedDocumentString<PropertyAddStaffMemberMutation, PropertyAddStaffMemberMutationVariables>;
export const PropertyAcceptWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyAcceptWorkOrder($id: ID!) {
  order: acceptWorkOrder(id: $id) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyAcceptWorkOrderMutation, PropertyAcceptWorkOrderMutationVariables>;
export const PropertyDispatchWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyDispatchWorkOrder($id: ID!, $assigneeId: ID!) {
  order: dispatchWorkOrder(id: $id, assigneeId: $assigneeId) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyDispatchWorkOrderMutation, PropertyDispatchWorkOrderMutationVariables>;
export const PropertyStartWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyStartWorkOrder($id: ID!) {
  order: startWorkOrder(id: $id) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyStartWorkOrderMutation, PropertyStartWorkOrderMutationVariables>;
export const PropertyResolveWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyResolveWorkOrder($id: ID!, $note: String) {
  order: resolveWorkOrder(id: $id, note: $note) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyResolveWorkOrderMutation, PropertyResolveWorkOrderMutationVariables>;
export const PropertyConfirmWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyConfirmWorkOrder($id: ID!, $rating: Int, $comment: String) {
  order: confirmWorkOrder(id: $id, rating: $rating, comment: $comment) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyConfirmWorkOrderMutation, PropertyConfirmWorkOrderMutationVariables>;
export const PropertyReopenWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyReopenWorkOrder($id: ID!, $reason: String!) {
  order: reopenWorkOrder(id: $id, reason: $reason) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyReopenWorkOrderMutation, PropertyReopenWorkOrderMutationVariables>;
export const PropertyCancelWorkOrderDocument = new TypedDocumentString(`
    mutation PropertyCancelWorkOrder($id: ID!, $reason: String) {
  order: cancelWorkOrder(id: $id, reason: $reason) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyCancelWorkOrderMutation, PropertyCancelWorkOrderMutationVariables>;
export const PropertyReportIssueDocument = new TypedDocumentString(`
    mutation PropertyReportIssue($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyReportIssueMutation, PropertyReportIssueMutationVariables>;
export const PropertyRespondToReportDocument = new TypedDocumentString(`
    mutation PropertyRespondToReport($id: ID!) {
  respondToIssueReport(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyRespondToReportMutation, PropertyRespondToReportMutationVariables>;
export const PropertyIntakeRecordDocument = new TypedDocumentString(`
    mutation PropertyIntakeRecord($input: RecordAfterHoursIntakeInput!) {
  recordAfterHoursIntake(input: $input) {
    id
    receivedAt
    text
    callerName
    callerPhone
    gridHandback
    station {
      id
    }
    workOrder {
      id
      kind
      status
      description
      contactName
      company {
        id
      }
      building {
        id
      }
      history {
        action
        actor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakeRecordMutation, PropertyIntakeRecordMutationVariables>;
export const PropertyIntakeCallerDocument = new TypedDocumentString(`
    query PropertyIntakeCaller($id: ID!) {
  afterHoursIntake(id: $id) {
    text
    callerName
    callerPhone
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakeCallerQuery, PropertyIntakeCallerQueryVariables>;
export const PropertyIntakeTextDocument = new TypedDocumentString(`
    query PropertyIntakeText($id: ID!) {
  afterHoursIntake(id: $id) {
    text
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakeTextQuery, PropertyIntakeTextQueryVariables>;
export const PropertyIntakeSetCalendarDayDocument = new TypedDocumentString(`
    mutation PropertyIntakeSetCalendarDay($input: SetCalendarDayInput!) {
  setCompoundCalendarDay(input: $input) {
    day
    kind
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakeSetCalendarDayMutation, PropertyIntakeSetCalendarDayMutationVariables>;
export const PropertyIntakePlanOpenDayDocument = new TypedDocumentString(`
    mutation PropertyIntakePlanOpenDay($input: PlanServiceOpenDayInput!) {
  planServiceOpenDay(input: $input) {
    id
    status
    day
    title
    standards {
      position
      item
      standard
      fee {
        fen
        yuan
      }
      feeUnit
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakePlanOpenDayMutation, PropertyIntakePlanOpenDayMutationVariables>;
export const PropertyIntakeOpenDaysSeenDocument = new TypedDocumentString(`
    query PropertyIntakeOpenDaysSeen($id: ID!) {
  compound(id: $id) {
    serviceOpenDays {
      id
      status
      publishedAt
      company {
        name
      }
      standards {
        item
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakeOpenDaysSeenQuery, PropertyIntakeOpenDaysSeenQueryVariables>;
export const PropertyIntakePublishOpenDayDocument = new TypedDocumentString(`
    mutation PropertyIntakePublishOpenDay($id: ID!) {
  publishServiceOpenDay(id: $id) {
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PropertyIntakePublishOpenDayMutation, PropertyIntakePublishOpenDayMutationVariables>;
export const PropertyHandoversWorkersHandOverDocument = new TypedDocumentString(`
    mutation PropertyHandoversWorkersHandOver($id: ID!) {
  handIssueReportToProperty(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversWorkersHandOverMutation, PropertyHandoversWorkersHandOverMutationVariables>;
export const PropertyHandoversWorkersReportDocument = new TypedDocumentString(`
    query PropertyHandoversWorkersReport($id: ID!) {
  issueReport(id: $id) {
    status
    workOrderOutcome
    propertyHandover {
      status
      workOrderId
    }
    workOrders {
      id
      status
      company {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversWorkersReportQuery, PropertyHandoversWorkersReportQueryVariables>;
export const PropertyHandoversHandOverDocument = new TypedDocumentString(`
    mutation PropertyHandoversHandOver($id: ID!) {
  handIssueReportToProperty(id: $id, note: "物业负责") {
    ...PropertyHandoversReportFields
  }
}
    fragment PropertyHandoversReportFields on IssueReport {
  id
  status
  path
  source
  workOrderId
  workOrderOutcome
  workOrderOutcomeAt
  resolvedAt
  satisfaction
  closedAt
  sourceIntakeId
  propertyHandover {
    status
    workOrderId
    error
    attempts
  }
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<PropertyHandoversHandOverMutation, PropertyHandoversHandOverMutationVariables>;
export const PropertyHandoversReportDocument = new TypedDocumentString(`
    query PropertyHandoversReport($id: ID!) {
  issueReport(id: $id) {
    ...PropertyHandoversReportFields
  }
}
    fragment PropertyHandoversReportFields on IssueReport {
  id
  status
  path
  source
  workOrderId
  workOrderOutcome
  workOrderOutcomeAt
  resolvedAt
  satisfaction
  closedAt
  sourceIntakeId
  propertyHandover {
    status
    workOrderId
    error
    attempts
  }
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<PropertyHandoversReportQuery, PropertyHandoversReportQueryVariables>;
export const PropertyHandoversReportWithOrdersDocument = new TypedDocumentString(`
    query PropertyHandoversReportWithOrders($id: ID!) {
  issueReport(id: $id) {
    ...PropertyHandoversReportFields
    workOrders {
      ...PropertyHandoversWorkOrderFields
    }
  }
}
    fragment PropertyHandoversReportFields on IssueReport {
  id
  status
  path
  source
  workOrderId
  workOrderOutcome
  workOrderOutcomeAt
  resolvedAt
  satisfaction
  closedAt
  sourceIntakeId
  propertyHandover {
    status
    workOrderId
    error
    attempts
  }
  entries {
    kind
    note
    by
  }
}
fragment PropertyHandoversWorkOrderFields on WorkOrder {
  id
  kind
  status
  areaKey
  category
  priority
  description
  contactName
  company {
    id
    name
  }
  building {
    id
  }
  history {
    action
    toStatus
    actor
  }
}`) as unknown as TypedDocumentString<PropertyHandoversReportWithOrdersQuery, PropertyHandoversReportWithOrdersQueryVariables>;
export const PropertyHandoversReportWithProgressDocument = new TypedDocumentString(`
    query PropertyHandoversReportWithProgress($id: ID!) {
  issueReport(id: $id) {
    ...PropertyHandoversReportFields
    workOrders {
      status
      assignee {
        name
      }
      history {
        action
      }
    }
  }
}
    fragment PropertyHandoversReportFields on IssueReport {
  id
  status
  path
  source
  workOrderId
  workOrderOutcome
  workOrderOutcomeAt
  resolvedAt
  satisfaction
  closedAt
  sourceIntakeId
  propertyHandover {
    status
    workOrderId
    error
    attempts
  }
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<PropertyHandoversReportWithProgressQuery, PropertyHandoversReportWithProgressQueryVariables>;
export const PropertyHandoversCreateResidentDocument = new TypedDocumentString(`
    mutation PropertyHandoversCreateResident($i: CreateResidentInput!) {
  createResident(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversCreateResidentMutation, PropertyHandoversCreateResidentMutationVariables>;
export const PropertyHandoversCloseReportDocument = new TypedDocumentString(`
    mutation PropertyHandoversCloseReport($id: ID!) {
  closeIssueReport(id: $id, satisfaction: 5, comment: "修好了") {
    status
    satisfaction
    closedAt
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversCloseReportMutation, PropertyHandoversCloseReportMutationVariables>;
export const PropertyHandoversReportAccessDocument = new TypedDocumentString(`
    query PropertyHandoversReportAccess($id: ID!) {
  issueReport(id: $id) {
    id
    reporterResident {
      id
      name
      phone
    }
    workOrders {
      id
      status
      areaKey
      priority
      company {
        id
      }
      history {
        action
        actor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversReportAccessQuery, PropertyHandoversReportAccessQueryVariables>;
export const PropertyHandoversWorkOrderDocument = new TypedDocumentString(`
    query PropertyHandoversWorkOrder($id: ID!) {
  workOrder(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversWorkOrderQuery, PropertyHandoversWorkOrderQueryVariables>;
export const PropertyHandoversCompoundOrdersDocument = new TypedDocumentString(`
    query PropertyHandoversCompoundOrders($c: ID!) {
  workOrders(compoundId: $c, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversCompoundOrdersQuery, PropertyHandoversCompoundOrdersQueryVariables>;
export const PropertyHandoversResolveReportDocument = new TypedDocumentString(`
    mutation PropertyHandoversResolveReport($id: ID!) {
  resolveIssueReport(id: $id, note: "已联系自来水公司") {
    status
    path
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversResolveReportMutation, PropertyHandoversResolveReportMutationVariables>;
export const PropertyHandoversRecordIntakeDocument = new TypedDocumentString(`
    mutation PropertyHandoversRecordIntake($input: RecordAfterHoursIntakeInput!) {
  recordAfterHoursIntake(input: $input) {
    id
    gridHandback
    gridReportId
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversRecordIntakeMutation, PropertyHandoversRecordIntakeMutationVariables>;
export const PropertyHandoversIntakeDocument = new TypedDocumentString(`
    query PropertyHandoversIntake($id: ID!) {
  afterHoursIntake(id: $id) {
    gridHandback
    gridHandbackError
    gridReportId
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversIntakeQuery, PropertyHandoversIntakeQueryVariables>;
export const PropertyHandoversSubmittedReportsDocument = new TypedDocumentString(`
    query PropertyHandoversSubmittedReports($c: ID!) {
  issueReports(compoundId: $c, status: SUBMITTED, first: 100) {
    edges {
      node {
        id
        source
        sourceIntakeId
        area
        description
        reportedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversSubmittedReportsQuery, PropertyHandoversSubmittedReportsQueryVariables>;
export const PropertyHandoversReportsWithRepairsDocument = new TypedDocumentString(`
    query PropertyHandoversReportsWithRepairs($c: ID!, $first: Int!) {
  issueReports(compoundId: $c, first: $first) {
    edges {
      node {
        id
        propertyHandover {
          status
          workOrderId
        }
        workOrders {
          id
          status
          company {
            id
            name
          }
          history {
            action
            actor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyHandoversReportsWithRepairsQuery, PropertyHandoversReportsWithRepairsQueryVariables>;
export const PropertyStatsWorkOrdersDocument = new TypedDocumentString(`
    query PropertyStatsWorkOrders($from: DateTimeISO!, $to: DateTimeISO!, $companyId: ID, $compoundId: ID) {
  workOrderStats(
    from: $from
    to: $to
    companyId: $companyId
    compoundId: $compoundId
  ) {
    total
    byCategory {
      category
      count
    }
    resolvedCount
    onTimeCount
    onTimeRate
    medianSecondsToResolve
    ratedCount
    averageRating
    everResolvedCount
    reopenedCount
    reopenRate
  }
}
    `) as unknown as TypedDocumentString<PropertyStatsWorkOrdersQuery, PropertyStatsWorkOrdersQueryVariables>;
export const PropertyWorkOrdersCreateDocument = new TypedDocumentString(`
    mutation PropertyWorkOrdersCreate($input: CreateWorkOrderInput!) {
  createWorkOrder(input: $input) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyWorkOrdersCreateMutation, PropertyWorkOrdersCreateMutationVariables>;
export const PropertyWorkOrdersGetDocument = new TypedDocumentString(`
    query PropertyWorkOrdersGet($id: ID!) {
  workOrder(id: $id) {
    ...PropertyWorkOrderFields
  }
}
    fragment PropertyWorkOrderFields on WorkOrder {
  id
  kind
  status
  description
  priority
  category
  areaKey
  locationDetail
  submittedAt
  slaDeadline
  overdue
  resolvedAt
  closedAt
  rating
  reopenCount
  residentId
  contactName
  contactPhone
  company {
    id
  }
  building {
    id
  }
  assignee {
    id
    name
  }
  history {
    fromStatus
    toStatus
    action
    actor
    at
    note
  }
}`) as unknown as TypedDocumentString<PropertyWorkOrdersGetQuery, PropertyWorkOrdersGetQueryVariables>;
export const PropertyWorkOrdersOverdueDocument = new TypedDocumentString(`
    query PropertyWorkOrdersOverdue($id: ID!) {
  workOrder(id: $id) {
    overdue
  }
}
    `) as unknown as TypedDocumentString<PropertyWorkOrdersOverdueQuery, PropertyWorkOrdersOverdueQueryVariables>;
export const PropertyWorkOrdersOfCompoundDocument = new TypedDocumentString(`
    query PropertyWorkOrdersOfCompound($compoundId: ID, $after: String) {
  workOrders(first: 7, after: $after, compoundId: $compoundId) {
    totalCount
    edges {
      node {
        id
        kind
        company {
          id
        }
        residentId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyWorkOrdersOfCompoundQuery, PropertyWorkOrdersOfCompoundQueryVariables>;