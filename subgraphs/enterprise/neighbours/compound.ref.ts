import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The party subgraph's compound, extended here with its social enterprises' outlets. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Compound {
  @Field(() => ID)
  id: string;
}
