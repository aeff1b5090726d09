/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Open days (小区开放日), micro Party lessons, clean-ups, free haircuts and clinics... */
export type ActivityKind =
  | 'CLEAN_UP'
  | 'FREE_CLINIC'
  | 'FREE_HAIRCUT'
  | 'OPEN_DAY'
  | 'OTHER'
  | 'PARTY_LESSON';

export type AddNeedInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  source: NeedSource;
  title: string;
};

export type AddResourceInput = {
  compoundId: string | number;
  contact?: string | null | undefined;
  description?: string | null | undefined;
  kind: ResourceKind;
  name: string;
};

export type AddStaffMemberInput = {
  companyId: string | number;
  name: string;
  title?: string | null | undefined;
};

export type AddStationServiceInput = {
  category: string;
  mode: ServiceMode;
  name: string;
  stationId: string | number;
};

/** A new version of the convention or charter, as adopted by a passed vote. */
export type AdoptDocumentVersionInput = {
  body: string;
  compoundId: string | number;
  /** YYYY-MM-DD */
  effectiveOn: string;
  kind: GovernanceDocumentKind;
  title: string;
  /** The closed, passed vote (MEETING_RULES, MANAGEMENT_STATUTE or OTHER_MAJOR_MATTER) that adopted it. */
  voteId: string | number;
};

export type AdvanceConsultationInput = {
  consultationId: string | number;
  note?: string | null | undefined;
  /** Must be the stage right after the current one. */
  stage: ConsultationStage;
  /** Only for OWNERS_DECISION: the joint vote in which the owners decide. */
  voteId?: string | number | null | undefined;
};

export type AppointPartyOfficerInput = {
  compoundId: string | number;
  homeOrganisation?: string | null | undefined;
  /** Default LOCAL. */
  membership?: Membership | null | undefined;
  name: string;
  position: PartyPosition;
  /** Their user id, if they sign in. */
  userId?: string | null | undefined;
};

/** ABSTAIN takes part in the vote but never approves. */
export type BallotChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

/** The signed-in owner's ballot in an open vote. */
export type BallotInput = {
  choice: BallotChoice;
  voteId: string | number;
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

/** Chair (主任), vice-chair (副主任) or member (委员). */
export type CommitteeRole =
  | 'CHAIR'
  | 'MEMBER'
  | 'VICE_CHAIR';

/** 一征三议两公开: collect topics; branch proposes, joint meeting deliberates, owners decide; disclose decision, then outcome. */
export type ConsultationStage =
  | 'BRANCH_PROPOSAL'
  | 'COLLECTING_TOPICS'
  | 'DECISION_DISCLOSED'
  | 'JOINT_DELIBERATION'
  | 'OUTCOME_DISCLOSED'
  | 'OWNERS_DECISION';

export type CreateActivityInput = {
  capacity: number;
  compoundId: string | number;
  endsAt: string;
  kind: ActivityKind;
  /** Points for attending, 0–1000. */
  points: number;
  startsAt: string;
  title: string;
};

export type CreateGovernanceTaskInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  title: string;
};

export type CreateHouseholdInput = {
  buildingId: string | number;
  /** The compound the household is registered in; the building must belong to it. */
  compoundId: string | number;
  doorNumber: string;
  /** Registered with this community; default true. */
  isLocal?: boolean | null | undefined;
  unitId?: string | number | null | undefined;
};

export type CreateMarketItemInput = {
  communitySubsidyFen: string | number;
  listPriceFen: string | number;
  merchantDiscountFen: string | number;
  merchantName: string;
  name: string;
  outletId: string | number;
};

export type CreatePartyOrganisationInput = {
  compoundId: string | number;
  kind: PartyOrganisationKind;
  name: string;
};

export type CreateProjectInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  /** Needs of the same compound it answers (at least one). */
  needIds: Array<string | number>;
  /** Resources of the same compound it uses (at least one). */
  resourceIds: Array<string | number>;
  title: string;
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

export type CreateServiceStationInput = {
  compoundId: string | number;
  /** The "X": functions of its own. */
  customFunctions?: Array<string> | null | undefined;
  name: string;
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

/** Local days from..to, both inclusive, in the compound's time zone (at most ten years). */
export type DateRange = {
  /** The first day. */
  from: string;
  /** The last day (inclusive). */
  to: string;
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

/** Grid workers on working days 08:30–20:00; the property company’s staff take intake (接件登记) otherwise. */
export type DutyTeam =
  | 'GRID_WORKERS'
  | 'PROPERTY_STAFF';

export type EscalationLevelInput = {
  /** Seconds into the promise; positive, and strictly more than the level before. */
  afterSeconds: number;
  /** GRID_WORKERS, PARTY_SECRETARY, COMMUNITY_PARTY_SECRETARIES or PROPERTY_ON_DUTY. */
  recipients: Array<string>;
};

/** PENDING until its due time is evaluated; then FIRED (no first response by then) or SETTLED (answered in time). */
export type EscalationStatus =
  | 'FIRED'
  | 'PENDING'
  | 'SETTLED';

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

/** The residents' convention (居民公约) or the self-governance charter (自治章程). */
export type GovernanceDocumentKind =
  | 'CHARTER'
  | 'CONVENTION';

export type GovernanceTaskStatus =
  | 'CLAIMED'
  | 'DONE'
  | 'OPEN';

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
  | 'PROMISE_ESCALATED'
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

export type IssueReportOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: IssueReportOrderField;
};

/** REPORTED_AT: when it was filed; UPDATED_AT: its last change (a response, a hand-over, a close-out). */
export type IssueReportOrderField =
  | 'REPORTED_AT'
  | 'UPDATED_AT';

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

/** A matter owners decide jointly (PRC Civil Code art. 278); items 6–8 need three-quarters approval. */
export type JointMatter =
  /** (8) Changing the use of common parts or running a business on them, e.g. a veg shop in a common room (three-quarters). */
  | 'CHANGE_USE_OF_COMMON_PARTS'
  /** (3) Electing the owners’ committee or replacing members. */
  | 'ELECT_COMMITTEE'
  /** (4) Hiring or dismissing the property company or other manager. */
  | 'HIRE_OR_DISMISS_MANAGER'
  /** (2) The management statute (管理规约). */
  | 'MANAGEMENT_STATUTE'
  /** (1) Rules of procedure of the owners’ assembly (议事规则). */
  | 'MEETING_RULES'
  /** (9) Other major matters of common ownership and management. */
  | 'OTHER_MAJOR_MATTER'
  /** (6) Raising the maintenance fund (three-quarters). */
  | 'RAISE_MAINTENANCE_FUND'
  /** (7) Rebuilding or altering buildings and facilities (three-quarters). */
  | 'REBUILD'
  /** (5) Using the maintenance fund. */
  | 'USE_MAINTENANCE_FUND';

/** Income recorded by hand; settlement rebates arrive by hand-over. */
export type ManualIncomeSource =
  | 'CROWDFUNDING'
  | 'DONATION';

export type MealOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: MealOrderField;
};

/** SERVED_AT: when it was served; MEAL_DATE: its local day. */
export type MealOrderField =
  | 'MEAL_DATE'
  | 'SERVED_AT';

export type MealPaidBy =
  | 'CHARITY_FUND'
  | 'DINER';

/** Where the Party membership is held: here, or elsewhere (in-service member reporting in, 在职党员报到). */
export type Membership =
  | 'ELSEWHERE'
  | 'LOCAL';

/** How the need was collected: door-to-door visits (走访), surveys, reports. */
export type NeedSource =
  | 'ISSUE_REPORT'
  | 'OTHER'
  | 'SURVEY'
  | 'VISIT';

/** What happened: a report filed, escalated or answered; a work order dispatched, resolved, closed, reopened or past its SLA. */
export type NotifyEventKind =
  | 'REPORT_ESCALATED'
  | 'REPORT_FILED'
  | 'REPORT_HANDED_TO_PROPERTY'
  | 'REPORT_RESOLVED'
  | 'REPORT_RESPONDED'
  | 'WORK_ORDER_CLOSED'
  | 'WORK_ORDER_DISPATCHED'
  | 'WORK_ORDER_REOPENED'
  | 'WORK_ORDER_RESOLVED'
  | 'WORK_ORDER_SLA_BREACHED';

/** The type in the graph of the record an event is about. */
export type NotifyRecordType =
  | 'IssueReport'
  | 'WorkOrder';

/** A joint decision to put to the owners; opening it freezes the roll. */
export type OpenVoteInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  matter: JointMatter;
  title: string;
};

/** ASC: earliest, smallest or first in the alphabet first; DESC: the reverse. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** What a social enterprise's outlet does. */
export type OutletKind =
  | 'CANTEEN'
  | 'SERVICE_MARKET'
  | 'VEG_SHOP';

/** What a part-time grid worker (兼职网格员) does for a living. */
export type PartTimeOccupation =
  | 'COURIER'
  | 'DELIVERY_RIDER'
  | 'OTHER';

/** A compound Party branch (党支部) or comprehensive Party committee (小区综合党委). */
export type PartyOrganisationKind =
  | 'BRANCH'
  | 'COMPREHENSIVE_COMMITTEE';

/** Secretary, deputy, group leader (党小组长), Party-building instructor (党建指导员), or member. */
export type PartyPosition =
  | 'DEPUTY_SECRETARY'
  | 'GROUP_LEADER'
  | 'INSTRUCTOR'
  | 'MEMBER'
  | 'SECRETARY';

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

export type PointsEntryKind =
  | 'EARNED'
  | 'REDEEMED';

export type PostMicroWishInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  /** A grid worker posting for a resident names them; a resident posts for themselves. */
  residentId?: string | number | null | undefined;
  title: string;
};

export type ProposeTopicInput = {
  consultationId: string | number;
  text: string;
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

/** A committee term as elected by a passed ELECT_COMMITTEE vote. */
export type RecordElectionInput = {
  /** The committee's name, when this election founds it. */
  committeeName?: string | null | undefined;
  /** Exactly one CHAIR; any vice-chairs and members; each an owner on the roll, once. */
  seats: Array<SeatInput>;
  /** YYYY-MM-DD */
  termEndsOn: string;
  /** YYYY-MM-DD */
  termStartsOn: string;
  /** The closed, passed vote of matter ELECT_COMMITTEE. */
  voteId: string | number;
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

export type RedeemPointsInput = {
  /** The compound whose station hands out the perk. */
  compoundId: string | number;
  /** Same key and input → the first result; same key, other input → CONFLICT. */
  idempotencyKey: string;
  /** What the points buy. */
  perk: string;
  points: number;
};

export type RegisterDifficultyFamilyInput = {
  householdId: string | number;
  note?: string | null | undefined;
  outletId: string | number;
};

/** An exclusive unit (a party household) registered to an owner. */
export type RegisterOwnedUnitInput = {
  /** Registered exclusive area in hundredths of m² (12345 = 123.45 m²); > 0. */
  areaCentiM2: number;
  householdId: string | number;
  ownerId: string | number;
};

/** A new owner on the roll of a compound. */
export type RegisterOwnerInput = {
  compoundId: string | number;
  /** True for the developer, whose unsold units together count once. */
  isDeveloper?: boolean | null | undefined;
  /** The owner's name (personal data); for the developer, its company name. */
  name?: string | null | undefined;
  /** The party Resident who votes as this owner (signs in with residentId). */
  residentId?: string | number | null | undefined;
};

/** A webhook to register. */
export type RegisterWebhookInput = {
  /** Only the events of these compounds; null or empty: every compound. */
  compoundIds?: Array<string | number> | null | undefined;
  /** What it is for (e.g. "SMS gateway"), up to 500 characters. */
  description?: string | null | undefined;
  /** The kinds of event to receive (at least one). */
  eventKinds: Array<NotifyEventKind>;
  /** Where deliveries are POSTed: http or https (https only in production), no user name or password in it. */
  url: string;
};

/** The report's hand-over to property: waiting to be delivered (retried while property is unreachable), delivered (a work order exists), or refused for good. */
export type ReportHandoverStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type ReportInInput = {
  /** The compound whose station they report in at. */
  compoundId: string | number;
  /** Required when the membership is held elsewhere. */
  homeOrganisation?: string | null | undefined;
  membership: Membership;
  name: string;
};

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

export type ResidentOrder = {
  direction?: OrderDirection;
  /** What the list is sorted by; the id breaks ties, in the same direction. */
  field: ResidentOrderField;
};

/** NAME: by name, erased residents first (only for those who see names: the compound's grid and admins); REGISTERED_AT: when the grid registered them. */
export type ResidentOrderField =
  | 'NAME'
  | 'REGISTERED_AT';

export type ResourceKind =
  | 'CLINIC'
  | 'DEPARTMENT'
  | 'LAWYER'
  | 'MERCHANT'
  | 'OTHER'
  | 'SOCIAL_ORGANISATION'
  | 'VOLUNTEER_TEAM';

export type ReverseFundEntryInput = {
  entryId: string | number;
  idempotencyKey: string;
  /** Why the entry is corrected. */
  reason: string;
};

export type SeatInput = {
  ownerId: string | number;
  role: CommitteeRole;
};

/** Done on the spot (现场办结) or by proxy (代办). */
export type ServiceMode =
  | 'BY_PROXY'
  | 'ON_THE_SPOT';

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

export type SetEscalationPolicyInput = {
  compoundId: string | number;
  /** Levels in order (1 to 5); they are numbered 1, 2, ... as given. */
  levels: Array<EscalationLevelInput>;
};

/** Marks a staff member as a duty manager (or not) and links their user account (the token's `sub`). */
export type SetStaffDutyInput = {
  /** The member's user account (token `sub`); null unlinks it. */
  accountSub?: string | null | undefined;
  dutyManager: boolean;
  staffMemberId: string | number;
};

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

export type SettleOutletPeriodInput = {
  /** Same key and input → the first settlement; same key, other input → CONFLICT. */
  idempotencyKey: string;
  outletId: string | number;
  /** The month to settle, YYYY-MM (Asia/Shanghai); must be over. */
  period: string;
};

export type SetVegDailyPriceInput = {
  /** Discount in basis points, 2000 to 3000 (20%–30%). */
  discountBp: number;
  /** Today's market reference price per unit. */
  marketPriceFen: string | number;
  productId: string | number;
};

export type StartConsultationInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  title: string;
};

/** The "6" of 6+X: public opinion collection, consultation, dispute mediation, convenience, social organisation services, self-service. */
export type StationFunction =
  | 'CONSULTATION'
  | 'CONVENIENCE_SERVICES'
  | 'DISPUTE_MEDIATION'
  | 'PUBLIC_OPINION'
  | 'SELF_SERVICE'
  | 'SOCIAL_ORGANISATION_SERVICES';

export type SubmitFundSpendingInput = {
  /** Amount in fen, > 0 and within the balance. */
  amountFen: string | number;
  compoundId: string | number;
  /** The activity the money gives back to residents. */
  description: string;
  idempotencyKey: string;
};

/** Exclusive area (hundredths of m²) or headcount (owners). */
export type TallyMeasure =
  | 'AREA'
  | 'HEADS';

/** "At least" (以上) includes the bound; "more than" (过半数) does not (Civil Code art. 1259). */
export type TallyRule =
  | 'AT_LEAST_THREE_QUARTERS'
  | 'AT_LEAST_TWO_THIRDS'
  | 'MORE_THAN_HALF';

/** Participation is measured against the frozen roll, approval against the participants. */
export type TallyStage =
  | 'APPROVAL'
  | 'PARTICIPATION';

export type UpdateBuildingInput = {
  id: string | number;
  name: string;
};

export type UpdateCompoundInput = {
  id: string | number;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
};

/** A correction of a unit's registered area or a change of its voter (sale, inheritance). */
export type UpdateOwnedUnitInput = {
  /** Registered exclusive area in hundredths of m²; > 0. */
  areaCentiM2?: number | null | undefined;
  id: string | number;
  /** The owner who now holds the unit (same compound). */
  ownerId?: string | number | null | undefined;
};

export type UpdateResidentInput = {
  birthDate?: string | null | undefined;
  elderlyLivingAlone?: boolean | null | undefined;
  /** Move to another household of the same compound. */
  householdId?: string | number | null | undefined;
  id: string | number;
  isLocal?: boolean | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** Empty string clears it. */
  specialGroup?: string | null | undefined;
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

/** OPEN takes ballots on the frozen roll; CLOSED holds the result. */
export type VoteStatus =
  | 'CLOSED'
  | 'OPEN';

/** PENDING: waiting for its next attempt; DELIVERED: the receiver answered 2xx; PARKED: every attempt failed (the reason in lastError), until an admin re-sends it. */
export type WebhookDeliveryState =
  | 'DELIVERED'
  | 'PARKED'
  | 'PENDING';

export type WishStatus =
  | 'CLAIMED'
  | 'FULFILLED'
  | 'OPEN';

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

export type CommitteeAnalyticsFundFlowsQueryVariables = Exact<{
  c: string | number;
  from: string;
  to: string;
}>;


export type CommitteeAnalyticsFundFlowsQuery = { fundFlowReport: Array<{ period: string, direction: FundDirection, source: FundSource, entries: number, total: { fen: string, yuan: string } }> };

export type CommitteeAnalyticsTurnoutQueryVariables = Exact<{
  c: string | number;
}>;


export type CommitteeAnalyticsTurnoutQuery = { voteTurnoutReport: Array<{ title: string, matter: JointMatter, rollHeads: number, participatingHeads: number, participatingAreaCentiM2: number, turnoutHeadsBasisPoints: number, turnoutAreaBasisPoints: number, forHeads: number, valid: boolean, passed: boolean }> };

export type CommitteeAnalyticsOutcomesQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type CommitteeAnalyticsOutcomesQuery = { voteOutcomesByMatter: Array<{ matter: JointMatter, closedVotes: number, validVotes: number, passedVotes: number, participatingHeads: number, rollHeads: number }> };

export type CommitteeElectionRecordMutationVariables = Exact<{
  input: RecordElectionInput;
}>;


export type CommitteeElectionRecordMutation = { recordCommitteeElection: { id: string, name: string | null, termStartsOn: string | null, termEndsOn: string | null, compound: { id: string } | null, currentTerm: { startsOn: string, endsOn: string, electedBy: { id: string, matter: JointMatter }, seats: Array<{ role: CommitteeRole, owner: { id: string, name: string | null } }> } | null, terms: Array<{ id: string }> | null } };

export type CommitteeElectionPublicSeatsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeElectionPublicSeatsQuery = { ownersCommittee: { currentTerm: { seats: Array<{ role: CommitteeRole, owner: { name: string | null, areaCentiM2: number | null } }> } | null } };

export type CommitteeElectionSeatsAsResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeElectionSeatsAsResidentQuery = { ownersCommittee: { currentTerm: { seats: Array<{ owner: { name: string | null, areaCentiM2: number | null, units: Array<{ id: string }> | null } }> } | null } };

export type ConsultationStartMutationVariables = Exact<{
  input: StartConsultationInput;
}>;


export type ConsultationStartMutation = { startConsultation: { id: string, stage: ConsultationStage } };

export type ConsultationAdvanceMutationVariables = Exact<{
  input: AdvanceConsultationInput;
}>;


export type ConsultationAdvanceMutation = { advanceConsultation: { id: string, stage: ConsultationStage, decisionVote: { id: string } | null } };

export type ConsultationProposeTopicMutationVariables = Exact<{
  input: ProposeTopicInput;
}>;


export type ConsultationProposeTopicMutation = { proposeConsultationTopic: { id: string, text: string } };

export type ConsultationAdoptDocumentVersionMutationVariables = Exact<{
  input: AdoptDocumentVersionInput;
}>;


export type ConsultationAdoptDocumentVersionMutation = { adoptGovernanceDocumentVersion: { id: string, version: number, title: string, effectiveOn: string, adoptedBy: { id: string } } };

export type ConsultationGovernanceDocumentsQueryVariables = Exact<{
  c: string | number;
}>;


export type ConsultationGovernanceDocumentsQuery = { governanceDocuments: Array<{ kind: GovernanceDocumentKind, current: { version: number, title: string } | null, history: Array<{ version: number, effectiveOn: string }> }> };

export type ConsultationRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationRecordQuery = { consultation: { stage: ConsultationStage, topics: Array<{ text: string }>, steps: Array<{ stage: ConsultationStage, note: string | null, vote: { id: string, result: { passed: boolean } | null } | null }> } };

export type CommitteeDemoKuiguangtaStoryQueryVariables = Exact<{
  c: string | number;
  committee: string | number;
}>;


export type CommitteeDemoKuiguangtaStoryQuery = { compound: { name: string | null, currentTerm: { startsOn: string, seats: Array<{ role: CommitteeRole, owner: { name: string | null } }>, electedBy: { matter: JointMatter, result: { passed: boolean } | null } } | null, fund: { balance: { yuan: string }, entries: { totalCount: number, edges: Array<{ node: { source: FundSource | null, direction: FundDirection | null, status: FundEntryStatus | null, amount: { yuan: string } | null } }> } } | null }, ownerRoll: { heads: number, areaCentiM2: number }, governanceDocuments: Array<{ kind: GovernanceDocumentKind, current: { version: number, title: string, adoptedBy: { matter: JointMatter, result: { passed: boolean } | null } } | null }>, consultations: { edges: Array<{ node: { stage: ConsultationStage, decisionVote: { title: string } | null, steps: Array<{ stage: ConsultationStage }> } }> } };

export type CommitteeDemoVoteQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeDemoVoteQuery = { vote: { matter: JointMatter, approvalRule: TallyRule, status: VoteStatus, result: { valid: boolean, passed: boolean, explanation: string } | null } };

export type CommitteeDemoRollQueryVariables = Exact<{
  c: string | number;
  n: number;
}>;


export type CommitteeDemoRollQuery = { ownerRoll: { owners: { edges: Array<{ node: { name: string | null, residentId: string | null, areaCentiM2: number | null, units: Array<{ area: string, household: { ownedUnit: { id: string, owner: { id: string } } | null } | null }> | null } }> } } };

export type CommitteeDemoLedgerQueryVariables = Exact<{
  c: string | number;
  n: number;
}>;


export type CommitteeDemoLedgerQuery = { publicFund: { entries: { edges: Array<{ node: { amount: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, committee: { name: string | null } | null, settlement: { id: string } | null } }> } } };

export type CommitteeDemoVotesQueryVariables = Exact<{
  c: string | number;
  n: number;
}>;


export type CommitteeDemoVotesQuery = { compound: { jointVotes: { totalCount: number, edges: Array<{ node: { roll: { heads: number }, result: { passed: boolean, checks: Array<{ met: boolean }> } | null, myBallot: { choice: BallotChoice } | null } }> } | null } };

export type CommitteeDemoConsultationsQueryVariables = Exact<{
  c: string | number;
  n: number;
}>;


export type CommitteeDemoConsultationsQuery = { consultations: { edges: Array<{ node: { topics: Array<{ text: string }>, steps: Array<{ stage: ConsultationStage, vote: { title: string, result: { passed: boolean } | null, myBallot: { choice: BallotChoice } | null } | null }>, decisionVote: { id: string } | null } }> } };

export type CommitteeRegisterOwnerMutationVariables = Exact<{
  input: RegisterOwnerInput;
}>;


export type CommitteeRegisterOwnerMutation = { registerOwner: { id: string, isDeveloper: boolean, name: string | null } };

export type CommitteeRegisterOwnedUnitMutationVariables = Exact<{
  input: RegisterOwnedUnitInput;
}>;


export type CommitteeRegisterOwnedUnitMutation = { registerOwnedUnit: { id: string, areaCentiM2: number, area: string } };

export type CommitteeOpenVoteMutationVariables = Exact<{
  input: OpenVoteInput;
}>;


export type CommitteeOpenVoteMutation = { openVote: { id: string, status: VoteStatus, matter: JointMatter, approvalRule: TallyRule, roll: { heads: number, areaCentiM2: number, area: string } } };

export type CommitteeCastBallotMutationVariables = Exact<{
  input: BallotInput;
}>;


export type CommitteeCastBallotMutation = { castBallot: { id: string, choice: BallotChoice, castAt: string, changedAt: string | null } };

export type CommitteeCloseVoteMutationVariables = Exact<{
  id: string | number;
}>;


export type CommitteeCloseVoteMutation = { closeVote: { id: string, status: VoteStatus, closedAt: string | null, result: { valid: boolean, passed: boolean, participatingAreaCentiM2: number, participatingHeads: number, forAreaCentiM2: number, forHeads: number, againstAreaCentiM2: number, againstHeads: number, abstainAreaCentiM2: number, abstainHeads: number, explanation: string, checks: Array<{ stage: TallyStage, measure: TallyMeasure, rule: TallyRule, count: number, base: number, required: number, shortfall: number, met: boolean, text: string }> } | null } };

export type FollowTheMoneyFromCompoundQueryVariables = Exact<{
  c: string | number;
}>;


export type FollowTheMoneyFromCompoundQuery = { compound: { outlets: Array<{ kind: OutletKind, settlements: { edges: Array<{ node: { id: string, period: string | null, proceeds: { fen: string } | null, enterpriseShare: { fen: string } | null, propertyKept: { fen: string } | null, committeeRebate: { fen: string } | null, rebate: { status: RebateStatus } | null, fundEntry: { id: string, source: FundSource | null, direction: FundDirection | null, status: FundEntryStatus | null, period: string | null, amount: { fen: string } | null, balanceAfter: { fen: string } | null, committee: { id: string } | null } | null } }> }, cofunding: { contributions: Array<{ source: CofundingSource, amount: { fen: string }, fundEntry: { id: string, direction: FundDirection | null, amount: { fen: string } | null } | null }> } | null }> | null, publicFund: { balance: { fen: string, yuan: string }, pendingSpending: { fen: string }, committee: { id: string } | null, entries: { totalCount: number, edges: Array<{ node: { id: string, source: FundSource | null, direction: FundDirection | null, amount: { fen: string } | null, balanceAfter: { fen: string } | null, settlement: { id: string } | null } }> } } | null } };

export type FollowTheMoneyFundTotalsQueryVariables = Exact<{
  c: string | number;
}>;


export type FollowTheMoneyFundTotalsQuery = { compound: { publicFund: { balance: { fen: string }, entries: { totalCount: number } } | null } };

export type FollowTheMoneyFundBalanceQueryVariables = Exact<{
  c: string | number;
}>;


export type FollowTheMoneyFundBalanceQuery = { compound: { publicFund: { balance: { fen: string } } | null } };

export type JointVoteChangeBallotMutationVariables = Exact<{
  input: BallotInput;
}>;


export type JointVoteChangeBallotMutation = { changeBallot: { id: string, choice: BallotChoice, castAt: string, changedAt: string | null } };

export type JointVoteRollWithOwnersQueryVariables = Exact<{
  c: string | number;
}>;


export type JointVoteRollWithOwnersQuery = { ownerRoll: { heads: number, areaCentiM2: number, area: string, owners: { totalCount: number, edges: Array<{ node: { id: string, heads: number, areaCentiM2: number | null, isDeveloper: boolean, units: Array<{ areaCentiM2: number }> | null } }> } } };

export type JointVoteRollHouseholdsQueryVariables = Exact<{
  c: string | number;
}>;


export type JointVoteRollHouseholdsQuery = { ownerRoll: { owners: { edges: Array<{ node: { units: Array<{ household: { id: string, ownedUnit: { area: string, owner: { id: string } } | null } | null }> | null } }> } } };

export type JointVoteMyBallotQueryVariables = Exact<{
  id: string | number;
}>;


export type JointVoteMyBallotQuery = { vote: { id: string, status: VoteStatus, result: { valid: boolean } | null, myBallot: { choice: BallotChoice } | null } };

export type JointVoteUpdateOwnedUnitMutationVariables = Exact<{
  input: UpdateOwnedUnitInput;
}>;


export type JointVoteUpdateOwnedUnitMutation = { updateOwnedUnit: { areaCentiM2: number } };

export type JointVoteEraseOwnerMutationVariables = Exact<{
  r: string | number;
}>;


export type JointVoteEraseOwnerMutation = { eraseOwnerPersonalData: number };

export type JointVoteRollNamesQueryVariables = Exact<{
  c: string | number;
}>;


export type JointVoteRollNamesQuery = { ownerRoll: { heads: number, owners: { edges: Array<{ node: { name: string | null, residentId: string | null, areaCentiM2: number | null } }> } } };

export type PublicFundEntryFieldsFragment = { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, submittedBy: string | null, decidedBy: string | null, postedAt: string | null, period: string | null, amount: { fen: string, yuan: string } | null, balanceAfter: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, settlement: { id: string } | null };

export type PublicFundRecordIncomeMutationVariables = Exact<{
  input: RecordFundIncomeInput;
}>;


export type PublicFundRecordIncomeMutation = { recordFundIncome: { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, submittedBy: string | null, decidedBy: string | null, postedAt: string | null, period: string | null, amount: { fen: string, yuan: string } | null, balanceAfter: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, settlement: { id: string } | null } };

export type PublicFundSubmitSpendingMutationVariables = Exact<{
  input: SubmitFundSpendingInput;
}>;


export type PublicFundSubmitSpendingMutation = { submitFundSpending: { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, submittedBy: string | null, decidedBy: string | null, postedAt: string | null, period: string | null, amount: { fen: string, yuan: string } | null, balanceAfter: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, settlement: { id: string } | null } };

export type PublicFundApproveSpendingMutationVariables = Exact<{
  input: DecideFundSpendingInput;
}>;


export type PublicFundApproveSpendingMutation = { approveFundSpending: { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, submittedBy: string | null, decidedBy: string | null, postedAt: string | null, period: string | null, amount: { fen: string, yuan: string } | null, balanceAfter: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, settlement: { id: string } | null } };

export type PublicFundRejectSpendingMutationVariables = Exact<{
  input: DecideFundSpendingInput;
}>;


export type PublicFundRejectSpendingMutation = { rejectFundSpending: { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, submittedBy: string | null, decidedBy: string | null, postedAt: string | null, period: string | null, amount: { fen: string, yuan: string } | null, balanceAfter: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, settlement: { id: string } | null } };

export type PublicFundReverseEntryMutationVariables = Exact<{
  input: ReverseFundEntryInput;
}>;


export type PublicFundReverseEntryMutation = { reverseFundEntry: { id: string, direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, submittedBy: string | null, decidedBy: string | null, postedAt: string | null, period: string | null, amount: { fen: string, yuan: string } | null, balanceAfter: { fen: string } | null, reverses: { id: string } | null, reversedBy: { id: string } | null, settlement: { id: string } | null } };

export type PublicFundLedgerQueryVariables = Exact<{
  c: string | number;
}>;


export type PublicFundLedgerQuery = { publicFund: { balance: { fen: string, yuan: string }, committee: { id: string } | null, entries: { totalCount: number, edges: Array<{ node: { id: string, source: FundSource | null, status: FundEntryStatus | null, amount: { fen: string } | null } }> } } };

export type PublicFundLedgerPageQueryVariables = Exact<{
  c: string | number;
  after?: string | null | undefined;
}>;


export type PublicFundLedgerPageQuery = { publicFund: { entries: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PublicFundOfCommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicFundOfCommitteeQuery = { ownersCommittee: { fund: { balance: { fen: string } } | null } };

export type PublicFundBalanceAndPendingQueryVariables = Exact<{
  c: string | number;
}>;


export type PublicFundBalanceAndPendingQuery = { publicFund: { balance: { fen: string }, pendingSpending: { fen: string } } };

export type PublicFundEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicFundEntryQuery = { fundEntry: { status: FundEntryStatus | null, amount: { fen: string } | null, reversedBy: { id: string } | null } };

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

export type SelectedColumnsCompoundNamesQueryVariables = Exact<{
  first: number;
}>;


export type SelectedColumnsCompoundNamesQuery = { compounds: { edges: Array<{ node: { name: string | null, buildings: Array<{ number: number | null }> | null } }> } };

export type SelectedColumnsCompoundCommunitiesQueryVariables = Exact<{
  first: number;
}>;


export type SelectedColumnsCompoundCommunitiesQuery = { compounds: { edges: Array<{ node: { name: string | null, community: { id: string } | null } }> } };

export type NotifyMyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotifyMyNotificationsQuery = { myNotifications: { totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, sequence: string, kind: NotifyEventKind, recordType: NotifyRecordType, recordId: string, compoundId: string, level: number | null, textZh: string, textEn: string, occurredAt: string, readAt: string | null } }> } };

export type NotifyMarkReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NotifyMarkReadMutation = { markNotificationsRead: { markedCount: number, unreadCount: number } };

export type NotifyMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type NotifyMarkAllReadMutation = { markAllNotificationsRead: { markedCount: number, unreadCount: number } };

export type NotifyStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NotifyStatsQuery = { notificationStats: { recorded: number, delivered: number, pending: number, failed: number, byKind: Array<{ kind: NotifyEventKind, count: number }> } };

export type NotifyWebhooksRegisterMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type NotifyWebhooksRegisterMutation = { registerWebhook: { secret: string, webhook: { id: string, url: string, eventKinds: Array<NotifyEventKind>, compoundIds: Array<string> | null, description: string | null, active: boolean } } };

export type NotifyWebhooksListQueryVariables = Exact<{ [key: string]: never; }>;


export type NotifyWebhooksListQuery = { webhooks: Array<{ id: string, url: string, active: boolean }> };

export type NotifyWebhooksDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  state?: WebhookDeliveryState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotifyWebhooksDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, kind: NotifyEventKind, state: WebhookDeliveryState, attempts: number, lastStatus: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, parkedAt: string | null } }> } };

export type NotifyWebhooksResendMutationVariables = Exact<{
  id: string | number;
}>;


export type NotifyWebhooksResendMutation = { resendWebhookDelivery: { id: string, state: WebhookDeliveryState, attempts: number, lastError: string | null } };

export type NotifyWebhooksDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type NotifyWebhooksDeactivateMutation = { deactivateWebhook: { id: string, active: boolean, deactivatedAt: string | null } };

export type NotifyWebhooksRotateMutationVariables = Exact<{
  id: string | number;
}>;


export type NotifyWebhooksRotateMutation = { rotateWebhookSecret: { secret: string, webhook: { secretRotatedAt: string | null } } };

export type NotifyWebhooksStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NotifyWebhooksStatsQuery = { notificationStats: { recorded: number, webhookDeliveries: Array<{ state: WebhookDeliveryState, count: number }> } };

export type NotifyChainFileMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type NotifyChainFileMutation = { reportIssue: { id: string, promiseStartedAt: string } };

export type NotifyChainRespondMutationVariables = Exact<{
  id: string | number;
}>;


export type NotifyChainRespondMutation = { respondToIssueReport: { id: string, escalationLevel: number, status: IssueStatus } };

export type NotifyChainHandToPropertyMutationVariables = Exact<{
  id: string | number;
}>;


export type NotifyChainHandToPropertyMutation = { handIssueReportToProperty: { id: string } };

export type NotifyChainHandoverQueryVariables = Exact<{
  id: string | number;
}>;


export type NotifyChainHandoverQuery = { issueReport: { propertyHandover: { status: ReportHandoverStatus, workOrderId: string | null } | null } };

export type ActivitiesPointsCreateActivityMutationVariables = Exact<{
  i: CreateActivityInput;
}>;


export type ActivitiesPointsCreateActivityMutation = { createActivity: { id: string, capacity: number, points: number, durationMinutes: number } };

export type ActivitiesPointsSignUpMutationVariables = Exact<{
  a: string | number;
}>;


export type ActivitiesPointsSignUpMutation = { signUpForActivity: { participantId: string, attended: boolean } };

export type ActivitiesPointsRecordAttendanceMutationVariables = Exact<{
  a: string | number;
  p: string;
}>;


export type ActivitiesPointsRecordAttendanceMutation = { recordAttendance: { attended: boolean, attendedAt: string | null } };

export type ActivitiesPointsMyPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivitiesPointsMyPointsQuery = { myPoints: { balance: number, entries: { totalCount: number, edges: Array<{ node: { delta: number, kind: PointsEntryKind, reason: string } }> } } };

export type ActivitiesPointsActivitiesWithSignUpsQueryVariables = Exact<{
  c: string | number;
}>;


export type ActivitiesPointsActivitiesWithSignUpsQuery = { compound: { activities: { edges: Array<{ node: { title: string, signedUpCount: number, signUps: Array<{ participantId: string, participantName: string | null, attended: boolean }> } }> } | null } };

export type ActivitiesPointsActivitiesForGridQueryVariables = Exact<{
  c: string | number;
}>;


export type ActivitiesPointsActivitiesForGridQuery = { compound: { activities: { edges: Array<{ node: { title: string, signUps: Array<{ participantId: string, attended: boolean }> } }> } | null } };

export type ActivitiesPointsRedeemPointsMutationVariables = Exact<{
  i: RedeemPointsInput;
}>;


export type ActivitiesPointsRedeemPointsMutation = { redeemPoints: { id: string, delta: number, kind: PointsEntryKind, reason: string } };

export type PartyDemoQinglanJiayuanQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyDemoQinglanJiayuanQuery = { compound: { buildings: Array<{ number: number | null, units: Array<{ number: number }> | null }> | null, households: { totalCount: number } | null, partyOrganisation: { kind: PartyOrganisationKind, name: string, officers: Array<{ position: PartyPosition }>, members: { totalCount: number, edges: Array<{ node: { membership: Membership, reportedIn: boolean } }> } } | null, serviceStation: { name: string | null, services: Array<{ name: string, mode: ServiceMode }> | null } | null } };

export type PartyDemoResidentCompoundQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyDemoResidentCompoundQuery = { resident: { name: string | null, household: { compound: { name: string | null } | null } | null } };

export type PartyDemoStatsByCompoundQueryVariables = Exact<{ [key: string]: never; }>;


export type PartyDemoStatsByCompoundQuery = { partyStatsByCompound: { edges: Array<{ node: { reports: number, respondedWithinPromise: number, shareRespondedWithinPromise: number | null, compound: { name: string | null }, byPath: Array<{ key: string, count: number }> } }> } };

export type PartyDemoIssueReportsPageQueryVariables = Exact<{
  c: string | number;
}>;


export type PartyDemoIssueReportsPageQuery = { issueReports: { edges: Array<{ node: { source: IssueSource, status: IssueStatus, entries: Array<{ kind: IssueEntryKind }> } }> } };

export type PartyDemoResidentsPageQueryVariables = Exact<{
  id: string | number;
  n?: number | null | undefined;
}>;


export type PartyDemoResidentsPageQuery = { compound: { residents: { edges: Array<{ node: { name: string | null, household: { label: string | null, building: { number: number | null } | null, unit: { number: number } | null } | null } }> } | null } };

export type IssueReportsReportFieldsFragment = { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> };

export type IssueReportsReportIssueMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type IssueReportsReportIssueMutation = { reportIssue: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, reporterResident: { id: string, name: string | null } | null, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsRespondMutationVariables = Exact<{
  id: string | number;
}>;


export type IssueReportsRespondMutation = { respondToIssueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsResolveMutationVariables = Exact<{
  id: string | number;
}>;


export type IssueReportsResolveMutation = { resolveIssueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsCloseMutationVariables = Exact<{
  id: string | number;
  s: number;
}>;


export type IssueReportsCloseMutation = { closeIssueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsReopenMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type IssueReportsReopenMutation = { reopenIssueReport: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsHandToPropertyMutationVariables = Exact<{
  id: string | number;
}>;


export type IssueReportsHandToPropertyMutation = { handIssueReportToProperty: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsAddFollowUpMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type IssueReportsAddFollowUpMutation = { addIssueFollowUp: { id: string } };

export type IssueReportsBlowWhistleMutationVariables = Exact<{
  id: string | number;
  department: string;
  note?: string | null | undefined;
}>;


export type IssueReportsBlowWhistleMutation = { blowWhistle: { id: string, status: IssueStatus, path: IssuePath | null, source: IssueSource, reportedAt: string, respondedAt: string | null, respondedWithinPromise: boolean | null, responseSeconds: number | null, resolvedAt: string | null, resolutionNote: string | null, whistleDepartment: string | null, satisfaction: number | null, closedAt: string | null, reopenCount: number, reportedByMe: boolean, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }> } };

export type IssueReportsOverdueQueryVariables = Exact<{
  c: string | number;
}>;


export type IssueReportsOverdueQuery = { issueReports: { edges: Array<{ node: { id: string, responseOverdue: boolean } }> } };

export type IssueReportsReportSourceMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type IssueReportsReportSourceMutation = { reportIssue: { id: string, source: IssueSource } };

export type IssueReportsRegisterRiderMutationVariables = Exact<{
  c: string | number;
}>;


export type IssueReportsRegisterRiderMutation = { registerPartTimeGridWorker: { id: string, occupation: PartTimeOccupation } };

export type IssueReportsFirstPageQueryVariables = Exact<{
  c: string | number;
}>;


export type IssueReportsFirstPageQuery = { issueReports: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type IssueReportsPageAfterQueryVariables = Exact<{
  c: string | number;
  a?: string | null | undefined;
}>;


export type IssueReportsPageAfterQuery = { issueReports: { edges: Array<{ node: { id: string } }> } };

export type IssueReportsTotalCountQueryVariables = Exact<{
  c: string | number;
}>;


export type IssueReportsTotalCountQuery = { issueReports: { totalCount: number } };

export type IssueReportsMyClosedQueryVariables = Exact<{ [key: string]: never; }>;


export type IssueReportsMyClosedQuery = { myIssueReports: { totalCount: number, edges: Array<{ node: { satisfaction: number | null, reporterResident: { name: string | null } | null } }> } };

export type IssueReportsFirstReporterQueryVariables = Exact<{
  c: string | number;
}>;


export type IssueReportsFirstReporterQuery = { issueReports: { edges: Array<{ node: { reporterResident: { id: string, name: string | null } | null } }> } };

export type ListsAndWishesAddNeedMutationVariables = Exact<{
  i: AddNeedInput;
}>;


export type ListsAndWishesAddNeedMutation = { addNeed: { id: string, source: NeedSource } };

export type ListsAndWishesAddResourceMutationVariables = Exact<{
  i: AddResourceInput;
}>;


export type ListsAndWishesAddResourceMutation = { addResource: { id: string, kind: ResourceKind } };

export type ListsAndWishesCreateProjectMutationVariables = Exact<{
  i: CreateProjectInput;
}>;


export type ListsAndWishesCreateProjectMutation = { createProject: { id: string, title: string, needs: Array<{ title: string }>, resources: Array<{ name: string }> } };

export type ListsAndWishesListsQueryVariables = Exact<{
  c: string | number;
}>;


export type ListsAndWishesListsQuery = { compound: { needs: { totalCount: number } | null, resources: { totalCount: number } | null, projects: { totalCount: number, edges: Array<{ node: { title: string, needs: Array<{ title: string }> } }> } | null } };

export type ListsAndWishesPostMicroWishMutationVariables = Exact<{
  i: PostMicroWishInput;
}>;


export type ListsAndWishesPostMicroWishMutation = { postMicroWish: { id: string, status: WishStatus, resident: { name: string | null } | null } };

export type ListsAndWishesClaimWishMutationVariables = Exact<{
  id: string | number;
}>;


export type ListsAndWishesClaimWishMutation = { claimMicroWish: { status: WishStatus, claimedByMe: boolean, fulfilledAt: string | null } };

export type ListsAndWishesFulfilWishMutationVariables = Exact<{
  id: string | number;
}>;


export type ListsAndWishesFulfilWishMutation = { fulfilMicroWish: { status: WishStatus, claimedByMe: boolean, fulfilledAt: string | null } };

export type ListsAndWishesReleaseWishMutationVariables = Exact<{
  id: string | number;
}>;


export type ListsAndWishesReleaseWishMutation = { releaseMicroWish: { status: WishStatus, claimedByMe: boolean, fulfilledAt: string | null } };

export type ListsAndWishesFulfilledWishesQueryVariables = Exact<{
  c: string | number;
}>;


export type ListsAndWishesFulfilledWishesQuery = { compound: { microWishes: { totalCount: number, edges: Array<{ node: { title: string, resident: { name: string | null } | null } }> } | null } };

export type OrgTreeCreateUnitMutationVariables = Exact<{
  b: string | number;
}>;


export type OrgTreeCreateUnitMutation = { createUnit: { id: string, name: string } };

export type OrgTreeCreateHouseholdMutationVariables = Exact<{
  i: CreateHouseholdInput;
}>;


export type OrgTreeCreateHouseholdMutation = { createHousehold: { id: string, label: string | null, isLocal: boolean | null } };

export type OrgTreeHouseholdUpQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeHouseholdUpQuery = { household: { label: string | null, unit: { number: number, building: { number: number | null, compound: { name: string | null, community: { name: string, street: { name: string, city: string } } | null } | null } } | null } };

export type OrgTreeStreetsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgTreeStreetsQuery = { streets: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type OrgTreeStreetDownQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeStreetDownQuery = { street: { communities: Array<{ compounds: Array<{ name: string | null, buildings: Array<{ number: number | null, units: Array<{ number: number, households: Array<{ label: string | null }> }> | null, households: { totalCount: number, edges: Array<{ node: { label: string | null } }> } | null }> | null }> }> } };

export type OrgTreeHouseholdsPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type OrgTreeHouseholdsPageQuery = { compound: { households: { totalCount: number, edges: Array<{ node: { label: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type OrgTreeCreateBuildingMutationVariables = Exact<{
  c: string | number;
  number: number;
}>;


export type OrgTreeCreateBuildingMutation = { createBuilding: { id: string } };

export type OrgTreeCreateStreetMutationVariables = Exact<{ [key: string]: never; }>;


export type OrgTreeCreateStreetMutation = { createStreet: { id: string } };

export type OrgTreeUpdateCompoundMutationVariables = Exact<{
  i: UpdateCompoundInput;
}>;


export type OrgTreeUpdateCompoundMutation = { updateCompound: { name: string | null, nameZh: string | null } };

export type OrgTreeResidentRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeResidentRecordQuery = { resident: { id: string, name: string | null, phone: string | null, birthDate: string | null, isLocal: boolean | null, elderlyLivingAlone: boolean | null, erased: boolean | null, household: { label: string | null } | null } };

export type OrgTreeElderlyLivingAloneQueryVariables = Exact<{
  c: string | number;
}>;


export type OrgTreeElderlyLivingAloneQuery = { compound: { residents: { totalCount: number, edges: Array<{ node: { id: string, name: string | null } }> } | null } };

export type OrgTreeResidentCountQueryVariables = Exact<{
  c: string | number;
}>;


export type OrgTreeResidentCountQuery = { compound: { residents: { totalCount: number } | null } };

export type OrgTreeEraseResidentMutationVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeEraseResidentMutation = { eraseResident: { id: string, name: string | null, phone: string | null, erased: boolean | null } };

export type OrgTreeErasedAsAdminQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeErasedAsAdminQuery = { resident: { name: string | null, phone: string | null, birthDate: string | null, erased: boolean | null, household: { id: string } | null } };

export type OrgTreeUpdateResidentMutationVariables = Exact<{
  i: UpdateResidentInput;
}>;


export type OrgTreeUpdateResidentMutation = { updateResident: { phone: string | null, household: { id: string } | null } };

export type OrgTreeUpdateBuildingMutationVariables = Exact<{
  i: UpdateBuildingInput;
}>;


export type OrgTreeUpdateBuildingMutation = { updateBuilding: { name: string | null } };

export type OrgTreeTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeTreeQuery = { compound: { community: { id: string, street: { id: string } } | null, buildings: Array<{ units: Array<{ id: string }> | null }> | null } };

export type OrgTreeUpdateStreetMutationVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeUpdateStreetMutation = { updateStreet: { name: string, nameZh: string | null } };

export type OrgTreeUpdateCommunityMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type OrgTreeUpdateCommunityMutation = { updateCommunity: { name: string } };

export type OrgTreeUpdateUnitMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type OrgTreeUpdateUnitMutation = { updateUnit: { name: string } };

export type OrgTreeUpdateHouseholdMutationVariables = Exact<{
  id: string | number;
}>;


export type OrgTreeUpdateHouseholdMutation = { updateHousehold: { label: string | null, doorNumber: string | null, isLocal: boolean | null } };

export type PartyHelpersCreateStreetMutationVariables = Exact<{
  name: string;
}>;


export type PartyHelpersCreateStreetMutation = { createStreet: { id: string } };

export type PartyHelpersCreateCommunityMutationVariables = Exact<{
  s: string | number;
  name: string;
}>;


export type PartyHelpersCreateCommunityMutation = { createCommunity: { id: string } };

export type PartyHelpersCreateCompoundMutationVariables = Exact<{
  c: string | number;
  n: string;
}>;


export type PartyHelpersCreateCompoundMutation = { createCompound: { id: string } };

export type PartyHelpersCreateBuildingMutationVariables = Exact<{
  c: string | number;
}>;


export type PartyHelpersCreateBuildingMutation = { createBuilding: { id: string } };

export type PartyHelpersCreateHouseholdMutationVariables = Exact<{
  c: string | number;
  b: string | number;
}>;


export type PartyHelpersCreateHouseholdMutation = { createHousehold: { id: string } };

export type PartyHelpersCreateResidentMutationVariables = Exact<{
  i: CreateResidentInput;
}>;


export type PartyHelpersCreateResidentMutation = { createResident: { id: string } };

export type PartyOrganisationReportInMutationVariables = Exact<{
  i: ReportInInput;
}>;


export type PartyOrganisationReportInMutation = { reportInAsPartyMember: { id: string, name: string | null, membership: Membership, homeOrganisation: string | null, position: PartyPosition, reportedIn: boolean, reportedInAt: string | null } };

export type PartyOrganisationCreateMutationVariables = Exact<{
  i: CreatePartyOrganisationInput;
}>;


export type PartyOrganisationCreateMutation = { createPartyOrganisation: { id: string, kind: PartyOrganisationKind } };

export type PartyOrganisationAppointOfficerMutationVariables = Exact<{
  i: AppointPartyOfficerInput;
}>;


export type PartyOrganisationAppointOfficerMutation = { appointPartyOfficer: { name: string | null, position: PartyPosition } };

export type PartyOrganisationOfficersQueryVariables = Exact<{
  c: string | number;
}>;


export type PartyOrganisationOfficersQuery = { compound: { partyOrganisation: { name: string, officers: Array<{ name: string | null, position: PartyPosition }> } | null } };

export type PartyOrganisationMyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartyOrganisationMyMembershipsQuery = { myPartyMemberships: Array<{ reportedIn: boolean, membership: Membership, organisation: { name: string } }> };

export type PartyOrganisationMembersQueryVariables = Exact<{
  c: string | number;
}>;


export type PartyOrganisationMembersQuery = { compound: { partyOrganisation: { members: { totalCount: number, edges: Array<{ node: { name: string | null, reportedIn: boolean } }> } } | null } };

export type PartyOrganisationCreateTaskMutationVariables = Exact<{
  i: CreateGovernanceTaskInput;
}>;


export type PartyOrganisationCreateTaskMutation = { createGovernanceTask: { id: string, status: GovernanceTaskStatus } };

export type PartyOrganisationClaimTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyOrganisationClaimTaskMutation = { claimGovernanceTask: { status: GovernanceTaskStatus, claimedBy: { name: string | null } | null } };

export type PartyOrganisationReleaseTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyOrganisationReleaseTaskMutation = { releaseGovernanceTask: { id: string } };

export type PartyOrganisationCompleteTaskMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type PartyOrganisationCompleteTaskMutation = { completeGovernanceTask: { status: GovernanceTaskStatus, outcome: string | null, completedAt: string | null } };

export type PartyOrganisationClaimedTasksQueryVariables = Exact<{
  c: string | number;
}>;


export type PartyOrganisationClaimedTasksQuery = { compound: { governanceTasks: { totalCount: number, edges: Array<{ node: { title: string } }> } | null } };

export type PartyStatsFiguresFragment = { reports: number, responded: number, respondedWithinPromise: number, shareRespondedWithinPromise: number | null, medianResponseSeconds: number | null, resolved: number, medianResolutionSeconds: number | null, averageSatisfaction: number | null, wishesFulfilled: number, volunteerMinutes: number, volunteerHours: number, byCategory: Array<{ key: string, count: number }>, byPath: Array<{ key: string, count: number }> };

export type PartyStatsReportIssueMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type PartyStatsReportIssueMutation = { reportIssue: { id: string } };

export type PartyStatsRespondMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyStatsRespondMutation = { respondToIssueReport: { id: string } };

export type PartyStatsResolveMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type PartyStatsResolveMutation = { resolveIssueReport: { id: string } };

export type PartyStatsCloseMutationVariables = Exact<{
  id: string | number;
  satisfaction: number;
}>;


export type PartyStatsCloseMutation = { closeIssueReport: { id: string } };

export type PartyStatsBlowWhistleMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyStatsBlowWhistleMutation = { blowWhistle: { id: string } };

export type PartyStatsHandToPropertyMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyStatsHandToPropertyMutation = { handIssueReportToProperty: { id: string } };

export type PartyStatsPostWishMutationVariables = Exact<{
  c: string | number;
}>;


export type PartyStatsPostWishMutation = { postMicroWish: { id: string } };

export type PartyStatsClaimWishMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyStatsClaimWishMutation = { claimMicroWish: { id: string } };

export type PartyStatsFulfilWishMutationVariables = Exact<{
  id: string | number;
}>;


export type PartyStatsFulfilWishMutation = { fulfilMicroWish: { id: string } };

export type PartyStatsCreateActivityMutationVariables = Exact<{
  i: CreateActivityInput;
}>;


export type PartyStatsCreateActivityMutation = { createActivity: { id: string } };

export type PartyStatsSignUpMutationVariables = Exact<{
  a: string | number;
}>;


export type PartyStatsSignUpMutation = { signUpForActivity: { id: string } };

export type PartyStatsRecordAttendanceMutationVariables = Exact<{
  a: string | number;
  p: string;
}>;


export type PartyStatsRecordAttendanceMutation = { recordAttendance: { id: string } };

export type PartyStatsCreateCompoundInNewYorkMutationVariables = Exact<{
  c: string | number;
}>;


export type PartyStatsCreateCompoundInNewYorkMutation = { createCompound: { id: string, timeZone: string | null } };

export type PartyStatsOfCompoundQueryVariables = Exact<{
  c: string | number;
  from: string;
  to: string;
}>;


export type PartyStatsOfCompoundQuery = { partyStats: { from: string, to: string, reports: number, responded: number, respondedWithinPromise: number, shareRespondedWithinPromise: number | null, medianResponseSeconds: number | null, resolved: number, medianResolutionSeconds: number | null, averageSatisfaction: number | null, wishesFulfilled: number, volunteerMinutes: number, volunteerHours: number, byCategory: Array<{ key: string, count: number }>, byPath: Array<{ key: string, count: number }> } };

export type PartyStatsNovemberFirstPageQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type PartyStatsNovemberFirstPageQuery = { partyStatsByCompound: { totalCount: number, edges: Array<{ node: { reports: number, shareRespondedWithinPromise: number | null, compound: { name: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartyStatsOctoberAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type PartyStatsOctoberAfterQuery = { partyStatsByCompound: { edges: Array<{ node: { reports: number, compound: { name: string | null } } }> } };

export type PartyStatsNovemberTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type PartyStatsNovemberTotalQuery = { partyStatsByCompound: { totalCount: number } };

export type PromiseEscalationReportFragment = { id: string, status: IssueStatus, reportedAt: string, promiseStartedAt: string, respondedWithinPromise: boolean | null, responseOverdue: boolean, escalationLevel: number, escalations: Array<{ level: number, dueAt: string, recipients: Array<string>, status: EscalationStatus, doneAt: string | null }> };

export type PromiseEscalationFileMutationVariables = Exact<{
  i: ReportIssueInput;
}>;


export type PromiseEscalationFileMutation = { reportIssue: { id: string, status: IssueStatus, reportedAt: string, promiseStartedAt: string, respondedWithinPromise: boolean | null, responseOverdue: boolean, escalationLevel: number, escalations: Array<{ level: number, dueAt: string, recipients: Array<string>, status: EscalationStatus, doneAt: string | null }> } };

export type PromiseEscalationReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PromiseEscalationReportQuery = { issueReport: { id: string, status: IssueStatus, reportedAt: string, promiseStartedAt: string, respondedWithinPromise: boolean | null, responseOverdue: boolean, escalationLevel: number, entries: Array<{ kind: IssueEntryKind, note: string | null, by: string }>, escalations: Array<{ level: number, dueAt: string, recipients: Array<string>, status: EscalationStatus, doneAt: string | null }> } };

export type PromiseEscalationRespondMutationVariables = Exact<{
  id: string | number;
}>;


export type PromiseEscalationRespondMutation = { respondToIssueReport: { id: string, status: IssueStatus, reportedAt: string, promiseStartedAt: string, respondedWithinPromise: boolean | null, responseOverdue: boolean, escalationLevel: number, escalations: Array<{ level: number, dueAt: string, recipients: Array<string>, status: EscalationStatus, doneAt: string | null }> } };

export type PromiseEscalationResolveMutationVariables = Exact<{
  id: string | number;
}>;


export type PromiseEscalationResolveMutation = { resolveIssueReport: { id: string, status: IssueStatus } };

export type PromiseEscalationHandToPropertyMutationVariables = Exact<{
  id: string | number;
}>;


export type PromiseEscalationHandToPropertyMutation = { handIssueReportToProperty: { id: string, status: IssueStatus } };

export type PromiseEscalationPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type PromiseEscalationPolicyQuery = { compound: { escalationPolicy: { isDefault: boolean, levels: Array<{ level: number, afterSeconds: number, recipients: Array<string> }> } | null } };

export type PromiseEscalationSetPolicyMutationVariables = Exact<{
  i: SetEscalationPolicyInput;
}>;


export type PromiseEscalationSetPolicyMutation = { setCompoundEscalationPolicy: { isDefault: boolean, levels: Array<{ level: number, afterSeconds: number, recipients: Array<string> }> } };

export type PromiseEscalationStatsQueryVariables = Exact<{
  c: string | number;
}>;


export type PromiseEscalationStatsQuery = { partyStats: { reports: number, respondedWithinPromise: number, escalatedLevel1: number, escalatedLevel2: number } };

export type ServiceStationCreateMutationVariables = Exact<{
  i: CreateServiceStationInput;
}>;


export type ServiceStationCreateMutation = { createServiceStation: { id: string, functions: Array<StationFunction> | null, customFunctions: Array<string> | null } };

export type ServiceStationAddServiceMutationVariables = Exact<{
  i: AddStationServiceInput;
}>;


export type ServiceStationAddServiceMutation = { addStationService: { name: string, mode: ServiceMode } };

export type ServiceStationOfCompoundQueryVariables = Exact<{
  c: string | number;
}>;


export type ServiceStationOfCompoundQuery = { compound: { serviceStation: { name: string | null, services: Array<{ name: string, category: string, mode: ServiceMode }> | null, compound: { id: string } | null } | null } };

export type ServiceStationOnDutyAtQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type ServiceStationOnDutyAtQuery = { serviceStation: { onDuty: { team: DutyTeam, workingDay: boolean, localDate: string } | null } };

export type ServiceStationOnDutyNowQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceStationOnDutyNowQuery = { serviceStation: { onDuty: { team: DutyTeam, at: string } | null } };

export type ServiceStationSetCalendarDayMutationVariables = Exact<{
  i: SetCalendarDayInput;
}>;


export type ServiceStationSetCalendarDayMutation = { setCompoundCalendarDay: { day: string, kind: CalendarDayKind } };

export type ServiceStationCalendarDaysQueryVariables = Exact<{
  c: string | number;
}>;


export type ServiceStationCalendarDaysQuery = { compound: { calendarDays: Array<{ day: string, kind: CalendarDayKind }> | null } };

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

export type PropertyNotifySetStaffDutyMutationVariables = Exact<{
  input: SetStaffDutyInput;
}>;


export type PropertyNotifySetStaffDutyMutation = { setStaffDuty: { id: string, companyId: string, dutyManager: boolean, accountSub: string | null } };

export type PropertyNotifyCompanyStaffQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyNotifyCompanyStaffQuery = { propertyCompany: { staff: Array<{ id: string, name: string, dutyManager: boolean, accountSub: string | null }> | null } };

export type PropertyNotifyCreateOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type PropertyNotifyCreateOrderMutation = { createWorkOrder: { id: string, slaDeadline: string, residentId: string | null } };

export type PropertyNotifyHandOverMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyNotifyHandOverMutation = { handIssueReportToProperty: { id: string } };

export type PropertyNotifyCreateResidentMutationVariables = Exact<{
  i: CreateResidentInput;
}>;


export type PropertyNotifyCreateResidentMutation = { createResident: { id: string } };

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

export type DemoScaleDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoScaleDashboardQuery = { compounds: { totalCount: number, edges: Array<{ node: { name: string | null, buildings: Array<{ number: number | null }> | null, ownersCommittee: { name: string | null } | null, serviceContracts: Array<{ company: { name: string | null } }> | null, outlets: Array<{ kind: OutletKind }> | null } }> } };

export type DemoScaleFiguresQueryVariables = Exact<{
  p: DateRange;
}>;


export type DemoScaleFiguresQuery = { partyStatsByCompound: { edges: Array<{ node: { reports: number, byPath: Array<{ key: string, count: number }> } }> }, workOrderStats: { total: number, byCategory: Array<{ count: number }> }, fundFlowReport: Array<{ source: FundSource, entries: number }> };

export type DemoScaleMyReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoScaleMyReportsQuery = { myIssueReports: { totalCount: number, edges: Array<{ node: { reportedAt: string } }> } };

export type DemoScaleOpenReportsQueryVariables = Exact<{
  c: string | number;
}>;


export type DemoScaleOpenReportsQuery = { issueReports: { totalCount: number } };

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
export const PublicFundEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicFundEntryFields on FundEntry {
  id
  direction
  source
  status
  amount {
    fen
    yuan
  }
  balanceAfter {
    fen
  }
  description
  submittedBy
  decidedBy
  postedAt
  period
  reverses {
    id
  }
  reversedBy {
    id
  }
  settlement {
    id
  }
}
    `, {"fragmentName":"PublicFundEntryFields"}) as unknown as TypedDocumentString<PublicFundEntryFieldsFragment, unknown>;
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
export const IssueReportsReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}
    `, {"fragmentName":"IssueReportsReportFields"}) as unknown as TypedDocumentString<IssueReportsReportFieldsFragment, unknown>;
export const PartyStatsFiguresFragmentDoc = new TypedDocumentString(`
    fragment PartyStatsFigures on CompoundPartyStats {
  reports
  responded
  respondedWithinPromise
  shareRespondedWithinPromise
  medianResponseSeconds
  resolved
  medianResolutionSeconds
  averageSatisfaction
  byCategory {
    key
    count
  }
  byPath {
    key
    count
  }
  wishesFulfilled
  volunteerMinutes
  volunteerHours
}
    `, {"fragmentName":"PartyStatsFigures"}) as unknown as TypedDocumentString<PartyStatsFiguresFragment, unknown>;
export const PromiseEscalationReportFragmentDoc = new TypedDocumentString(`
    fragment PromiseEscalationReport on IssueReport {
  id
  status
  reportedAt
  promiseStartedAt
  respondedWithinPromise
  responseOverdue
  escalationLevel
  escalations {
    level
    dueAt
    recipients
    status
    doneAt
  }
}
    `, {"fragmentName":"PromiseEscalationReport"}) as unknown as TypedDocumentString<PromiseEscalationReportFragment, unknown>;
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
export const CommitteeAnalyticsFundFlowsDocument = new TypedDocumentString(`
    query CommitteeAnalyticsFundFlows($c: ID!, $from: String!, $to: String!) {
  fundFlowReport(compoundId: $c, fromMonth: $from, toMonth: $to) {
    period
    direction
    source
    entries
    total {
      fen
      yuan
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeAnalyticsFundFlowsQuery, CommitteeAnalyticsFundFlowsQueryVariables>;
export const CommitteeAnalyticsTurnoutDocument = new TypedDocumentString(`
    query CommitteeAnalyticsTurnout($c: ID!) {
  voteTurnoutReport(compoundId: $c) {
    title
    matter
    rollHeads
    participatingHeads
    participatingAreaCentiM2
    turnoutHeadsBasisPoints
    turnoutAreaBasisPoints
    forHeads
    valid
    passed
  }
}
    `) as unknown as TypedDocumentString<CommitteeAnalyticsTurnoutQuery, CommitteeAnalyticsTurnoutQueryVariables>;
export const CommitteeAnalyticsOutcomesDocument = new TypedDocumentString(`
    query CommitteeAnalyticsOutcomes($c: ID) {
  voteOutcomesByMatter(compoundId: $c) {
    matter
    closedVotes
    validVotes
    passedVotes
    participatingHeads
    rollHeads
  }
}
    `) as unknown as TypedDocumentString<CommitteeAnalyticsOutcomesQuery, CommitteeAnalyticsOutcomesQueryVariables>;
export const CommitteeElectionRecordDocument = new TypedDocumentString(`
    mutation CommitteeElectionRecord($input: RecordElectionInput!) {
  recordCommitteeElection(input: $input) {
    id
    name
    termStartsOn
    termEndsOn
    compound {
      id
    }
    currentTerm {
      startsOn
      endsOn
      electedBy {
        id
        matter
      }
      seats {
        role
        owner {
          id
          name
        }
      }
    }
    terms {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeElectionRecordMutation, CommitteeElectionRecordMutationVariables>;
export const CommitteeElectionPublicSeatsDocument = new TypedDocumentString(`
    query CommitteeElectionPublicSeats($id: ID!) {
  ownersCommittee(id: $id) {
    currentTerm {
      seats {
        role
        owner {
          name
          areaCentiM2
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeElectionPublicSeatsQuery, CommitteeElectionPublicSeatsQueryVariables>;
export const CommitteeElectionSeatsAsResidentDocument = new TypedDocumentString(`
    query CommitteeElectionSeatsAsResident($id: ID!) {
  ownersCommittee(id: $id) {
    currentTerm {
      seats {
        owner {
          name
          areaCentiM2
          units {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeElectionSeatsAsResidentQuery, CommitteeElectionSeatsAsResidentQueryVariables>;
export const ConsultationStartDocument = new TypedDocumentString(`
    mutation ConsultationStart($input: StartConsultationInput!) {
  startConsultation(input: $input) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<ConsultationStartMutation, ConsultationStartMutationVariables>;
export const ConsultationAdvanceDocument = new TypedDocumentString(`
    mutation ConsultationAdvance($input: AdvanceConsultationInput!) {
  advanceConsultation(input: $input) {
    id
    stage
    decisionVote {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationAdvanceMutation, ConsultationAdvanceMutationVariables>;
export const ConsultationProposeTopicDocument = new TypedDocumentString(`
    mutation ConsultationProposeTopic($input: ProposeTopicInput!) {
  proposeConsultationTopic(input: $input) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<ConsultationProposeTopicMutation, ConsultationProposeTopicMutationVariables>;
export const ConsultationAdoptDocumentVersionDocument = new TypedDocumentString(`
    mutation ConsultationAdoptDocumentVersion($input: AdoptDocumentVersionInput!) {
  adoptGovernanceDocumentVersion(input: $input) {
    id
    version
    title
    effectiveOn
    adoptedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationAdoptDocumentVersionMutation, ConsultationAdoptDocumentVersionMutationVariables>;
export const ConsultationGovernanceDocumentsDocument = new TypedDocumentString(`
    query ConsultationGovernanceDocuments($c: ID!) {
  governanceDocuments(compoundId: $c) {
    kind
    current {
      version
      title
    }
    history {
      version
      effectiveOn
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationGovernanceDocumentsQuery, ConsultationGovernanceDocumentsQueryVariables>;
export const ConsultationRecordDocument = new TypedDocumentString(`
    query ConsultationRecord($id: ID!) {
  consultation(id: $id) {
    stage
    topics {
      text
    }
    steps {
      stage
      note
      vote {
        id
        result {
          passed
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationRecordQuery, ConsultationRecordQueryVariables>;
export const CommitteeDemoKuiguangtaStoryDocument = new TypedDocumentString(`
    query CommitteeDemoKuiguangtaStory($c: ID!, $committee: ID!) {
  compound: ownersCommittee(id: $committee) {
    name
    currentTerm {
      startsOn
      seats {
        role
        owner {
          name
        }
      }
      electedBy {
        matter
        result {
          passed
        }
      }
    }
    fund {
      balance {
        yuan
      }
      entries {
        totalCount
        edges {
          node {
            source
            direction
            status
            amount {
              yuan
            }
          }
        }
      }
    }
  }
  ownerRoll(compoundId: $c) {
    heads
    areaCentiM2
  }
  governanceDocuments(compoundId: $c) {
    kind
    current {
      version
      title
      adoptedBy {
        matter
        result {
          passed
        }
      }
    }
  }
  consultations(compoundId: $c) {
    edges {
      node {
        stage
        decisionVote {
          title
        }
        steps {
          stage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeDemoKuiguangtaStoryQuery, CommitteeDemoKuiguangtaStoryQueryVariables>;
export const CommitteeDemoVoteDocument = new TypedDocumentString(`
    query CommitteeDemoVote($id: ID!) {
  vote(id: $id) {
    matter
    approvalRule
    status
    result {
      valid
      passed
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeDemoVoteQuery, CommitteeDemoVoteQueryVariables>;
export const CommitteeDemoRollDocument = new TypedDocumentString(`
    query CommitteeDemoRoll($c: ID!, $n: Int!) {
  ownerRoll(compoundId: $c) {
    owners(first: $n) {
      edges {
        node {
          name
          residentId
          areaCentiM2
          units {
            area
            household {
              ownedUnit {
                id
                owner {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeDemoRollQuery, CommitteeDemoRollQueryVariables>;
export const CommitteeDemoLedgerDocument = new TypedDocumentString(`
    query CommitteeDemoLedger($c: ID!, $n: Int!) {
  publicFund(compoundId: $c) {
    entries(first: $n) {
      edges {
        node {
          amount {
            fen
          }
          reverses {
            id
          }
          reversedBy {
            id
          }
          committee {
            name
          }
          settlement {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeDemoLedgerQuery, CommitteeDemoLedgerQueryVariables>;
export const CommitteeDemoVotesDocument = new TypedDocumentString(`
    query CommitteeDemoVotes($c: ID!, $n: Int!) {
  compound(id: $c) {
    jointVotes(first: $n) {
      totalCount
      edges {
        node {
          roll {
            heads
          }
          result {
            passed
            checks {
              met
            }
          }
          myBallot {
            choice
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeDemoVotesQuery, CommitteeDemoVotesQueryVariables>;
export const CommitteeDemoConsultationsDocument = new TypedDocumentString(`
    query CommitteeDemoConsultations($c: ID!, $n: Int!) {
  consultations(compoundId: $c, first: $n) {
    edges {
      node {
        topics {
          text
        }
        steps {
          stage
          vote {
            title
            result {
              passed
            }
            myBallot {
              choice
            }
          }
        }
        decisionVote {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeDemoConsultationsQuery, CommitteeDemoConsultationsQueryVariables>;
export const CommitteeRegisterOwnerDocument = new TypedDocumentString(`
    mutation CommitteeRegisterOwner($input: RegisterOwnerInput!) {
  registerOwner(input: $input) {
    id
    isDeveloper
    name
  }
}
    `) as unknown as TypedDocumentString<CommitteeRegisterOwnerMutation, CommitteeRegisterOwnerMutationVariables>;
export const CommitteeRegisterOwnedUnitDocument = new TypedDocumentString(`
    mutation CommitteeRegisterOwnedUnit($input: RegisterOwnedUnitInput!) {
  registerOwnedUnit(input: $input) {
    id
    areaCentiM2
    area
  }
}
    `) as unknown as TypedDocumentString<CommitteeRegisterOwnedUnitMutation, CommitteeRegisterOwnedUnitMutationVariables>;
export const CommitteeOpenVoteDocument = new TypedDocumentString(`
    mutation CommitteeOpenVote($input: OpenVoteInput!) {
  openVote(input: $input) {
    id
    status
    matter
    approvalRule
    roll {
      heads
      areaCentiM2
      area
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeOpenVoteMutation, CommitteeOpenVoteMutationVariables>;
export const CommitteeCastBallotDocument = new TypedDocumentString(`
    mutation CommitteeCastBallot($input: BallotInput!) {
  castBallot(input: $input) {
    id
    choice
    castAt
    changedAt
  }
}
    `) as unknown as TypedDocumentString<CommitteeCastBallotMutation, CommitteeCastBallotMutationVariables>;
export const CommitteeCloseVoteDocument = new TypedDocumentString(`
    mutation CommitteeCloseVote($id: ID!) {
  closeVote(id: $id) {
    id
    status
    closedAt
    result {
      valid
      passed
      participatingAreaCentiM2
      participatingHeads
      forAreaCentiM2
      forHeads
      againstAreaCentiM2
      againstHeads
      abstainAreaCentiM2
      abstainHeads
      explanation
      checks {
        stage
        measure
        rule
        count
        base
        required
        shortfall
        met
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeCloseVoteMutation, CommitteeCloseVoteMutationVariables>;
export const FollowTheMoneyFromCompoundDocument = new TypedDocumentString(`
    query FollowTheMoneyFromCompound($c: ID!) {
  compound(id: $c) {
    outlets {
      kind
      settlements(first: 10) {
        edges {
          node {
            id
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
            }
            fundEntry {
              id
              source
              direction
              status
              period
              amount {
                fen
              }
              balanceAfter {
                fen
              }
              committee {
                id
              }
            }
          }
        }
      }
      cofunding {
        contributions {
          source
          amount {
            fen
          }
          fundEntry {
            id
            direction
            amount {
              fen
            }
          }
        }
      }
    }
    publicFund {
      balance {
        fen
        yuan
      }
      pendingSpending {
        fen
      }
      committee {
        id
      }
      entries(first: 100) {
        totalCount
        edges {
          node {
            id
            source
            direction
            amount {
              fen
            }
            balanceAfter {
              fen
            }
            settlement {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowTheMoneyFromCompoundQuery, FollowTheMoneyFromCompoundQueryVariables>;
export const FollowTheMoneyFundTotalsDocument = new TypedDocumentString(`
    query FollowTheMoneyFundTotals($c: ID!) {
  compound(id: $c) {
    publicFund {
      balance {
        fen
      }
      entries {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowTheMoneyFundTotalsQuery, FollowTheMoneyFundTotalsQueryVariables>;
export const FollowTheMoneyFundBalanceDocument = new TypedDocumentString(`
    query FollowTheMoneyFundBalance($c: ID!) {
  compound(id: $c) {
    publicFund {
      balance {
        fen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowTheMoneyFundBalanceQuery, FollowTheMoneyFundBalanceQueryVariables>;
export const JointVoteChangeBallotDocument = new TypedDocumentString(`
    mutation JointVoteChangeBallot($input: BallotInput!) {
  changeBallot(input: $input) {
    id
    choice
    castAt
    changedAt
  }
}
    `) as unknown as TypedDocumentString<JointVoteChangeBallotMutation, JointVoteChangeBallotMutationVariables>;
export const JointVoteRollWithOwnersDocument = new TypedDocumentString(`
    query JointVoteRollWithOwners($c: ID!) {
  ownerRoll(compoundId: $c) {
    heads
    areaCentiM2
    area
    owners {
      totalCount
      edges {
        node {
          id
          heads
          areaCentiM2
          isDeveloper
          units {
            areaCentiM2
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointVoteRollWithOwnersQuery, JointVoteRollWithOwnersQueryVariables>;
export const JointVoteRollHouseholdsDocument = new TypedDocumentString(`
    query JointVoteRollHouseholds($c: ID!) {
  ownerRoll(compoundId: $c) {
    owners {
      edges {
        node {
          units {
            household {
              id
              ownedUnit {
                area
                owner {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointVoteRollHouseholdsQuery, JointVoteRollHouseholdsQueryVariables>;
export const JointVoteMyBallotDocument = new TypedDocumentString(`
    query JointVoteMyBallot($id: ID!) {
  vote(id: $id) {
    id
    status
    result {
      valid
    }
    myBallot {
      choice
    }
  }
}
    `) as unknown as TypedDocumentString<JointVoteMyBallotQuery, JointVoteMyBallotQueryVariables>;
export const JointVoteUpdateOwnedUnitDocument = new TypedDocumentString(`
    mutation JointVoteUpdateOwnedUnit($input: UpdateOwnedUnitInput!) {
  updateOwnedUnit(input: $input) {
    areaCentiM2
  }
}
    `) as unknown as TypedDocumentString<JointVoteUpdateOwnedUnitMutation, JointVoteUpdateOwnedUnitMutationVariables>;
export const JointVoteEraseOwnerDocument = new TypedDocumentString(`
    mutation JointVoteEraseOwner($r: ID!) {
  eraseOwnerPersonalData(residentId: $r)
}
    `) as unknown as TypedDocumentString<JointVoteEraseOwnerMutation, JointVoteEraseOwnerMutationVariables>;
export const JointVoteRollNamesDocument = new TypedDocumentString(`
    query JointVoteRollNames($c: ID!) {
  ownerRoll(compoundId: $c) {
    heads
    owners {
      edges {
        node {
          name
          residentId
          areaCentiM2
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointVoteRollNamesQuery, JointVoteRollNamesQueryVariables>;
export const PublicFundRecordIncomeDocument = new TypedDocumentString(`
    mutation PublicFundRecordIncome($input: RecordFundIncomeInput!) {
  recordFundIncome(input: $input) {
    ...PublicFundEntryFields
  }
}
    fragment PublicFundEntryFields on FundEntry {
  id
  direction
  source
  status
  amount {
    fen
    yuan
  }
  balanceAfter {
    fen
  }
  description
  submittedBy
  decidedBy
  postedAt
  period
  reverses {
    id
  }
  reversedBy {
    id
  }
  settlement {
    id
  }
}`) as unknown as TypedDocumentString<PublicFundRecordIncomeMutation, PublicFundRecordIncomeMutationVariables>;
export const PublicFundSubmitSpendingDocument = new TypedDocumentString(`
    mutation PublicFundSubmitSpending($input: SubmitFundSpendingInput!) {
  submitFundSpending(input: $input) {
    ...PublicFundEntryFields
  }
}
    fragment PublicFundEntryFields on FundEntry {
  id
  direction
  source
  status
  amount {
    fen
    yuan
  }
  balanceAfter {
    fen
  }
  description
  submittedBy
  decidedBy
  postedAt
  period
  reverses {
    id
  }
  reversedBy {
    id
  }
  settlement {
    id
  }
}`) as unknown as TypedDocumentString<PublicFundSubmitSpendingMutation, PublicFundSubmitSpendingMutationVariables>;
export const PublicFundApproveSpendingDocument = new TypedDocumentString(`
    mutation PublicFundApproveSpending($input: DecideFundSpendingInput!) {
  approveFundSpending(input: $input) {
    ...PublicFundEntryFields
  }
}
    fragment PublicFundEntryFields on FundEntry {
  id
  direction
  source
  status
  amount {
    fen
    yuan
  }
  balanceAfter {
    fen
  }
  description
  submittedBy
  decidedBy
  postedAt
  period
  reverses {
    id
  }
  reversedBy {
    id
  }
  settlement {
    id
  }
}`) as unknown as TypedDocumentString<PublicFundApproveSpendingMutation, PublicFundApproveSpendingMutationVariables>;
export const PublicFundRejectSpendingDocument = new TypedDocumentString(`
    mutation PublicFundRejectSpending($input: DecideFundSpendingInput!) {
  rejectFundSpending(input: $input) {
    ...PublicFundEntryFields
  }
}
    fragment PublicFundEntryFields on FundEntry {
  id
  direction
  source
  status
  amount {
    fen
    yuan
  }
  balanceAfter {
    fen
  }
  description
  submittedBy
  decidedBy
  postedAt
  period
  reverses {
    id
  }
  reversedBy {
    id
  }
  settlement {
    id
  }
}`) as unknown as TypedDocumentString<PublicFundRejectSpendingMutation, PublicFundRejectSpendingMutationVariables>;
export const PublicFundReverseEntryDocument = new TypedDocumentString(`
    mutation PublicFundReverseEntry($input: ReverseFundEntryInput!) {
  reverseFundEntry(input: $input) {
    ...PublicFundEntryFields
  }
}
    fragment PublicFundEntryFields on FundEntry {
  id
  direction
  source
  status
  amount {
    fen
    yuan
  }
  balanceAfter {
    fen
  }
  description
  submittedBy
  decidedBy
  postedAt
  period
  reverses {
    id
  }
  reversedBy {
    id
  }
  settlement {
    id
  }
}`) as unknown as TypedDocumentString<PublicFundReverseEntryMutation, PublicFundReverseEntryMutationVariables>;
export const PublicFundLedgerDocument = new TypedDocumentString(`
    query PublicFundLedger($c: ID!) {
  publicFund(compoundId: $c) {
    balance {
      fen
      yuan
    }
    committee {
      id
    }
    entries(first: 100) {
      totalCount
      edges {
        node {
          id
          source
          status
          amount {
            fen
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFundLedgerQuery, PublicFundLedgerQueryVariables>;
export const PublicFundLedgerPageDocument = new TypedDocumentString(`
    query PublicFundLedgerPage($c: ID!, $after: String) {
  publicFund(compoundId: $c) {
    entries(first: 3, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFundLedgerPageQuery, PublicFundLedgerPageQueryVariables>;
export const PublicFundOfCommitteeDocument = new TypedDocumentString(`
    query PublicFundOfCommittee($id: ID!) {
  ownersCommittee(id: $id) {
    fund {
      balance {
        fen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFundOfCommitteeQuery, PublicFundOfCommitteeQueryVariables>;
export const PublicFundBalanceAndPendingDocument = new TypedDocumentString(`
    query PublicFundBalanceAndPending($c: ID!) {
  publicFund(compoundId: $c) {
    balance {
      fen
    }
    pendingSpending {
      fen
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFundBalanceAndPendingQuery, PublicFundBalanceAndPendingQueryVariables>;
export const PublicFundEntryDocument = new TypedDocumentString(`
    query PublicFundEntry($id: ID!) {
  fundEntry(id: $id) {
    amount {
      fen
    }
    status
    reversedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFundEntryQuery, PublicFundEntryQueryVariables>;
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
export const SelectedColumnsCompoundNamesDocument = new TypedDocumentString(`
    query SelectedColumnsCompoundNames($first: Int!) {
  compounds(first: $first) {
    edges {
      node {
        name
        buildings {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelectedColumnsCompoundNamesQuery, SelectedColumnsCompoundNamesQueryVariables>;
export const SelectedColumnsCompoundCommunitiesDocument = new TypedDocumentString(`
    query SelectedColumnsCompoundCommunities($first: Int!) {
  compounds(first: $first) {
    edges {
      node {
        name
        community {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelectedColumnsCompoundCommunitiesQuery, SelectedColumnsCompoundCommunitiesQueryVariables>;
export const NotifyMyNotificationsDocument = new TypedDocumentString(`
    query NotifyMyNotifications($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) {
  myNotifications(
    first: $first
    after: $after
    last: $last
    before: $before
    unreadOnly: $unreadOnly
  ) {
    totalCount
    unreadCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        sequence
        kind
        recordType
        recordId
        compoundId
        level
        textZh
        textEn
        occurredAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyMyNotificationsQuery, NotifyMyNotificationsQueryVariables>;
export const NotifyMarkReadDocument = new TypedDocumentString(`
    mutation NotifyMarkRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids) {
    markedCount
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<NotifyMarkReadMutation, NotifyMarkReadMutationVariables>;
export const NotifyMarkAllReadDocument = new TypedDocumentString(`
    mutation NotifyMarkAllRead {
  markAllNotificationsRead {
    markedCount
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<NotifyMarkAllReadMutation, NotifyMarkAllReadMutationVariables>;
export const NotifyStatsDocument = new TypedDocumentString(`
    query NotifyStats($from: DateTimeISO!, $to: DateTimeISO!) {
  notificationStats(from: $from, to: $to) {
    recorded
    byKind {
      kind
      count
    }
    delivered
    pending
    failed
  }
}
    `) as unknown as TypedDocumentString<NotifyStatsQuery, NotifyStatsQueryVariables>;
export const NotifyWebhooksRegisterDocument = new TypedDocumentString(`
    mutation NotifyWebhooksRegister($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) {
    secret
    webhook {
      id
      url
      eventKinds
      compoundIds
      description
      active
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksRegisterMutation, NotifyWebhooksRegisterMutationVariables>;
export const NotifyWebhooksListDocument = new TypedDocumentString(`
    query NotifyWebhooksList {
  webhooks {
    id
    url
    active
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksListQuery, NotifyWebhooksListQueryVariables>;
export const NotifyWebhooksDeliveriesDocument = new TypedDocumentString(`
    query NotifyWebhooksDeliveries($webhookId: ID!, $state: WebhookDeliveryState, $first: Int, $after: String) {
  webhookDeliveries(
    webhookId: $webhookId
    state: $state
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        eventId
        kind
        state
        attempts
        lastStatus
        lastError
        nextAttemptAt
        deliveredAt
        parkedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksDeliveriesQuery, NotifyWebhooksDeliveriesQueryVariables>;
export const NotifyWebhooksResendDocument = new TypedDocumentString(`
    mutation NotifyWebhooksResend($id: ID!) {
  resendWebhookDelivery(id: $id) {
    id
    state
    attempts
    lastError
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksResendMutation, NotifyWebhooksResendMutationVariables>;
export const NotifyWebhooksDeactivateDocument = new TypedDocumentString(`
    mutation NotifyWebhooksDeactivate($id: ID!) {
  deactivateWebhook(id: $id) {
    id
    active
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksDeactivateMutation, NotifyWebhooksDeactivateMutationVariables>;
export const NotifyWebhooksRotateDocument = new TypedDocumentString(`
    mutation NotifyWebhooksRotate($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
    webhook {
      secretRotatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksRotateMutation, NotifyWebhooksRotateMutationVariables>;
export const NotifyWebhooksStatsDocument = new TypedDocumentString(`
    query NotifyWebhooksStats($from: DateTimeISO!, $to: DateTimeISO!) {
  notificationStats(from: $from, to: $to) {
    recorded
    webhookDeliveries {
      state
      count
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyWebhooksStatsQuery, NotifyWebhooksStatsQueryVariables>;
export const NotifyChainFileDocument = new TypedDocumentString(`
    mutation NotifyChainFile($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    id
    promiseStartedAt
  }
}
    `) as unknown as TypedDocumentString<NotifyChainFileMutation, NotifyChainFileMutationVariables>;
export const NotifyChainRespondDocument = new TypedDocumentString(`
    mutation NotifyChainRespond($id: ID!) {
  respondToIssueReport(id: $id) {
    id
    escalationLevel
    status
  }
}
    `) as unknown as TypedDocumentString<NotifyChainRespondMutation, NotifyChainRespondMutationVariables>;
export const NotifyChainHandToPropertyDocument = new TypedDocumentString(`
    mutation NotifyChainHandToProperty($id: ID!) {
  handIssueReportToProperty(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotifyChainHandToPropertyMutation, NotifyChainHandToPropertyMutationVariables>;
export const NotifyChainHandoverDocument = new TypedDocumentString(`
    query NotifyChainHandover($id: ID!) {
  issueReport(id: $id) {
    propertyHandover {
      status
      workOrderId
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyChainHandoverQuery, NotifyChainHandoverQueryVariables>;
export const ActivitiesPointsCreateActivityDocument = new TypedDocumentString(`
    mutation ActivitiesPointsCreateActivity($i: CreateActivityInput!) {
  createActivity(input: $i) {
    id
    capacity
    points
    durationMinutes
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsCreateActivityMutation, ActivitiesPointsCreateActivityMutationVariables>;
export const ActivitiesPointsSignUpDocument = new TypedDocumentString(`
    mutation ActivitiesPointsSignUp($a: ID!) {
  signUpForActivity(activityId: $a) {
    participantId
    attended
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsSignUpMutation, ActivitiesPointsSignUpMutationVariables>;
export const ActivitiesPointsRecordAttendanceDocument = new TypedDocumentString(`
    mutation ActivitiesPointsRecordAttendance($a: ID!, $p: String!) {
  recordAttendance(activityId: $a, participantId: $p) {
    attended
    attendedAt
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsRecordAttendanceMutation, ActivitiesPointsRecordAttendanceMutationVariables>;
export const ActivitiesPointsMyPointsDocument = new TypedDocumentString(`
    query ActivitiesPointsMyPoints {
  myPoints {
    balance
    entries {
      totalCount
      edges {
        node {
          delta
          kind
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsMyPointsQuery, ActivitiesPointsMyPointsQueryVariables>;
export const ActivitiesPointsActivitiesWithSignUpsDocument = new TypedDocumentString(`
    query ActivitiesPointsActivitiesWithSignUps($c: ID!) {
  compound(id: $c) {
    activities(first: 100) {
      edges {
        node {
          title
          signedUpCount
          signUps {
            participantId
            participantName
            attended
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsActivitiesWithSignUpsQuery, ActivitiesPointsActivitiesWithSignUpsQueryVariables>;
export const ActivitiesPointsActivitiesForGridDocument = new TypedDocumentString(`
    query ActivitiesPointsActivitiesForGrid($c: ID!) {
  compound(id: $c) {
    activities(first: 100) {
      edges {
        node {
          title
          signUps {
            participantId
            attended
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsActivitiesForGridQuery, ActivitiesPointsActivitiesForGridQueryVariables>;
export const ActivitiesPointsRedeemPointsDocument = new TypedDocumentString(`
    mutation ActivitiesPointsRedeemPoints($i: RedeemPointsInput!) {
  redeemPoints(input: $i) {
    id
    delta
    kind
    reason
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPointsRedeemPointsMutation, ActivitiesPointsRedeemPointsMutationVariables>;
export const PartyDemoQinglanJiayuanDocument = new TypedDocumentString(`
    query PartyDemoQinglanJiayuan($id: ID!) {
  compound(id: $id) {
    buildings {
      number
      units {
        number
      }
    }
    households(first: 1) {
      totalCount
    }
    partyOrganisation {
      kind
      name
      officers {
        position
      }
      members(first: 100) {
        totalCount
        edges {
          node {
            membership
            reportedIn
          }
        }
      }
    }
    serviceStation {
      name
      services {
        name
        mode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyDemoQinglanJiayuanQuery, PartyDemoQinglanJiayuanQueryVariables>;
export const PartyDemoResidentCompoundDocument = new TypedDocumentString(`
    query PartyDemoResidentCompound($id: ID!) {
  resident(id: $id) {
    name
    household {
      compound {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyDemoResidentCompoundQuery, PartyDemoResidentCompoundQueryVariables>;
export const PartyDemoStatsByCompoundDocument = new TypedDocumentString(`
    query PartyDemoStatsByCompound {
  partyStatsByCompound(from: "2026-09-01", to: "2026-11-30", first: 100) {
    edges {
      node {
        compound {
          name
        }
        reports
        respondedWithinPromise
        shareRespondedWithinPromise
        byPath {
          key
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyDemoStatsByCompoundQuery, PartyDemoStatsByCompoundQueryVariables>;
export const PartyDemoIssueReportsPageDocument = new TypedDocumentString(`
    query PartyDemoIssueReportsPage($c: ID!) {
  issueReports(compoundId: $c, first: 2) {
    edges {
      node {
        source
        status
        entries {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyDemoIssueReportsPageQuery, PartyDemoIssueReportsPageQueryVariables>;
export const PartyDemoResidentsPageDocument = new TypedDocumentString(`
    query PartyDemoResidentsPage($id: ID!, $n: Int) {
  compound(id: $id) {
    residents(first: $n) {
      edges {
        node {
          name
          household {
            label
            building {
              number
            }
            unit {
              number
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyDemoResidentsPageQuery, PartyDemoResidentsPageQueryVariables>;
export const IssueReportsReportIssueDocument = new TypedDocumentString(`
    mutation IssueReportsReportIssue($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    ...IssueReportsReportFields
    reporterResident {
      id
      name
    }
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsReportIssueMutation, IssueReportsReportIssueMutationVariables>;
export const IssueReportsRespondDocument = new TypedDocumentString(`
    mutation IssueReportsRespond($id: ID!) {
  respondToIssueReport(id: $id, note: "在路上") {
    ...IssueReportsReportFields
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsRespondMutation, IssueReportsRespondMutationVariables>;
export const IssueReportsResolveDocument = new TypedDocumentString(`
    mutation IssueReportsResolve($id: ID!) {
  resolveIssueReport(id: $id, note: "已更换灯泡") {
    ...IssueReportsReportFields
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsResolveMutation, IssueReportsResolveMutationVariables>;
export const IssueReportsCloseDocument = new TypedDocumentString(`
    mutation IssueReportsClose($id: ID!, $s: Int!) {
  closeIssueReport(id: $id, satisfaction: $s, comment: "谢谢") {
    ...IssueReportsReportFields
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsCloseMutation, IssueReportsCloseMutationVariables>;
export const IssueReportsReopenDocument = new TypedDocumentString(`
    mutation IssueReportsReopen($id: ID!, $reason: String!) {
  reopenIssueReport(id: $id, reason: $reason) {
    ...IssueReportsReportFields
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsReopenMutation, IssueReportsReopenMutationVariables>;
export const IssueReportsHandToPropertyDocument = new TypedDocumentString(`
    mutation IssueReportsHandToProperty($id: ID!) {
  handIssueReportToProperty(id: $id, note: "物业维修") {
    ...IssueReportsReportFields
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsHandToPropertyMutation, IssueReportsHandToPropertyMutationVariables>;
export const IssueReportsAddFollowUpDocument = new TypedDocumentString(`
    mutation IssueReportsAddFollowUp($id: ID!, $note: String!) {
  addIssueFollowUp(id: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssueReportsAddFollowUpMutation, IssueReportsAddFollowUpMutationVariables>;
export const IssueReportsBlowWhistleDocument = new TypedDocumentString(`
    mutation IssueReportsBlowWhistle($id: ID!, $department: String!, $note: String) {
  blowWhistle(id: $id, department: $department, note: $note) {
    ...IssueReportsReportFields
  }
}
    fragment IssueReportsReportFields on IssueReport {
  id
  status
  path
  source
  reportedAt
  respondedAt
  respondedWithinPromise
  responseSeconds
  resolvedAt
  resolutionNote
  whistleDepartment
  satisfaction
  closedAt
  reopenCount
  reportedByMe
  entries {
    kind
    note
    by
  }
}`) as unknown as TypedDocumentString<IssueReportsBlowWhistleMutation, IssueReportsBlowWhistleMutationVariables>;
export const IssueReportsOverdueDocument = new TypedDocumentString(`
    query IssueReportsOverdue($c: ID!) {
  issueReports(compoundId: $c, overdue: true) {
    edges {
      node {
        id
        responseOverdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IssueReportsOverdueQuery, IssueReportsOverdueQueryVariables>;
export const IssueReportsReportSourceDocument = new TypedDocumentString(`
    mutation IssueReportsReportSource($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    id
    source
  }
}
    `) as unknown as TypedDocumentString<IssueReportsReportSourceMutation, IssueReportsReportSourceMutationVariables>;
export const IssueReportsRegisterRiderDocument = new TypedDocumentString(`
    mutation IssueReportsRegisterRider($c: ID!) {
  registerPartTimeGridWorker(
    input: {compoundId: $c, userId: "rider-1", name: "美团骑手小陈", occupation: DELIVERY_RIDER}
  ) {
    id
    occupation
  }
}
    `) as unknown as TypedDocumentString<IssueReportsRegisterRiderMutation, IssueReportsRegisterRiderMutationVariables>;
export const IssueReportsFirstPageDocument = new TypedDocumentString(`
    query IssueReportsFirstPage($c: ID!) {
  issueReports(compoundId: $c, first: 3) {
    totalCount
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<IssueReportsFirstPageQuery, IssueReportsFirstPageQueryVariables>;
export const IssueReportsPageAfterDocument = new TypedDocumentString(`
    query IssueReportsPageAfter($c: ID!, $a: String) {
  issueReports(compoundId: $c, first: 100, after: $a) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IssueReportsPageAfterQuery, IssueReportsPageAfterQueryVariables>;
export const IssueReportsTotalCountDocument = new TypedDocumentString(`
    query IssueReportsTotalCount($c: ID!) {
  issueReports(compoundId: $c) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IssueReportsTotalCountQuery, IssueReportsTotalCountQueryVariables>;
export const IssueReportsMyClosedDocument = new TypedDocumentString(`
    query IssueReportsMyClosed {
  myIssueReports(first: 100, status: CLOSED) {
    totalCount
    edges {
      node {
        satisfaction
        reporterResident {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IssueReportsMyClosedQuery, IssueReportsMyClosedQueryVariables>;
export const IssueReportsFirstReporterDocument = new TypedDocumentString(`
    query IssueReportsFirstReporter($c: ID!) {
  issueReports(compoundId: $c, first: 1) {
    edges {
      node {
        reporterResident {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IssueReportsFirstReporterQuery, IssueReportsFirstReporterQueryVariables>;
export const ListsAndWishesAddNeedDocument = new TypedDocumentString(`
    mutation ListsAndWishesAddNeed($i: AddNeedInput!) {
  addNeed(input: $i) {
    id
    source
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesAddNeedMutation, ListsAndWishesAddNeedMutationVariables>;
export const ListsAndWishesAddResourceDocument = new TypedDocumentString(`
    mutation ListsAndWishesAddResource($i: AddResourceInput!) {
  addResource(input: $i) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesAddResourceMutation, ListsAndWishesAddResourceMutationVariables>;
export const ListsAndWishesCreateProjectDocument = new TypedDocumentString(`
    mutation ListsAndWishesCreateProject($i: CreateProjectInput!) {
  createProject(input: $i) {
    id
    title
    needs {
      title
    }
    resources {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesCreateProjectMutation, ListsAndWishesCreateProjectMutationVariables>;
export const ListsAndWishesListsDocument = new TypedDocumentString(`
    query ListsAndWishesLists($c: ID!) {
  compound(id: $c) {
    needs {
      totalCount
    }
    resources {
      totalCount
    }
    projects {
      totalCount
      edges {
        node {
          title
          needs {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesListsQuery, ListsAndWishesListsQueryVariables>;
export const ListsAndWishesPostMicroWishDocument = new TypedDocumentString(`
    mutation ListsAndWishesPostMicroWish($i: PostMicroWishInput!) {
  postMicroWish(input: $i) {
    id
    status
    resident {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesPostMicroWishMutation, ListsAndWishesPostMicroWishMutationVariables>;
export const ListsAndWishesClaimWishDocument = new TypedDocumentString(`
    mutation ListsAndWishesClaimWish($id: ID!) {
  claimMicroWish(id: $id) {
    status
    claimedByMe
    fulfilledAt
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesClaimWishMutation, ListsAndWishesClaimWishMutationVariables>;
export const ListsAndWishesFulfilWishDocument = new TypedDocumentString(`
    mutation ListsAndWishesFulfilWish($id: ID!) {
  fulfilMicroWish(id: $id) {
    status
    claimedByMe
    fulfilledAt
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesFulfilWishMutation, ListsAndWishesFulfilWishMutationVariables>;
export const ListsAndWishesReleaseWishDocument = new TypedDocumentString(`
    mutation ListsAndWishesReleaseWish($id: ID!) {
  releaseMicroWish(id: $id) {
    status
    claimedByMe
    fulfilledAt
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesReleaseWishMutation, ListsAndWishesReleaseWishMutationVariables>;
export const ListsAndWishesFulfilledWishesDocument = new TypedDocumentString(`
    query ListsAndWishesFulfilledWishes($c: ID!) {
  compound(id: $c) {
    microWishes(status: FULFILLED) {
      totalCount
      edges {
        node {
          title
          resident {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAndWishesFulfilledWishesQuery, ListsAndWishesFulfilledWishesQueryVariables>;
export const OrgTreeCreateUnitDocument = new TypedDocumentString(`
    mutation OrgTreeCreateUnit($b: ID!) {
  createUnit(input: {buildingId: $b, number: 2}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OrgTreeCreateUnitMutation, OrgTreeCreateUnitMutationVariables>;
export const OrgTreeCreateHouseholdDocument = new TypedDocumentString(`
    mutation OrgTreeCreateHousehold($i: CreateHouseholdInput!) {
  createHousehold(input: $i) {
    id
    label
    isLocal
  }
}
    `) as unknown as TypedDocumentString<OrgTreeCreateHouseholdMutation, OrgTreeCreateHouseholdMutationVariables>;
export const OrgTreeHouseholdUpDocument = new TypedDocumentString(`
    query OrgTreeHouseholdUp($id: ID!) {
  household(id: $id) {
    label
    unit {
      number
      building {
        number
        compound {
          name
          community {
            name
            street {
              name
              city
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeHouseholdUpQuery, OrgTreeHouseholdUpQueryVariables>;
export const OrgTreeStreetsDocument = new TypedDocumentString(`
    query OrgTreeStreets {
  streets(first: 10) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeStreetsQuery, OrgTreeStreetsQueryVariables>;
export const OrgTreeStreetDownDocument = new TypedDocumentString(`
    query OrgTreeStreetDown($id: ID!) {
  street(id: $id) {
    communities {
      compounds {
        name
        buildings {
          number
          units {
            number
            households {
              label
            }
          }
          households(first: 10) {
            totalCount
            edges {
              node {
                label
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeStreetDownQuery, OrgTreeStreetDownQueryVariables>;
export const OrgTreeHouseholdsPageDocument = new TypedDocumentString(`
    query OrgTreeHouseholdsPage($id: ID!, $after: String) {
  compound(id: $id) {
    households(first: 3, after: $after) {
      totalCount
      edges {
        node {
          label
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeHouseholdsPageQuery, OrgTreeHouseholdsPageQueryVariables>;
export const OrgTreeCreateBuildingDocument = new TypedDocumentString(`
    mutation OrgTreeCreateBuilding($c: ID!, $number: Int!) {
  createBuilding(input: {compoundId: $c, number: $number}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrgTreeCreateBuildingMutation, OrgTreeCreateBuildingMutationVariables>;
export const OrgTreeCreateStreetDocument = new TypedDocumentString(`
    mutation OrgTreeCreateStreet {
  createStreet(input: {name: "X", city: "Y"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrgTreeCreateStreetMutation, OrgTreeCreateStreetMutationVariables>;
export const OrgTreeUpdateCompoundDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateCompound($i: UpdateCompoundInput!) {
  updateCompound(input: $i) {
    name
    nameZh
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateCompoundMutation, OrgTreeUpdateCompoundMutationVariables>;
export const OrgTreeResidentRecordDocument = new TypedDocumentString(`
    query OrgTreeResidentRecord($id: ID!) {
  resident(id: $id) {
    id
    name
    phone
    birthDate
    isLocal
    elderlyLivingAlone
    erased
    household {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeResidentRecordQuery, OrgTreeResidentRecordQueryVariables>;
export const OrgTreeElderlyLivingAloneDocument = new TypedDocumentString(`
    query OrgTreeElderlyLivingAlone($c: ID!) {
  compound(id: $c) {
    residents(first: 50, elderlyLivingAlone: true) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeElderlyLivingAloneQuery, OrgTreeElderlyLivingAloneQueryVariables>;
export const OrgTreeResidentCountDocument = new TypedDocumentString(`
    query OrgTreeResidentCount($c: ID!) {
  compound(id: $c) {
    residents {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeResidentCountQuery, OrgTreeResidentCountQueryVariables>;
export const OrgTreeEraseResidentDocument = new TypedDocumentString(`
    mutation OrgTreeEraseResident($id: ID!) {
  eraseResident(id: $id) {
    id
    name
    phone
    erased
  }
}
    `) as unknown as TypedDocumentString<OrgTreeEraseResidentMutation, OrgTreeEraseResidentMutationVariables>;
export const OrgTreeErasedAsAdminDocument = new TypedDocumentString(`
    query OrgTreeErasedAsAdmin($id: ID!) {
  resident(id: $id) {
    name
    phone
    birthDate
    erased
    household {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeErasedAsAdminQuery, OrgTreeErasedAsAdminQueryVariables>;
export const OrgTreeUpdateResidentDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateResident($i: UpdateResidentInput!) {
  updateResident(input: $i) {
    phone
    household {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateResidentMutation, OrgTreeUpdateResidentMutationVariables>;
export const OrgTreeUpdateBuildingDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateBuilding($i: UpdateBuildingInput!) {
  updateBuilding(input: $i) {
    name
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateBuildingMutation, OrgTreeUpdateBuildingMutationVariables>;
export const OrgTreeTreeDocument = new TypedDocumentString(`
    query OrgTreeTree($id: ID!) {
  compound(id: $id) {
    community {
      id
      street {
        id
      }
    }
    buildings {
      units {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgTreeTreeQuery, OrgTreeTreeQueryVariables>;
export const OrgTreeUpdateStreetDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateStreet($id: ID!) {
  updateStreet(input: {id: $id, nameZh: "测试街道"}) {
    name
    nameZh
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateStreetMutation, OrgTreeUpdateStreetMutationVariables>;
export const OrgTreeUpdateCommunityDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateCommunity($id: ID!, $name: String!) {
  updateCommunity(input: {id: $id, name: $name}) {
    name
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateCommunityMutation, OrgTreeUpdateCommunityMutationVariables>;
export const OrgTreeUpdateUnitDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateUnit($id: ID!, $name: String!) {
  updateUnit(id: $id, name: $name) {
    name
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateUnitMutation, OrgTreeUpdateUnitMutationVariables>;
export const OrgTreeUpdateHouseholdDocument = new TypedDocumentString(`
    mutation OrgTreeUpdateHousehold($id: ID!) {
  updateHousehold(input: {id: $id, doorNumber: "302", isLocal: false}) {
    label
    doorNumber
    isLocal
  }
}
    `) as unknown as TypedDocumentString<OrgTreeUpdateHouseholdMutation, OrgTreeUpdateHouseholdMutationVariables>;
export const PartyHelpersCreateStreetDocument = new TypedDocumentString(`
    mutation PartyHelpersCreateStreet($name: String!) {
  createStreet(input: {name: $name, city: "Tianjin"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyHelpersCreateStreetMutation, PartyHelpersCreateStreetMutationVariables>;
export const PartyHelpersCreateCommunityDocument = new TypedDocumentString(`
    mutation PartyHelpersCreateCommunity($s: ID!, $name: String!) {
  createCommunity(input: {streetId: $s, name: $name}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyHelpersCreateCommunityMutation, PartyHelpersCreateCommunityMutationVariables>;
export const PartyHelpersCreateCompoundDocument = new TypedDocumentString(`
    mutation PartyHelpersCreateCompound($c: ID!, $n: String!) {
  createCompound(input: {communityId: $c, name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyHelpersCreateCompoundMutation, PartyHelpersCreateCompoundMutationVariables>;
export const PartyHelpersCreateBuildingDocument = new TypedDocumentString(`
    mutation PartyHelpersCreateBuilding($c: ID!) {
  createBuilding(input: {compoundId: $c, number: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyHelpersCreateBuildingMutation, PartyHelpersCreateBuildingMutationVariables>;
export const PartyHelpersCreateHouseholdDocument = new TypedDocumentString(`
    mutation PartyHelpersCreateHousehold($c: ID!, $b: ID!) {
  createHousehold(input: {compoundId: $c, buildingId: $b, doorNumber: "101"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyHelpersCreateHouseholdMutation, PartyHelpersCreateHouseholdMutationVariables>;
export const PartyHelpersCreateResidentDocument = new TypedDocumentString(`
    mutation PartyHelpersCreateResident($i: CreateResidentInput!) {
  createResident(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyHelpersCreateResidentMutation, PartyHelpersCreateResidentMutationVariables>;
export const PartyOrganisationReportInDocument = new TypedDocumentString(`
    mutation PartyOrganisationReportIn($i: ReportInInput!) {
  reportInAsPartyMember(input: $i) {
    id
    name
    membership
    homeOrganisation
    position
    reportedIn
    reportedInAt
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationReportInMutation, PartyOrganisationReportInMutationVariables>;
export const PartyOrganisationCreateDocument = new TypedDocumentString(`
    mutation PartyOrganisationCreate($i: CreatePartyOrganisationInput!) {
  createPartyOrganisation(input: $i) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationCreateMutation, PartyOrganisationCreateMutationVariables>;
export const PartyOrganisationAppointOfficerDocument = new TypedDocumentString(`
    mutation PartyOrganisationAppointOfficer($i: AppointPartyOfficerInput!) {
  appointPartyOfficer(input: $i) {
    name
    position
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationAppointOfficerMutation, PartyOrganisationAppointOfficerMutationVariables>;
export const PartyOrganisationOfficersDocument = new TypedDocumentString(`
    query PartyOrganisationOfficers($c: ID!) {
  compound(id: $c) {
    partyOrganisation {
      name
      officers {
        name
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationOfficersQuery, PartyOrganisationOfficersQueryVariables>;
export const PartyOrganisationMyMembershipsDocument = new TypedDocumentString(`
    query PartyOrganisationMyMemberships {
  myPartyMemberships {
    reportedIn
    membership
    organisation {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationMyMembershipsQuery, PartyOrganisationMyMembershipsQueryVariables>;
export const PartyOrganisationMembersDocument = new TypedDocumentString(`
    query PartyOrganisationMembers($c: ID!) {
  compound(id: $c) {
    partyOrganisation {
      members(first: 100) {
        totalCount
        edges {
          node {
            name
            reportedIn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationMembersQuery, PartyOrganisationMembersQueryVariables>;
export const PartyOrganisationCreateTaskDocument = new TypedDocumentString(`
    mutation PartyOrganisationCreateTask($i: CreateGovernanceTaskInput!) {
  createGovernanceTask(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationCreateTaskMutation, PartyOrganisationCreateTaskMutationVariables>;
export const PartyOrganisationClaimTaskDocument = new TypedDocumentString(`
    mutation PartyOrganisationClaimTask($id: ID!) {
  claimGovernanceTask(id: $id) {
    status
    claimedBy {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationClaimTaskMutation, PartyOrganisationClaimTaskMutationVariables>;
export const PartyOrganisationReleaseTaskDocument = new TypedDocumentString(`
    mutation PartyOrganisationReleaseTask($id: ID!) {
  releaseGovernanceTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationReleaseTaskMutation, PartyOrganisationReleaseTaskMutationVariables>;
export const PartyOrganisationCompleteTaskDocument = new TypedDocumentString(`
    mutation PartyOrganisationCompleteTask($id: ID!, $outcome: String!) {
  completeGovernanceTask(id: $id, outcome: $outcome) {
    status
    outcome
    completedAt
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationCompleteTaskMutation, PartyOrganisationCompleteTaskMutationVariables>;
export const PartyOrganisationClaimedTasksDocument = new TypedDocumentString(`
    query PartyOrganisationClaimedTasks($c: ID!) {
  compound(id: $c) {
    governanceTasks(status: CLAIMED) {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationClaimedTasksQuery, PartyOrganisationClaimedTasksQueryVariables>;
export const PartyStatsReportIssueDocument = new TypedDocumentString(`
    mutation PartyStatsReportIssue($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsReportIssueMutation, PartyStatsReportIssueMutationVariables>;
export const PartyStatsRespondDocument = new TypedDocumentString(`
    mutation PartyStatsRespond($id: ID!) {
  respondToIssueReport(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsRespondMutation, PartyStatsRespondMutationVariables>;
export const PartyStatsResolveDocument = new TypedDocumentString(`
    mutation PartyStatsResolve($id: ID!, $note: String!) {
  resolveIssueReport(id: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsResolveMutation, PartyStatsResolveMutationVariables>;
export const PartyStatsCloseDocument = new TypedDocumentString(`
    mutation PartyStatsClose($id: ID!, $satisfaction: Int!) {
  closeIssueReport(id: $id, satisfaction: $satisfaction) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsCloseMutation, PartyStatsCloseMutationVariables>;
export const PartyStatsBlowWhistleDocument = new TypedDocumentString(`
    mutation PartyStatsBlowWhistle($id: ID!) {
  blowWhistle(id: $id, department: "区住建局") {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsBlowWhistleMutation, PartyStatsBlowWhistleMutationVariables>;
export const PartyStatsHandToPropertyDocument = new TypedDocumentString(`
    mutation PartyStatsHandToProperty($id: ID!) {
  handIssueReportToProperty(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsHandToPropertyMutation, PartyStatsHandToPropertyMutationVariables>;
export const PartyStatsPostWishDocument = new TypedDocumentString(`
    mutation PartyStatsPostWish($c: ID!) {
  postMicroWish(input: {compoundId: $c, title: "心愿"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsPostWishMutation, PartyStatsPostWishMutationVariables>;
export const PartyStatsClaimWishDocument = new TypedDocumentString(`
    mutation PartyStatsClaimWish($id: ID!) {
  claimMicroWish(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsClaimWishMutation, PartyStatsClaimWishMutationVariables>;
export const PartyStatsFulfilWishDocument = new TypedDocumentString(`
    mutation PartyStatsFulfilWish($id: ID!) {
  fulfilMicroWish(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsFulfilWishMutation, PartyStatsFulfilWishMutationVariables>;
export const PartyStatsCreateActivityDocument = new TypedDocumentString(`
    mutation PartyStatsCreateActivity($i: CreateActivityInput!) {
  createActivity(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsCreateActivityMutation, PartyStatsCreateActivityMutationVariables>;
export const PartyStatsSignUpDocument = new TypedDocumentString(`
    mutation PartyStatsSignUp($a: ID!) {
  signUpForActivity(activityId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsSignUpMutation, PartyStatsSignUpMutationVariables>;
export const PartyStatsRecordAttendanceDocument = new TypedDocumentString(`
    mutation PartyStatsRecordAttendance($a: ID!, $p: String!) {
  recordAttendance(activityId: $a, participantId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartyStatsRecordAttendanceMutation, PartyStatsRecordAttendanceMutationVariables>;
export const PartyStatsCreateCompoundInNewYorkDocument = new TypedDocumentString(`
    mutation PartyStatsCreateCompoundInNewYork($c: ID!) {
  createCompound(
    input: {communityId: $c, name: "Zulu NY", timeZone: "America/New_York"}
  ) {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<PartyStatsCreateCompoundInNewYorkMutation, PartyStatsCreateCompoundInNewYorkMutationVariables>;
export const PartyStatsOfCompoundDocument = new TypedDocumentString(`
    query PartyStatsOfCompound($c: ID!, $from: String!, $to: String!) {
  partyStats(compoundId: $c, from: $from, to: $to) {
    from
    to
    ...PartyStatsFigures
  }
}
    fragment PartyStatsFigures on CompoundPartyStats {
  reports
  responded
  respondedWithinPromise
  shareRespondedWithinPromise
  medianResponseSeconds
  resolved
  medianResolutionSeconds
  averageSatisfaction
  byCategory {
    key
    count
  }
  byPath {
    key
    count
  }
  wishesFulfilled
  volunteerMinutes
  volunteerHours
}`) as unknown as TypedDocumentString<PartyStatsOfCompoundQuery, PartyStatsOfCompoundQueryVariables>;
export const PartyStatsNovemberFirstPageDocument = new TypedDocumentString(`
    query PartyStatsNovemberFirstPage($a: String) {
  partyStatsByCompound(from: "2026-11-01", to: "2026-11-30", first: 2, after: $a) {
    totalCount
    edges {
      node {
        compound {
          name
        }
        reports
        shareRespondedWithinPromise
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PartyStatsNovemberFirstPageQuery, PartyStatsNovemberFirstPageQueryVariables>;
export const PartyStatsOctoberAfterDocument = new TypedDocumentString(`
    query PartyStatsOctoberAfter($a: String) {
  partyStatsByCompound(from: "2026-10-01", to: "2026-10-31", after: $a) {
    edges {
      node {
        compound {
          name
        }
        reports
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyStatsOctoberAfterQuery, PartyStatsOctoberAfterQueryVariables>;
export const PartyStatsNovemberTotalDocument = new TypedDocumentString(`
    query PartyStatsNovemberTotal {
  partyStatsByCompound(from: "2026-11-01", to: "2026-11-30") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartyStatsNovemberTotalQuery, PartyStatsNovemberTotalQueryVariables>;
export const PromiseEscalationFileDocument = new TypedDocumentString(`
    mutation PromiseEscalationFile($i: ReportIssueInput!) {
  reportIssue(input: $i) {
    ...PromiseEscalationReport
  }
}
    fragment PromiseEscalationReport on IssueReport {
  id
  status
  reportedAt
  promiseStartedAt
  respondedWithinPromise
  responseOverdue
  escalationLevel
  escalations {
    level
    dueAt
    recipients
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<PromiseEscalationFileMutation, PromiseEscalationFileMutationVariables>;
export const PromiseEscalationReportDocument = new TypedDocumentString(`
    query PromiseEscalationReport($id: ID!) {
  issueReport(id: $id) {
    ...PromiseEscalationReport
    entries {
      kind
      note
      by
    }
  }
}
    fragment PromiseEscalationReport on IssueReport {
  id
  status
  reportedAt
  promiseStartedAt
  respondedWithinPromise
  responseOverdue
  escalationLevel
  escalations {
    level
    dueAt
    recipients
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<PromiseEscalationReportQuery, PromiseEscalationReportQueryVariables>;
export const PromiseEscalationRespondDocument = new TypedDocumentString(`
    mutation PromiseEscalationRespond($id: ID!) {
  respondToIssueReport(id: $id) {
    ...PromiseEscalationReport
  }
}
    fragment PromiseEscalationReport on IssueReport {
  id
  status
  reportedAt
  promiseStartedAt
  respondedWithinPromise
  responseOverdue
  escalationLevel
  escalations {
    level
    dueAt
    recipients
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<PromiseEscalationRespondMutation, PromiseEscalationRespondMutationVariables>;
export const PromiseEscalationResolveDocument = new TypedDocumentString(`
    mutation PromiseEscalationResolve($id: ID!) {
  resolveIssueReport(id: $id, note: "已处理") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PromiseEscalationResolveMutation, PromiseEscalationResolveMutationVariables>;
export const PromiseEscalationHandToPropertyDocument = new TypedDocumentString(`
    mutation PromiseEscalationHandToProperty($id: ID!) {
  handIssueReportToProperty(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PromiseEscalationHandToPropertyMutation, PromiseEscalationHandToPropertyMutationVariables>;
export const PromiseEscalationPolicyDocument = new TypedDocumentString(`
    query PromiseEscalationPolicy($id: ID!) {
  compound(id: $id) {
    escalationPolicy {
      isDefault
      levels {
        level
        afterSeconds
        recipients
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromiseEscalationPolicyQuery, PromiseEscalationPolicyQueryVariables>;
export const PromiseEscalationSetPolicyDocument = new TypedDocumentString(`
    mutation PromiseEscalationSetPolicy($i: SetEscalationPolicyInput!) {
  setCompoundEscalationPolicy(input: $i) {
    isDefault
    levels {
      level
      afterSeconds
      recipients
    }
  }
}
    `) as unknown as TypedDocumentString<PromiseEscalationSetPolicyMutation, PromiseEscalationSetPolicyMutationVariables>;
export const PromiseEscalationStatsDocument = new TypedDocumentString(`
    query PromiseEscalationStats($c: ID!) {
  partyStats(compoundId: $c, from: "2026-11-01", to: "2026-12-31") {
    reports
    respondedWithinPromise
    escalatedLevel1
    escalatedLevel2
  }
}
    `) as unknown as TypedDocumentString<PromiseEscalationStatsQuery, PromiseEscalationStatsQueryVariables>;
export const ServiceStationCreateDocument = new TypedDocumentString(`
    mutation ServiceStationCreate($i: CreateServiceStationInput!) {
  createServiceStation(input: $i) {
    id
    functions
    customFunctions
  }
}
    `) as unknown as TypedDocumentString<ServiceStationCreateMutation, ServiceStationCreateMutationVariables>;
export const ServiceStationAddServiceDocument = new TypedDocumentString(`
    mutation ServiceStationAddService($i: AddStationServiceInput!) {
  addStationService(input: $i) {
    name
    mode
  }
}
    `) as unknown as TypedDocumentString<ServiceStationAddServiceMutation, ServiceStationAddServiceMutationVariables>;
export const ServiceStationOfCompoundDocument = new TypedDocumentString(`
    query ServiceStationOfCompound($c: ID!) {
  compound(id: $c) {
    serviceStation {
      name
      services {
        name
        category
        mode
      }
      compound {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStationOfCompoundQuery, ServiceStationOfCompoundQueryVariables>;
export const ServiceStationOnDutyAtDocument = new TypedDocumentString(`
    query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {
  serviceStation(id: $id) {
    onDuty(at: $at) {
      team
      workingDay
      localDate
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStationOnDutyAtQuery, ServiceStationOnDutyAtQueryVariables>;
export const ServiceStationOnDutyNowDocument = new TypedDocumentString(`
    query ServiceStationOnDutyNow($id: ID!) {
  serviceStation(id: $id) {
    onDuty {
      team
      at
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStationOnDutyNowQuery, ServiceStationOnDutyNowQueryVariables>;
export const ServiceStationSetCalendarDayDocument = new TypedDocumentString(`
    mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {
  setCompoundCalendarDay(input: $i) {
    day
    kind
  }
}
    `) as unknown as TypedDocumentString<ServiceStationSetCalendarDayMutation, ServiceStationSetCalendarDayMutationVariables>;
export const ServiceStationCalendarDaysDocument = new TypedDocumentString(`
    query ServiceStationCalendarDays($c: ID!) {
  compound(id: $c) {
    calendarDays {
      day
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStationCalendarDaysQuery, ServiceStationCalendarDaysQueryVariables>;
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
export const PropertyNotifySetStaffDutyDocument = new TypedDocumentString(`
    mutation PropertyNotifySetStaffDuty($input: SetStaffDutyInput!) {
  setStaffDuty(input: $input) {
    id
    companyId
    dutyManager
    accountSub
  }
}
    `) as unknown as TypedDocumentString<PropertyNotifySetStaffDutyMutation, PropertyNotifySetStaffDutyMutationVariables>;
export const PropertyNotifyCompanyStaffDocument = new TypedDocumentString(`
    query PropertyNotifyCompanyStaff($id: ID!) {
  propertyCompany(id: $id) {
    staff {
      id
      name
      dutyManager
      accountSub
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyNotifyCompanyStaffQuery, PropertyNotifyCompanyStaffQueryVariables>;
export const PropertyNotifyCreateOrderDocument = new TypedDocumentString(`
    mutation PropertyNotifyCreateOrder($input: CreateWorkOrderInput!) {
  createWorkOrder(input: $input) {
    id
    slaDeadline
    residentId
  }
}
    `) as unknown as TypedDocumentString<PropertyNotifyCreateOrderMutation, PropertyNotifyCreateOrderMutationVariables>;
export const PropertyNotifyHandOverDocument = new TypedDocumentString(`
    mutation PropertyNotifyHandOver($id: ID!) {
  handIssueReportToProperty(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyNotifyHandOverMutation, PropertyNotifyHandOverMutationVariables>;
export const PropertyNotifyCreateResidentDocument = new TypedDocumentString(`
    mutation PropertyNotifyCreateResident($i: CreateResidentInput!) {
  createResident(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyNotifyCreateResidentMutation, PropertyNotifyCreateResidentMutationVariables>;
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
export const DemoScaleDashboardDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DemoScaleDashboardQuery, DemoScaleDashboardQueryVariables>;
export const DemoScaleFiguresDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DemoScaleFiguresQuery, DemoScaleFiguresQueryVariables>;
export const DemoScaleMyReportsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DemoScaleMyReportsQuery, DemoScaleMyReportsQueryVariables>;
export const DemoScaleOpenReportsDocument = new TypedDocumentString(`
    query DemoScaleOpenReports($c: ID!) {
  issueReports(
    compoundId: $c
    statuses: [SUBMITTED, RESPONDED, ESCALATED, REOPENED]
    first: 20
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DemoScaleOpenReportsQuery, DemoScaleOpenReportsQueryVariables>;
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