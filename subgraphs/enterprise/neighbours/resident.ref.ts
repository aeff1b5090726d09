import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The party subgraph's resident; the enterprise records whose order or meal card it is. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Resident {
  @Field(() => ID)
  id: string;
}
