import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The committee subgraph's public-fund entry (公共经费分录); the enterprise only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class FundEntry {
  @Field(() => ID)
  id: string;
}
