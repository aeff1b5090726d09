import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The party subgraph's household (户), extended here with its place on the owner roll. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Household {
  @Field(() => ID)
  id: string;
}
