import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { IssueCategory, IssuePath, IssueSource, IssueStatus, WorkOrderOutcome } from './issue-report.enums';
import { respondedWithinPromise } from './report-flow';

/** An issue report (民情 / 随手报). Every time on it is stamped by the server's clock. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An issue report (民情, 随手报) and how it was dealt with.' })
@Entity('issue_report')
export class IssueReport extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  /** Insertion order: the cursor key of report lists. */
  @SeqColumn()
  seq: number;

  @Field(() => ID)
  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('building_id', { nullable: true })
  buildingId: string | null;

  @Field(() => String, { nullable: true, description: 'A named area (east gate, garage...) when not a building.' })
  @Column({ type: 'text', nullable: true })
  area: string | null;

  @Field(() => IssueCategory)
  @Column({ type: 'text' })
  category: IssueCategory;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => IssueSource)
  @Column({ type: 'text' })
  source: IssueSource;

  @Column({ name: 'reporter_id', type: 'text' })
  reporterId: string;

  @UuidColumn('reporter_resident_id', { nullable: true })
  reporterResidentId: string | null;

  @Field(() => IssueStatus)
  @Column({ type: 'text' })
  status: IssueStatus;

  @Field(() => IssuePath, { nullable: true })
  @Column({ type: 'text', nullable: true })
  path: IssuePath | null;

  @Field(() => Date)
  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Field(() => Date, {
    description:
      "When the 10-minute promise started: the filing time during the grid's duty hours, else when duty next began (08:30 local on the next working day of the compound's calendar).",
  })
  @Column({ name: 'promise_started_at', type: 'timestamptz' })
  promiseStartedAt: Date;

  @Field(() => Int, {
    description:
      'How far the promise escalated by itself for want of a first response: 0 none, 1 the Party secretary was told, 2 the community’s Party secretaries. Never changes the status.',
  })
  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Field(() => Date, { nullable: true, description: "A grid worker's first response." })
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'responded_by', type: 'text', nullable: true })
  respondedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;

  @Field(() => String, { nullable: true, description: 'The department the whistle (吹哨) was blown to.' })
  @Column({ name: 'whistle_department', type: 'text', nullable: true })
  whistleDepartment: string | null;

  /** The outbox row of the hand-over to property (its status is the hand-over's). */
  @UuidColumn('handover_id', { nullable: true })
  handoverId: string | null;

  @Field(() => ID, { nullable: true, description: 'The property work order opened from this report, once the hand-over is delivered.' })
  @UuidColumn('work_order_id', { nullable: true })
  workOrderId: string | null;

  @Field(() => WorkOrderOutcome, { nullable: true, description: 'What became of that work order, as property last reported it.' })
  @Column({ name: 'work_order_outcome', type: 'text', nullable: true })
  workOrderOutcome: WorkOrderOutcome | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'work_order_outcome_at', type: 'timestamptz', nullable: true })
  workOrderOutcomeAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The property's after-hours intake this report was handed back from." })
  @UuidColumn('source_intake_id', { nullable: true })
  sourceIntakeId: string | null;

  @Field(() => Int, { nullable: true, description: "The reporter's satisfaction, 1–5, given at close-out (销号)." })
  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @Column({ name: 'reopen_count', type: 'int', default: 0 })
  reopenCount: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'First response within 10 minutes (≤ 600 s) of the promise’s start (promiseStartedAt); null until answered.',
  })
  get respondedWithinPromise(): boolean | null {
    return respondedWithinPromise(this.promiseStartedAt, this.respondedAt);
  }

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds from filing to first response (wall time; the promise counts from promiseStartedAt).',
  })
  get responseSeconds(): number | null {
    return this.respondedAt ? Math.floor((this.respondedAt.getTime() - this.reportedAt.getTime()) / 1000) : null;
  }
}
