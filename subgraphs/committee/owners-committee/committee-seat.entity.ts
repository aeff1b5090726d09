import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

export enum CommitteeRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteeRole, { name: 'CommitteeRole', description: 'Chair (主任), vice-chair (副主任) or member (委员).' });

/** A seat on a term: an owner and their role. */
@ObjectType({ description: 'A seat on a committee term: an owner and their role.' })
@Entity('committee_seat')
export class CommitteeSeat extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('term_id')
  termId: string;

  @UuidColumn('owner_id')
  ownerId: string;

  @Field(() => CommitteeRole)
  @Column({ type: 'text' })
  role: CommitteeRole;
}
