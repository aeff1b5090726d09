import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The party subgraph's building, extended here with the company responsible for it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Building {
  @Field(() => ID)
  id: string;
}
