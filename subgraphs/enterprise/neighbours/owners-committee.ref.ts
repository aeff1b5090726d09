import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The committee subgraph's owners' committee (业委会), extended here with the rebates it receives. */
@Directive('@key(fields: "id")')
@ObjectType()
export class OwnersCommittee {
  @Field(() => ID)
  id: string;
}
