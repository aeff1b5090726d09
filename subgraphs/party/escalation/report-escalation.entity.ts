import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

export enum EscalationStatus {
  /** Its due time has not been evaluated yet. */
  PENDING = 'PENDING',
  /** The report had no first response at its due time: the level's recipients were told. */
  FIRED = 'FIRED',
  /** The report was answered in time for this level: nothing happened. */
  SETTLED = 'SETTLED',
}
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'PENDING until its due time is evaluated; then FIRED (no first response by then) or SETTLED (answered in time).',
});

/**
 * One level of a report's automatic escalation, as a due-time row: written when the report
 * is filed (promise start + the level's seconds), claimed by the escalation worker once due.
 */
@ObjectType({ description: "One level of a report's automatic escalation, due at a time into its 10-minute promise." })
@Entity('report_escalation')
export class ReportEscalation {
  @IdColumn()
  id: string;

  @UuidColumn('report_id')
  reportId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  level: number;

  @Field(() => Date, { description: 'The promise start plus the level’s seconds, by the policy in force when the report was filed.' })
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Field(() => [String], { description: 'Who the level tells (audience kinds, scoped by the compound or its community).' })
  @Column({ type: 'text', array: true })
  recipients: string[];

  @Field(() => EscalationStatus)
  @Column({ type: 'text' })
  status: EscalationStatus;

  @Field(() => Date, { nullable: true, description: 'When it fired or was settled.' })
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
