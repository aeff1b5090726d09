import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The enterprise subgraph's revenue-share settlement (分成结算), extended here with the
 * fund entry its rebate produced.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Settlement {
  @Field(() => ID)
  id: string;
}
