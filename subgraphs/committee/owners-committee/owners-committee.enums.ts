import { registerEnumType } from 'type-graphql';

export enum CommitteeRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteeRole, { name: 'CommitteeRole', description: 'Chair (主任), vice-chair (副主任) or member (委员).' });
