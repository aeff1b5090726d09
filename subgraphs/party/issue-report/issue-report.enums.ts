import { registerEnumType } from 'type-graphql';

export enum IssueCategory {
  ENVIRONMENT = 'ENVIRONMENT',
  FACILITY_REPAIR = 'FACILITY_REPAIR',
  SAFETY_HAZARD = 'SAFETY_HAZARD',
  NEIGHBOUR_DISPUTE = 'NEIGHBOUR_DISPUTE',
  PARKING_TRAFFIC = 'PARKING_TRAFFIC',
  GREENING = 'GREENING',
  PROPERTY_SERVICE = 'PROPERTY_SERVICE',
  ELDERLY_CARE = 'ELDERLY_CARE',
  OTHER = 'OTHER',
}
registerEnumType(IssueCategory, { name: 'IssueCategory', description: 'What an issue report is about.' });

export enum IssueSource {
  RESIDENT = 'RESIDENT',
  GRID_WORKER = 'GRID_WORKER',
  PART_TIME_GRID_WORKER = 'PART_TIME_GRID_WORKER',
  /** Handed back by the property staff who took it at the station after hours (接件登记). */
  PROPERTY_INTAKE = 'PROPERTY_INTAKE',
}
registerEnumType(IssueSource, {
  name: 'IssueSource',
  description:
    "Who filed it: a resident, a grid worker, a part-time grid worker (courier, rider), or the property staff's after-hours intake handed back to the grid.",
});

export enum IssueStatus {
  SUBMITTED = 'SUBMITTED',
  RESPONDED = 'RESPONDED',
  HANDED_TO_PROPERTY = 'HANDED_TO_PROPERTY',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
}
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description:
    'SUBMITTED → RESPONDED (a grid worker answers) → RESOLVED in the community, HANDED_TO_PROPERTY, or ESCALATED by blowing the whistle (吹哨) → RESOLVED → CLOSED (销号) by the reporter, or REOPENED. A report handed to property becomes RESOLVED when property resolves its work order, and goes back to RESPONDED (back with the grid) when the order is cancelled or the hand-over is refused.',
});

export enum IssuePath {
  COMMUNITY = 'COMMUNITY',
  PROPERTY = 'PROPERTY',
  WHISTLE = 'WHISTLE',
}
registerEnumType(IssuePath, { name: 'IssuePath', description: 'How the report was dealt with.' });

export enum IssueEntryKind {
  REPORTED = 'REPORTED',
  RESPONDED = 'RESPONDED',
  RESOLVED = 'RESOLVED',
  HANDED_TO_PROPERTY = 'HANDED_TO_PROPERTY',
  WHISTLE_BLOWN = 'WHISTLE_BLOWN',
  FOLLOW_UP = 'FOLLOW_UP',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  /** The hand-over to property was refused for good (e.g. nobody covers the place); the report is the grid's again. */
  HANDOVER_FAILED = 'HANDOVER_FAILED',
  /** The property company resolved the work order opened from the report. */
  WORK_ORDER_RESOLVED = 'WORK_ORDER_RESOLVED',
  /** The property company (or requester) cancelled the work order; the report is the grid's again. */
  WORK_ORDER_CANCELLED = 'WORK_ORDER_CANCELLED',
  /** No first response at a deadline of the 10-minute promise: the level's recipients were told (the status stays). */
  PROMISE_ESCALATED = 'PROMISE_ESCALATED',
}
registerEnumType(IssueEntryKind, { name: 'IssueEntryKind' });

export enum WorkOrderOutcome {
  RESOLVED = 'RESOLVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkOrderOutcome, {
  name: 'ReportWorkOrderOutcome',
  description: 'What became of the work order opened from a report, as property reported it.',
});

export enum PartTimeOccupation {
  COURIER = 'COURIER',
  DELIVERY_RIDER = 'DELIVERY_RIDER',
  OTHER = 'OTHER',
}
registerEnumType(PartTimeOccupation, {
  name: 'PartTimeOccupation',
  description: 'What a part-time grid worker (兼职网格员) does for a living.',
});

/** What a report list is sorted by (`orderBy`); without it, the order the reports were filed in. */
export enum IssueReportOrderField {
  REPORTED_AT = 'REPORTED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(IssueReportOrderField, {
  name: 'IssueReportOrderField',
  description: 'REPORTED_AT: when it was filed; UPDATED_AT: its last change (a response, a hand-over, a close-out).',
});
