import { registerEnumType } from 'type-graphql';

export enum PartyOrganisationKind {
  BRANCH = 'BRANCH',
  COMPREHENSIVE_COMMITTEE = 'COMPREHENSIVE_COMMITTEE',
}
registerEnumType(PartyOrganisationKind, {
  name: 'PartyOrganisationKind',
  description: 'A compound Party branch (党支部) or comprehensive Party committee (小区综合党委).',
});

export enum PartyPosition {
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  GROUP_LEADER = 'GROUP_LEADER',
  INSTRUCTOR = 'INSTRUCTOR',
  MEMBER = 'MEMBER',
}
registerEnumType(PartyPosition, {
  name: 'PartyPosition',
  description: 'Secretary, deputy, group leader (党小组长), Party-building instructor (党建指导员), or member.',
});

export enum Membership {
  LOCAL = 'LOCAL',
  ELSEWHERE = 'ELSEWHERE',
}
registerEnumType(Membership, {
  name: 'Membership',
  description: 'Where the Party membership is held: here, or elsewhere (in-service member reporting in, 在职党员报到).',
});

export enum GovernanceTaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  DONE = 'DONE',
}
registerEnumType(GovernanceTaskStatus, { name: 'GovernanceTaskStatus' });
