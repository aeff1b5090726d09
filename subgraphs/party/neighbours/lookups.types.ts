import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** What another subgraph needs to check a building id at write time. */
@Directive('@inaccessible')
@ObjectType()
export class BuildingInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
  @Field(() => Int) number: number;
}

/** What another subgraph needs to check a household id at write time. */
@Directive('@inaccessible')
@ObjectType()
export class HouseholdInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
  @Field(() => ID) buildingId: string;
  @Field(() => String) label: string;
}

/** What another subgraph needs at write time (a meal card's verified birth date, an owner's household). */
@Directive('@inaccessible')
@ObjectType()
export class ResidentInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
  @Field(() => ID) householdId: string;
  @Field(() => String, { nullable: true }) birthDate: string | null;
  @Field(() => Boolean) erased: boolean;
}

/** What another subgraph needs to check a station id at write time (property: whose contract covers it). */
@Directive('@inaccessible')
@ObjectType()
export class ServiceStationInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
}
