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

/** A named common area of a compound, so contracts can cover it and 'uncovered' can list it. */
export type DefineCommonAreaInput = {
  compoundId: string | number;
  key: string;
  name: string;
  nameZh?: string | null | undefined;
};

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

/** What a social enterprise's outlet does. */
export type OutletKind =
  | 'CANTEEN'
  | 'SERVICE_MARKET'
  | 'VEG_SHOP';

export type PlanServiceOpenDayInput = {
  companyId: string | number;
  compoundId: string | number;
  /** YYYY-MM-DD */
  day: string;
  standards: Array<ServiceStandardInput>;
  title: string;
  venue?: string | null | undefined;
};

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

export type ServiceOpenDayStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type ServiceStandardInput = {
  /** Fee in integer fen; null when the item is covered by the property fee. */
  feeFen?: string | null | undefined;
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