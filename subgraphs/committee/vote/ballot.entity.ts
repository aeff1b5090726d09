import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { BallotChoice } from './vote.enums';

/** One voter's ballot; only that voter ever reads it. */
@ObjectType({ description: 'A ballot; readable only by the owner who cast it.' })
@Entity('ballot')
export class Ballot extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('vote_id')
  voteId: string;

  @UuidColumn('owner_id')
  ownerId: string;

  @Field(() => BallotChoice)
  @Column({ type: 'text' })
  choice: BallotChoice;

  @Field(() => Date, { description: 'When first cast (server clock).' })
  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt: Date;

  @Field(() => Date, { nullable: true, description: 'When last changed, if ever.' })
  @Column({ name: 'changed_at', type: 'timestamptz', nullable: true })
  changedAt: Date | null;
}
