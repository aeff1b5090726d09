import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

export enum CommitteeRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteeRole, { name: 'CommitteeRole', description: 'Chair (主任), vice-chair (副主任) or member (委员).' });

/** One term of a committee, as elected by a passed ELECT_COMMITTEE vote. */
@ObjectType({ description: "One term of an owners' committee, recorded from the passed election vote." })
@Entity('committee_term')
export class CommitteeTerm extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;
}

/** A seat on a term: an owner and their role. */
@ObjectType({ description: 'A seat on a committee term: an owner and their role.' })
@Entity('committee_seat')
export class CommitteeSeat extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'term_id', type: 'uuid' })
  termId: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Field(() => CommitteeRole)
  @Column({ type: 'text' })
  role: CommitteeRole;
}

@InputType()
export class SeatInput {
  @Field(() => ID)
  ownerId: string;

  @Field(() => CommitteeRole)
  role: CommitteeRole;
}

@InputType({ description: 'A committee term as elected by a passed ELECT_COMMITTEE vote.' })
export class RecordElectionInput {
  @Field(() => ID, { description: 'The closed, passed vote of matter ELECT_COMMITTEE.' })
  voteId: string;

  @Field(() => String, { nullable: true, description: "The committee's name, when this election founds it." })
  committeeName?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  termStartsOn: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  termEndsOn: string;

  @Field(() => [SeatInput], { description: 'Exactly one CHAIR; any vice-chairs and members; each an owner on the roll, once.' })
  seats: SeatInput[];
}
