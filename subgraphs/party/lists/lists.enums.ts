import { registerEnumType } from 'type-graphql';

export enum NeedSource {
  VISIT = 'VISIT',
  SURVEY = 'SURVEY',
  ISSUE_REPORT = 'ISSUE_REPORT',
  OTHER = 'OTHER',
}
registerEnumType(NeedSource, {
  name: 'NeedSource',
  description: 'How the need was collected: door-to-door visits (走访), surveys, reports.',
});

export enum ResourceKind {
  DEPARTMENT = 'DEPARTMENT',
  MERCHANT = 'MERCHANT',
  CLINIC = 'CLINIC',
  LAWYER = 'LAWYER',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  VOLUNTEER_TEAM = 'VOLUNTEER_TEAM',
  OTHER = 'OTHER',
}
registerEnumType(ResourceKind, { name: 'ResourceKind' });
