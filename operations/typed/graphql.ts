/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ABSTAIN takes part in the vote but never approves. */
export type BallotChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

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

/** 一征三议两公开: collect topics; branch proposes, joint meeting deliberates, owners decide; disclose decision, then outcome. */
export type ConsultationStage =
  | 'BRANCH_PROPOSAL'
  | 'COLLECTING_TOPICS'
  | 'DECISION_DISCLOSED'
  | 'JOINT_DELIBERATION'
  | 'OUTCOME_DISCLOSED'
  | 'OWNERS_DECISION';

/** Local days from..to, both inclusive, in the compound's time zone (at most ten years). */
export type DateRange = {
  /** The first day. */
  from: string;
  /** The last day (inclusive). */
  to: string;
};

/** Grid workers on working days 08:30–20:00; the property company’s staff take intake (接件登记) otherwise. */
export type DutyTeam =
  | 'GRID_WORKERS'
  | 'PROPERTY_STAFF';

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

/** The residents' convention (居民公约) or the self-governance charter (自治章程). */
export type GovernanceDocumentKind =
  | 'CHARTER'
  | 'CONVENTION';

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

export type MealPaidBy =
  | 'CHARITY_FUND'
  | 'DINER';

/** What a social enterprise's outlet does. */
export type OutletKind =
  | 'CANTEEN'
  | 'SERVICE_MARKET'
  | 'VEG_SHOP';

/** Where a settlement's rebate to the owners' committee fund stands. */
export type RebateStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'NONE'
  | 'PENDING';

/** The report's hand-over to property: waiting to be delivered (retried while property is unreachable), delivered (a work order exists), or refused for good. */
export type ReportHandoverStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** Done on the spot (现场办结) or by proxy (代办). */
export type ServiceMode =
  | 'BY_PROXY'
  | 'ON_THE_SPOT';

/** The "6" of 6+X: public opinion collection, consultation, dispute mediation, convenience, social organisation services, self-service. */
export type StationFunction =
  | 'CONSULTATION'
  | 'CONVENIENCE_SERVICES'
  | 'DISPUTE_MEDIATION'
  | 'PUBLIC_OPINION'
  | 'SELF_SERVICE'
  | 'SOCIAL_ORGANISATION_SERVICES';

/** Where an order came from: the shop counter or the online app. */
export type VegOrderChannel =
  | 'APP'
  | 'COUNTER';

export type VegOrderStatus =
  | 'CANCELLED'
  | 'PICKED_UP'
  | 'PLACED';

/** OPEN takes ballots on the frozen roll; CLOSED holds the result. */
export type VoteStatus =
  | 'CLOSED'
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

export type FirstLookQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstLookQuery = { compounds: { totalCount: number, edges: Array<{ node: { name: string | null, nameZh: string | null, buildings: Array<{ number: number | null }> | null, ownersCommittee: { name: string | null } | null, serviceContracts: Array<{ startsOn: string, company: { name: string | null } }> | null, outlets: Array<{ kind: OutletKind, name: string, enterprise: { name: string } }> | null } }> } };

export type FollowTheMoneyQueryVariables = Exact<{
  period: DateRange;
}>;


export type FollowTheMoneyQuery = { outletPeriodFigures: Array<{ period: string, settled: boolean, sales: { yuan: string }, costOfGoods: { yuan: string }, proceeds: { yuan: string }, outlet: { name: string, kind: OutletKind, compound: { name: string | null } | null } }>, settlements: { totalCount: number, edges: Array<{ node: { period: string | null, outlet: { name: string } | null, proceeds: { yuan: string } | null, enterpriseShare: { yuan: string } | null, propertyKept: { yuan: string } | null, committeeRebate: { yuan: string } | null, propertyCompany: { name: string | null } | null, ownersCommittee: { name: string | null } | null, fundEntry: { status: FundEntryStatus | null, postedAt: string | null, balanceAfter: { yuan: string } | null } | null } }> } };

export type PromiseKeptQueryVariables = Exact<{
  period: DateRange;
}>;


export type PromiseKeptQuery = { partyStatsByCompound: { totalCount: number, edges: Array<{ node: { reports: number, responded: number, respondedWithinPromise: number, shareRespondedWithinPromise: number | null, medianResponseSeconds: number | null, resolved: number, byPath: Array<{ key: string, count: number }>, compound: { name: string | null, ownersCommittee: { name: string | null } | null, serviceContracts: Array<{ company: { name: string | null } }> | null, outlets: Array<{ kind: OutletKind }> | null } } }> } };

export type WorkOrderPerformanceQueryVariables = Exact<{
  period: DateRange;
}>;


export type WorkOrderPerformanceQuery = { workOrderStats: { total: number, resolvedCount: number, onTimeCount: number, onTimeRate: number | null, reopenedCount: number, averageRating: number | null, medianSecondsToResolve: number | null, byCategory: Array<{ category: WorkOrderCategory, count: number }> }, workOrders: { totalCount: number, edges: Array<{ node: { category: WorkOrderCategory, priority: WorkOrderPriority, status: WorkOrderStatus, overdue: boolean, submittedAt: string, rating: number | null, company: { name: string | null }, assignee: { name: string } | null, compound: { name: string | null } | null, building: { number: number | null } | null } }> } };

export type FundLedgerQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type FundLedgerQuery = { publicFund: { balance: { yuan: string }, pendingSpending: { yuan: string }, committee: { name: string | null } | null, compound: { name: string | null, nameZh: string | null } | null, entries: { totalCount: number, edges: Array<{ node: { direction: FundDirection | null, source: FundSource | null, status: FundEntryStatus | null, description: string | null, postedAt: string | null, amount: { yuan: string } | null, balanceAfter: { yuan: string } | null, settlement: { period: string | null, outlet: { name: string } | null } | null } }> } } };

export type OwnerRollQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type OwnerRollQuery = { ownerRoll: { area: string, heads: number, compound: { name: string | null, buildings: Array<{ number: number | null, name: string | null }> | null } | null, owners: { totalCount: number, edges: Array<{ node: { name: string | null, heads: number, isDeveloper: boolean, units: Array<{ area: string, household: { label: string | null, isLocal: boolean | null, building: { number: number | null } | null } | null }> | null } }> } } };

export type RebatesQueryVariables = Exact<{
  committeeId: string | number;
}>;


export type RebatesQuery = { settlements: { totalCount: number, edges: Array<{ node: { period: string | null, sales: { yuan: string } | null, proceeds: { yuan: string } | null, committeeRebate: { yuan: string } | null, rebate: { status: RebateStatus } | null, outlet: { name: string, kind: OutletKind, compound: { name: string | null } | null } | null, propertyCompany: { name: string | null } | null, ownersCommittee: { name: string | null } | null, fundEntry: { status: FundEntryStatus | null, postedAt: string | null } | null } }> } };

export type VotesQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type VotesQuery = { compound: { name: string | null, jointVotes: { totalCount: number, edges: Array<{ node: { title: string, matter: JointMatter, status: VoteStatus, openedAt: string, closedAt: string | null, roll: { heads: number, area: string }, result: { valid: boolean, passed: boolean, forHeads: number, againstHeads: number, abstainHeads: number } | null } }> } | null } };

export type CanteenDayQueryVariables = Exact<{
  outletId: string | number;
}>;


export type CanteenDayQuery = { mealPriceTiers: Array<{ minAge: number, price: { yuan: string } }>, meals: { totalCount: number, edges: Array<{ node: { mealDate: string, ageYears: number | null, tierMinAge: number, paidBy: MealPaidBy, price: { yuan: string }, card: { cardNo: string, holderName: string | null } } }> }, charityFund: { balance: { yuan: string } }, charityFundEntries: { totalCount: number, edges: Array<{ node: { kind: CharityFundEntryKind, note: string | null, createdAt: string, amount: { yuan: string }, balanceAfter: { yuan: string } } }> } };

export type MonthlySettlementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MonthlySettlementsQuery = { settlements: { totalCount: number, edges: Array<{ node: { period: string | null, sales: { yuan: string } | null, costOfGoods: { yuan: string } | null, proceeds: { yuan: string } | null, enterpriseShare: { yuan: string } | null, propertyKept: { yuan: string } | null, committeeRebate: { yuan: string } | null, rebate: { status: RebateStatus, attempts: number } | null, outlet: { name: string, kind: OutletKind, compound: { name: string | null } | null } | null, propertyCompany: { name: string | null } | null, ownersCommittee: { name: string | null } | null, fundEntry: { status: FundEntryStatus | null, postedAt: string | null, balanceAfter: { yuan: string } | null } | null } }> } };

export type VegShopBooksQueryVariables = Exact<{
  outletId: string | number;
}>;


export type VegShopBooksQuery = { vegPurchases: { totalCount: number, edges: Array<{ node: { purchasedAt: string, supplier: string, quantity: number, product: { name: string, unit: string }, unitCost: { yuan: string }, total: { yuan: string } } }> }, vegOrders: { totalCount: number, edges: Array<{ node: { placedAt: string, priceDate: string, channel: VegOrderChannel, status: VegOrderStatus, total: { yuan: string }, lines: Array<{ quantity: number, product: { name: string }, unitPrice: { yuan: string } }> } }> }, cofunding: { total: { yuan: string }, contributions: Array<{ source: CofundingSource, recordedAt: string, amount: { yuan: string }, propertyCompany: { name: string | null } | null, ownersCommittee: { name: string | null } | null, fundEntry: { description: string | null, postedAt: string | null } | null }> } };

export type ReportQueueQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type ReportQueueQuery = { compound: { name: string | null, commonAreas: Array<{ key: string, name: string, nameZh: string | null }> | null }, issueReports: { totalCount: number, edges: Array<{ node: { id: string, description: string, category: IssueCategory, source: IssueSource, status: IssueStatus, path: IssuePath | null, reportedAt: string, respondedWithinPromise: boolean | null, responseOverdue: boolean, area: string | null, building: { number: number | null } | null, propertyHandover: { status: ReportHandoverStatus } | null, workOrders: Array<{ status: WorkOrderStatus, slaDeadline: string }> | null } }> } };

export type StationDeskQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type StationDeskQuery = { compound: { name: string | null, serviceStation: { name: string | null, functions: Array<StationFunction> | null, customFunctions: Array<string> | null, services: Array<{ category: string, name: string, mode: ServiceMode }> | null, onDuty: { team: DutyTeam, localDate: string, workingDay: boolean } | null, propertyCompany: { name: string | null, staff: Array<{ name: string, title: string | null }> | null } | null } | null, buildings: Array<{ number: number | null, responsibleCompany: { name: string | null } | null }> | null, ownersCommittee: { name: string | null, currentTerm: { startsOn: string, endsOn: string } | null } | null, outlets: Array<{ kind: OutletKind, name: string }> | null } };

export type OurContractsQueryVariables = Exact<{
  companyId: string | number;
}>;


export type OurContractsQuery = { propertyCompany: { name: string | null, nameZh: string | null, staff: Array<{ name: string, title: string | null, active: boolean }> | null, serviceContracts: Array<{ startsOn: string, endsOn: string | null, areaKeys: Array<string>, buildings: Array<{ number: number | null, name: string | null }> | null, compound: { name: string | null, ownersCommittee: { name: string | null } | null } | null }> | null, revenueShareAgreements: Array<{ effectiveFrom: string, propertyBp: number, rebateBpOfProperty: number, outlet: { name: string, kind: OutletKind }, ownersCommittee: { name: string | null } | null }> | null } };

export type WorkOrderBoardQueryVariables = Exact<{
  companyId: string | number;
}>;


export type WorkOrderBoardQuery = { workOrders: { totalCount: number, edges: Array<{ node: { description: string, kind: WorkOrderKind, category: WorkOrderCategory, priority: WorkOrderPriority, status: WorkOrderStatus, submittedAt: string, slaDeadline: string, overdue: boolean, contactName: string | null, contactPhone: string | null, locationDetail: string | null, areaKey: string | null, assignee: { name: string, title: string | null } | null, building: { number: number | null, name: string | null } | null, compound: { name: string | null, serviceStation: { name: string | null, onDuty: { team: DutyTeam } | null } | null } | null, history: Array<{ action: string, toStatus: WorkOrderStatus, at: string }> } }> } };

export type MyCompoundQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type MyCompoundQuery = { compound: { name: string | null, nameZh: string | null, serviceStation: { name: string | null, customFunctions: Array<string> | null, onDuty: { team: DutyTeam, workingDay: boolean } | null, propertyCompany: { name: string | null } | null } | null, serviceContracts: Array<{ startsOn: string, company: { name: string | null, nameZh: string | null } }> | null, ownersCommittee: { name: string | null, termStartsOn: string | null, termEndsOn: string | null } | null, publicFund: { balance: { yuan: string }, pendingSpending: { yuan: string } } | null, outlets: Array<{ kind: OutletKind, name: string, nameZh: string | null }> | null } };

export type OwnersVoiceQueryVariables = Exact<{
  compoundId: string | number;
}>;


export type OwnersVoiceQuery = { consultations: { totalCount: number, edges: Array<{ node: { title: string, stage: ConsultationStage, compound: { name: string | null } | null, steps: Array<{ stage: ConsultationStage, note: string | null, recordedAt: string }>, decisionVote: { title: string, status: VoteStatus, closedAt: string | null, result: { passed: boolean, explanation: string } | null, myBallot: { choice: BallotChoice } | null } | null } }> }, governanceDocuments: Array<{ kind: GovernanceDocumentKind, current: { title: string, effectiveOn: string } | null }> };

export type VegShopQueryVariables = Exact<{
  outletId: string | number;
}>;


export type VegShopQuery = { vegProducts: Array<{ name: string, unit: string, todayPrice: { date: string, salePrice: { yuan: string }, marketPrice: { yuan: string } } | null }>, cofunding: { total: { yuan: string }, contributions: Array<{ source: CofundingSource, note: string | null, amount: { yuan: string }, propertyCompany: { name: string | null } | null, ownersCommittee: { name: string | null } | null, fundEntry: { description: string | null, postedAt: string | null } | null }> } };

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

export const FirstLookDocument = new TypedDocumentString(`
    query FirstLook {
  compounds(first: 3) {
    totalCount
    edges {
      node {
        name
        nameZh
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
  }
}
    `) as unknown as TypedDocumentString<FirstLookQuery, FirstLookQueryVariables>;
export const FollowTheMoneyDocument = new TypedDocumentString(`
    query FollowTheMoney($period: DateRange!) {
  outletPeriodFigures(period: $period) {
    period
    settled
    sales {
      yuan
    }
    costOfGoods {
      yuan
    }
    proceeds {
      yuan
    }
    outlet {
      name
      kind
      compound {
        name
      }
    }
  }
  settlements(
    within: $period
    orderBy: {field: PERIOD, direction: DESC}
    first: 20
  ) {
    totalCount
    edges {
      node {
        period
        outlet {
          name
        }
        proceeds {
          yuan
        }
        enterpriseShare {
          yuan
        }
        propertyKept {
          yuan
        }
        committeeRebate {
          yuan
        }
        propertyCompany {
          name
        }
        ownersCommittee {
          name
        }
        fundEntry {
          status
          postedAt
          balanceAfter {
            yuan
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowTheMoneyQuery, FollowTheMoneyQueryVariables>;
export const PromiseKeptDocument = new TypedDocumentString(`
    query PromiseKept($period: DateRange!) {
  partyStatsByCompound(period: $period, first: 20) {
    totalCount
    edges {
      node {
        reports
        responded
        respondedWithinPromise
        shareRespondedWithinPromise
        medianResponseSeconds
        resolved
        byPath {
          key
          count
        }
        compound {
          name
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
}
    `) as unknown as TypedDocumentString<PromiseKeptQuery, PromiseKeptQueryVariables>;
export const WorkOrderPerformanceDocument = new TypedDocumentString(`
    query WorkOrderPerformance($period: DateRange!) {
  workOrderStats(period: $period) {
    total
    resolvedCount
    onTimeCount
    onTimeRate
    reopenedCount
    averageRating
    medianSecondsToResolve
    byCategory {
      category
      count
    }
  }
  workOrders(period: $period, orderBy: {field: PRIORITY}, first: 20) {
    totalCount
    edges {
      node {
        category
        priority
        status
        overdue
        submittedAt
        rating
        company {
          name
        }
        assignee {
          name
        }
        compound {
          name
        }
        building {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkOrderPerformanceQuery, WorkOrderPerformanceQueryVariables>;
export const FundLedgerDocument = new TypedDocumentString(`
    query FundLedger($compoundId: ID!) {
  publicFund(compoundId: $compoundId) {
    balance {
      yuan
    }
    pendingSpending {
      yuan
    }
    committee {
      name
    }
    compound {
      name
      nameZh
    }
    entries(first: 20) {
      totalCount
      edges {
        node {
          direction
          source
          status
          description
          amount {
            yuan
          }
          balanceAfter {
            yuan
          }
          postedAt
          settlement {
            period
            outlet {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FundLedgerQuery, FundLedgerQueryVariables>;
export const OwnerRollDocument = new TypedDocumentString(`
    query OwnerRoll($compoundId: ID!) {
  ownerRoll(compoundId: $compoundId) {
    area
    heads
    compound {
      name
      buildings {
        number
        name
      }
    }
    owners(first: 10) {
      totalCount
      edges {
        node {
          name
          heads
          isDeveloper
          units {
            area
            household {
              label
              isLocal
              building {
                number
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnerRollQuery, OwnerRollQueryVariables>;
export const RebatesDocument = new TypedDocumentString(`
    query Rebates($committeeId: ID!) {
  settlements(ownersCommitteeId: $committeeId, first: 12) {
    totalCount
    edges {
      node {
        period
        sales {
          yuan
        }
        proceeds {
          yuan
        }
        committeeRebate {
          yuan
        }
        rebate {
          status
        }
        outlet {
          name
          kind
          compound {
            name
          }
        }
        propertyCompany {
          name
        }
        ownersCommittee {
          name
        }
        fundEntry {
          status
          postedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RebatesQuery, RebatesQueryVariables>;
export const VotesDocument = new TypedDocumentString(`
    query Votes($compoundId: ID!) {
  compound(id: $compoundId) {
    name
    jointVotes(first: 10) {
      totalCount
      edges {
        node {
          title
          matter
          status
          openedAt
          closedAt
          roll {
            heads
            area
          }
          result {
            valid
            passed
            forHeads
            againstHeads
            abstainHeads
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VotesQuery, VotesQueryVariables>;
export const CanteenDayDocument = new TypedDocumentString(`
    query CanteenDay($outletId: ID!) {
  mealPriceTiers(outletId: $outletId) {
    minAge
    price {
      yuan
    }
  }
  meals(outletId: $outletId, first: 12) {
    totalCount
    edges {
      node {
        mealDate
        ageYears
        tierMinAge
        paidBy
        price {
          yuan
        }
        card {
          cardNo
          holderName
        }
      }
    }
  }
  charityFund(outletId: $outletId) {
    balance {
      yuan
    }
  }
  charityFundEntries(outletId: $outletId, first: 10) {
    totalCount
    edges {
      node {
        kind
        note
        createdAt
        amount {
          yuan
        }
        balanceAfter {
          yuan
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CanteenDayQuery, CanteenDayQueryVariables>;
export const MonthlySettlementsDocument = new TypedDocumentString(`
    query MonthlySettlements {
  settlements(first: 20) {
    totalCount
    edges {
      node {
        period
        sales {
          yuan
        }
        costOfGoods {
          yuan
        }
        proceeds {
          yuan
        }
        enterpriseShare {
          yuan
        }
        propertyKept {
          yuan
        }
        committeeRebate {
          yuan
        }
        rebate {
          status
          attempts
        }
        outlet {
          name
          kind
          compound {
            name
          }
        }
        propertyCompany {
          name
        }
        ownersCommittee {
          name
        }
        fundEntry {
          status
          postedAt
          balanceAfter {
            yuan
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonthlySettlementsQuery, MonthlySettlementsQueryVariables>;
export const VegShopBooksDocument = new TypedDocumentString(`
    query VegShopBooks($outletId: ID!) {
  vegPurchases(outletId: $outletId, first: 12) {
    totalCount
    edges {
      node {
        purchasedAt
        supplier
        quantity
        product {
          name
          unit
        }
        unitCost {
          yuan
        }
        total {
          yuan
        }
      }
    }
  }
  vegOrders(outletId: $outletId, first: 10) {
    totalCount
    edges {
      node {
        placedAt
        priceDate
        channel
        status
        total {
          yuan
        }
        lines {
          quantity
          product {
            name
          }
          unitPrice {
            yuan
          }
        }
      }
    }
  }
  cofunding(outletId: $outletId) {
    total {
      yuan
    }
    contributions {
      source
      recordedAt
      amount {
        yuan
      }
      propertyCompany {
        name
      }
      ownersCommittee {
        name
      }
      fundEntry {
        description
        postedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VegShopBooksQuery, VegShopBooksQueryVariables>;
export const ReportQueueDocument = new TypedDocumentString(`
    query ReportQueue($compoundId: ID!) {
  compound(id: $compoundId) {
    name
    commonAreas {
      key
      name
      nameZh
    }
  }
  issueReports(compoundId: $compoundId, first: 20) {
    totalCount
    edges {
      node {
        id
        description
        category
        source
        status
        path
        reportedAt
        respondedWithinPromise
        responseOverdue
        area
        building {
          number
        }
        propertyHandover {
          status
        }
        workOrders {
          status
          slaDeadline
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportQueueQuery, ReportQueueQueryVariables>;
export const StationDeskDocument = new TypedDocumentString(`
    query StationDesk($compoundId: ID!) {
  compound(id: $compoundId) {
    name
    serviceStation {
      name
      functions
      customFunctions
      services {
        category
        name
        mode
      }
      onDuty {
        team
        localDate
        workingDay
      }
      propertyCompany {
        name
        staff {
          name
          title
        }
      }
    }
    buildings {
      number
      responsibleCompany {
        name
      }
    }
    ownersCommittee {
      name
      currentTerm {
        startsOn
        endsOn
      }
    }
    outlets {
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StationDeskQuery, StationDeskQueryVariables>;
export const OurContractsDocument = new TypedDocumentString(`
    query OurContracts($companyId: ID!) {
  propertyCompany(id: $companyId) {
    name
    nameZh
    staff {
      name
      title
      active
    }
    serviceContracts {
      startsOn
      endsOn
      areaKeys
      buildings {
        number
        name
      }
      compound {
        name
        ownersCommittee {
          name
        }
      }
    }
    revenueShareAgreements {
      effectiveFrom
      propertyBp
      rebateBpOfProperty
      outlet {
        name
        kind
      }
      ownersCommittee {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OurContractsQuery, OurContractsQueryVariables>;
export const WorkOrderBoardDocument = new TypedDocumentString(`
    query WorkOrderBoard($companyId: ID!) {
  workOrders(companyId: $companyId, orderBy: {field: SLA_DEADLINE}, first: 50) {
    totalCount
    edges {
      node {
        description
        kind
        category
        priority
        status
        submittedAt
        slaDeadline
        overdue
        contactName
        contactPhone
        locationDetail
        areaKey
        assignee {
          name
          title
        }
        building {
          number
          name
        }
        compound {
          name
          serviceStation {
            name
            onDuty {
              team
            }
          }
        }
        history {
          action
          toStatus
          at
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkOrderBoardQuery, WorkOrderBoardQueryVariables>;
export const MyCompoundDocument = new TypedDocumentString(`
    query MyCompound($compoundId: ID!) {
  compound(id: $compoundId) {
    name
    nameZh
    serviceStation {
      name
      customFunctions
      onDuty {
        team
        workingDay
      }
      propertyCompany {
        name
      }
    }
    serviceContracts {
      company {
        name
        nameZh
      }
      startsOn
    }
    ownersCommittee {
      name
      termStartsOn
      termEndsOn
    }
    publicFund {
      balance {
        yuan
      }
      pendingSpending {
        yuan
      }
    }
    outlets {
      kind
      name
      nameZh
    }
  }
}
    `) as unknown as TypedDocumentString<MyCompoundQuery, MyCompoundQueryVariables>;
export const OwnersVoiceDocument = new TypedDocumentString(`
    query OwnersVoice($compoundId: ID!) {
  consultations(compoundId: $compoundId, first: 10) {
    totalCount
    edges {
      node {
        title
        stage
        compound {
          name
        }
        steps {
          stage
          note
          recordedAt
        }
        decisionVote {
          title
          status
          closedAt
          result {
            passed
            explanation
          }
          myBallot {
            choice
          }
        }
      }
    }
  }
  governanceDocuments(compoundId: $compoundId) {
    kind
    current {
      title
      effectiveOn
    }
  }
}
    `) as unknown as TypedDocumentString<OwnersVoiceQuery, OwnersVoiceQueryVariables>;
export const VegShopDocument = new TypedDocumentString(`
    query VegShop($outletId: ID!) {
  vegProducts(outletId: $outletId) {
    name
    unit
    todayPrice {
      date
      salePrice {
        yuan
      }
      marketPrice {
        yuan
      }
    }
  }
  cofunding(outletId: $outletId) {
    total {
      yuan
    }
    contributions {
      source
      amount {
        yuan
      }
      note
      propertyCompany {
        name
      }
      ownersCommittee {
        name
      }
      fundEntry {
        description
        postedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VegShopQuery, VegShopQueryVariables>;