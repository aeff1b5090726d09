import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The party subgraph's service station (服务驿站), extended here with the company whose
 * contract covers it. Its compound comes from party through the PartyDirectory seam
 * until party publishes `ServiceStation.compoundId`; then this becomes
 * `@requires(fields: "compoundId")` and the call goes away.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class ServiceStation {
  @Field(() => ID)
  id: string;
}
