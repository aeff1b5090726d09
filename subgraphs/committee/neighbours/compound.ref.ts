import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The party subgraph's compound, extended here with its owners' committee. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Compound {
  @Field(() => ID)
  id: string;
}
