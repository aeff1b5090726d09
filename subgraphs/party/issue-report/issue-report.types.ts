import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { OrderInput } from '../../../shared/pagination/order';
import { DateRange } from '../../../shared/time/date-range';
import { IssueCategory, IssueReportOrderField, IssueStatus, PartTimeOccupation } from './issue-report.enums';
import { IssueReport } from './issue-report.entity';

@ObjectType()
export class IssueReportConnection extends Connection(IssueReport) {}

@InputType()
export class ReportIssueInput {
  @Field(() => ID) compoundId: string;
  @Field(() => ID, { nullable: true, description: 'The building, or give `area`.' }) buildingId?: string | null;
  @Field(() => String, { nullable: true, description: 'A named area (east gate, garage...), when not a building.' }) area?: string | null;
  @Field(() => IssueCategory) category: IssueCategory;
  @Field(() => String) description: string;
}

@InputType()
export class RegisterPartTimeGridWorkerInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String, { description: 'The user id (token subject) they sign in with, as a volunteer of the compound.' }) userId: string;
  @Field(() => String) name: string;
  @Field(() => PartTimeOccupation) occupation: PartTimeOccupation;
}

@InputType()
export class IssueReportOrder extends OrderInput(IssueReportOrderField) {}

@ArgsType()
export class IssueReportPageArgs extends PageArgs {
  @Field(() => IssueStatus, { nullable: true, deprecationReason: 'Use statuses.' }) status?: IssueStatus | null;
  @Field(() => [IssueStatus], { nullable: true, description: 'Only reports in one of these statuses.' }) statuses?: IssueStatus[] | null;
  @Field(() => DateRange, { nullable: true, description: "Only reports filed on these local days (the compound's zone)." })
  period?: DateRange | null;
  @Field(() => IssueReportOrder, { nullable: true, description: 'Default: the order they were filed in.' })
  orderBy?: IssueReportOrder | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only reports still unanswered more than 10 minutes after they were filed (by the server clock); false: only the others.',
  })
  overdue?: boolean | null;
}
