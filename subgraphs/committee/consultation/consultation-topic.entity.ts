import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: 'A topic proposed while the consultation collects topics (征).' })
@Entity('consultation_topic')
export class ConsultationTopic extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @SeqColumn()
  seq: number;

  @UuidColumn('consultation_id')
  consultationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => Date)
  get proposedAt(): Date {
    return this.createdAt;
  }
}
