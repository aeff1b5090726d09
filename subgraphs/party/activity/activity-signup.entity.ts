import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: 'One person signed up for an activity.' })
@Entity('activity_signup')
export class ActivitySignup {
  @Field(() => ID) @IdColumn() id: string;
  @UuidColumn('activity_id') activityId: string;
  @Field(() => String, { description: 'User id of the participant (the points holder).' })
  @Column({ name: 'participant_id', type: 'text' })
  participantId: string;
  @Column({ name: 'participant_name', type: 'text' }) participantName: string;
  @Field(() => Date) @Column({ name: 'signed_up_at', type: 'timestamptz' }) signedUpAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'attended_at', type: 'timestamptz', nullable: true }) attendedAt: Date | null;
  @Column({ name: 'attended_by', type: 'text', nullable: true }) attendedBy: string | null;
}
