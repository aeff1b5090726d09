import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { IssueCategory, IssueStatus, PartTimeOccupation } from './issue-report.enums';
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

@ArgsType()
export class IssueReportPageArgs extends PageArgs {
  @Field(() => IssueStatus, { nullable: true }) status?: IssueStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only reports still unanswered more than 10 minutes after they were filed (by the server clock).',
  })
  overdue?: boolean | null;
}
