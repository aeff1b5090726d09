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

export type CreateServiceStationInput = {
  compoundId: string | number;
  /** The "X": functions of its own. */
  customFunctions?: Array<string> | null | undefined;
  name: string;
};

export type DecideFundSpendingInput = {
  entryId: string | number;
  idempotencyKey: string;
  note?: string | null | undefined;
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

export type GovernanceTaskStatus =
  | 'CLAIMED'
  | 'DONE'
  | 'OPEN';

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

/** Income recorded by hand; settlement rebates arrive by hand-over. */
export type ManualIncomeSource =
  | 'CROWDFUNDING'
  | 'DONATION';

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

/** A joint decision to put to the owners; opening it freezes the roll. */
export type OpenVoteInput = {
  compoundId: string | number;
  description?: string | null | undefined;
  matter: JointMatter;
  title: string;
};

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
  amountFen: string;
  compoundId: string | number;
  description: string;
  /** Same key and input again returns the first entry; same key, other input is a CONFLICT. */
  idempotencyKey: string;
  source: ManualIncomeSource;
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

export type SetCalendarDayInput = {
  compoundId: string | number;
  /** YYYY-MM-DD */
  day: string;
  kind: CalendarDayKind;
  note?: string | null | undefined;
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
  amountFen: string;
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

/** OPEN takes ballots on the frozen roll; CLOSED holds the result. */
export type VoteStatus =
  | 'CLOSED'
  | 'OPEN';

export type WishStatus =
  | 'CLAIMED'
  | 'FULFILLED'
  | 'OPEN';

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