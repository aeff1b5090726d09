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
}
registerEnumType(IssueSource, { name: 'IssueSource', description: 'Who filed it: a resident, a grid worker, or a part-time grid worker (courier, rider).' });

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
    'SUBMITTED → RESPONDED (a grid worker answers) → RESOLVED in the community, HANDED_TO_PROPERTY, or ESCALATED by blowing the whistle (吹哨) → RESOLVED → CLOSED (销号) by the reporter, or REOPENED.',
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
}
registerEnumType(IssueEntryKind, { name: 'IssueEntryKind' });

export enum PartTimeOccupation {
  COURIER = 'COURIER',
  DELIVERY_RIDER = 'DELIVERY_RIDER',
  OTHER = 'OTHER',
}
registerEnumType(PartTimeOccupation, { name: 'PartTimeOccupation', description: 'What a part-time grid worker (兼职网格员) does for a living.' });
