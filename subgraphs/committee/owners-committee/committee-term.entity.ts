import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/** One term of a committee, as elected by a passed ELECT_COMMITTEE vote. */
@ObjectType({ description: "One term of an owners' committee, recorded from the passed election vote." })
@Entity('committee_term')
export class CommitteeTerm extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('committee_id')
  committeeId: string;

  @UuidColumn('vote_id')
  voteId: string;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;
}
