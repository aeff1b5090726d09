import { Directive, Field, ID, InputType } from 'type-graphql';

@Directive('@inaccessible')
@InputType({ description: 'Internal: an issue report handed over by the grid (party) to become a work order.' })
export class OpenWorkOrderFromReportInput {
  @Field(() => ID)
  reportId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true, description: "The report's named area: a common area's key or name." })
  area?: string | null;

  @Field(() => String, { description: "Party's issue category (FACILITY_REPAIR, ENVIRONMENT, ...)." })
  category: string;

  @Field(() => String)
  text: string;

  @Field(() => ID, { nullable: true, description: "The resident who filed the report, if a resident did: told of the order's progress." })
  residentId?: string | null;
}
