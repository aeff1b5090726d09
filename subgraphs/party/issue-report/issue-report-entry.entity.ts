import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { IssueEntryKind } from './issue-report.enums';

/** One line of a report's timeline, including the follow-ups after a whistle. */
@ObjectType({ description: "One line of an issue report's timeline." })
@Entity('issue_report_entry')
export class IssueReportEntry {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('report_id')
  reportId: string;

  @SeqColumn()
  seq: number;

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
