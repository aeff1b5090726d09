import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The property subgraph's company (物业公司), extended here with its revenue-share agreements. */
@Directive('@key(fields: "id")')
@ObjectType()
export class PropertyCompany {
  @Field(() => ID)
  id: string;
}
