import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The party subgraph's service station (服务驿站), extended here with the company whose
 * contract covers it. Its compound is looked up in party (party.lookups.ts): party does
 * not publish `ServiceStation.compoundId`, which `@requires` would need.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class ServiceStation {
  @Field(() => ID)
  id: string;
}
