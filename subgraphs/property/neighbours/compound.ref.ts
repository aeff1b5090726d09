import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Building } from './building.ref';

/** The party subgraph's compound, extended here with its contracts, coverage and work orders. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Compound {
  @Field(() => ID)
  id: string;

  /** Party's list of the compound's buildings: the gateway fetches it for `uncoveredZones`; null as party's field may be. */
  @Directive('@external')
  @Field(() => [Building], { nullable: true })
  buildings?: Building[] | null;
}
