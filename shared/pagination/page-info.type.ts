import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay page info; shared by every subgraph, so `@shareable` and identical everywhere. */
@Directive('@shareable')
@ObjectType({ description: 'Where this page stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
