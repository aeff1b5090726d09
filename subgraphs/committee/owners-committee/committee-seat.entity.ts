import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { CommitteeRole } from './owners-committee.enums';

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
