import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { ConsultationStage } from './consultation.enums';

@ObjectType({ description: 'A stage a consultation reached: when, by whom, with what note.' })
@Entity('consultation_step')
export class ConsultationStep {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @SeqColumn()
  seq: number;

  @UuidColumn('consultation_id')
  consultationId: string;

  @Field(() => ConsultationStage)
  @Column({ type: 'text' })
  stage: ConsultationStage;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @UuidColumn('vote_id', { nullable: true })
  voteId: string | null;

  @Field(() => String, { description: 'Who recorded the step (user id).' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Field(() => Date)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
