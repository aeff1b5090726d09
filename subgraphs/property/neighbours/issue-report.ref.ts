import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Party's issue report (民情), extended here with the work orders opened from it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class IssueReport {
  @Field(() => ID)
  id: string;
}
