import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import {
  IssueCategory,
  IssueEntryKind,
  IssuePath,
  IssueSource,
  IssueStatus,
  PartTimeOccupation,
  WorkOrderOutcome,
} from './issue-report.types';
import { respondedWithinPromise } from './issue-report.service';

/** An issue report (民情 / 随手报). Every time on it is stamped by the server's clock. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An issue report (民情, 随手报) and how it was dealt with.' })
@Entity('issue_report')
export class IssueReport extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Insertion order: the cursor key of report lists. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Field(() => ID)
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'building_id', type: 'uuid', nullable: true })
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

  @Column({ name: 'reporter_resident_id', type: 'uuid', nullable: true })
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
  @Column({ name: 'handover_id', type: 'uuid', nullable: true })
  handoverId: string | null;

  @Field(() => ID, { nullable: true, description: 'The property work order opened from this report, once the hand-over is delivered.' })
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true })
  workOrderId: string | null;

  @Field(() => WorkOrderOutcome, { nullable: true, description: 'What became of that work order, as property last reported it.' })
  @Column({ name: 'work_order_outcome', type: 'text', nullable: true })
  workOrderOutcome: WorkOrderOutcome | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'work_order_outcome_at', type: 'timestamptz', nullable: true })
  workOrderOutcomeAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The property's after-hours intake this report was handed back from." })
  @Column({ name: 'source_intake_id', type: 'uuid', nullable: true })
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

  @Field(() => Boolean, { nullable: true, description: 'First response within 10 minutes (≤ 600 s); null until answered.' })
  get respondedWithinPromise(): boolean | null {
    return respondedWithinPromise(this.reportedAt, this.respondedAt);
  }

  @Field(() => Int, { nullable: true, description: 'Seconds from report to first response.' })
  get responseSeconds(): number | null {
    return this.respondedAt ? Math.floor((this.respondedAt.getTime() - this.reportedAt.getTime()) / 1000) : null;
  }
}

/** One line of a report's timeline, including the follow-ups after a whistle. */
@ObjectType({ description: "One line of an issue report's timeline." })
@Entity('issue_report_entry')
export class IssueReportEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Field(() => IssueEntryKind)
  @Column({ type: 'text' })
  kind: IssueEntryKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { description: 'Who wrote it (user id).' })
  @Column({ type: 'text' })
  by: string;
}

/** A part-time grid worker (兼职网格员): a courier or rider who files reports in a compound. */
@ObjectType({ description: 'A part-time grid worker (兼职网格员): a courier or delivery rider who reports issues.' })
@Entity('part_time_grid_worker')
export class PartTimeGridWorker extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => String, { description: 'The user id (token subject) they sign in with.' })
  @Column({ name: 'user_id', type: 'text' })
  userId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => PartTimeOccupation)
  @Column({ type: 'text' })
  occupation: PartTimeOccupation;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
