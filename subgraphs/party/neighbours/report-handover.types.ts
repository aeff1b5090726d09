import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WorkOrderOutcome } from '../issue-report/issue-report.enums';
import { HandoverState } from './report-handover.enums';

@ObjectType({ description: "The report's hand-over to the property company (the work order is opened by property, asynchronously)." })
export class ReportHandover {
  @Field(() => HandoverState)
  status: HandoverState;

  @Field(() => ID, { nullable: true, description: 'The work order property opened, once delivered.' })
  workOrderId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, or the last transient error while it is still pending (e.g. property unreachable).',
  })
  error: string | null;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number;

  @Field(() => Date)
  handedAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

@Directive('@inaccessible')
@InputType({ description: 'Internal: the outcome of a work order opened from a report, handed over by property.' })
export class RecordWorkOrderOutcomeInput {
  @Field(() => String, { description: "Property's id of the outcome event: the idempotency key." })
  outcomeId: string;

  @Field(() => ID)
  reportId: string;

  @Field(() => ID)
  workOrderId: string;

  @Field(() => WorkOrderOutcome)
  status: WorkOrderOutcome;

  @Field(() => Date, { description: "When property's server recorded it." })
  at: Date;
}

@Directive('@inaccessible')
@InputType({ description: 'Internal: after-hours intake handed back to the grid by property.' })
export class OpenReportFromIntakeInput {
  @Field(() => ID)
  intakeId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => String)
  text: string;

  @Field(() => Date, { description: 'When the property staff took it at the station.' })
  at: Date;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true, description: 'The common area (property key), when not a building.' })
  area?: string | null;
}
