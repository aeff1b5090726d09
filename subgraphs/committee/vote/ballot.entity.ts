import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { BallotChoice } from './vote.types';

/** One voter's ballot; only that voter ever reads it. */
@ObjectType({ description: 'A ballot; readable only by the owner who cast it.' })
@Entity('ballot')
export class Ballot extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @Column({ name: 'owner_id', type: 'uuid' })
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
