import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { ConsultationStage } from './consultation.enums';

@ObjectType({ description: 'A consultation (一征三议两公开) on a compound matter.' })
@Entity('consultation')
export class Consultation extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ConsultationStage, { description: 'The stage reached so far.' })
  @Column({ type: 'text' })
  stage: ConsultationStage;

  @UuidColumn('decision_vote_id', { nullable: true })
  decisionVoteId: string | null;
}
