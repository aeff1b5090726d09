import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { Compound } from './compound.entity';
import { Household } from './household.entity';
import { Street } from './street.entity';

@ObjectType()
export class StreetConnection extends Connection(Street) {}

@ObjectType()
export class CompoundConnection extends Connection(Compound) {}

@ObjectType()
export class HouseholdConnection extends Connection(Household) {}

@InputType()
export class CreateStreetInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String) city: string;
}

@InputType()
export class CreateCommunityInput {
  @Field(() => ID) streetId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
}

@InputType()
export class CreateCompoundInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA zone; Asia/Shanghai by default.' }) timeZone?: string | null;
}

@InputType()
export class UpdateCompoundInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
}

@InputType()
export class CreateBuildingInput {
  @Field(() => ID) compoundId: string;
  @Field(() => Int) number: number;
  @Field(() => String, { nullable: true, description: 'Defaults to "Building <number>".' }) name?: string | null;
}

@InputType()
export class UpdateBuildingInput {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@InputType()
export class CreateUnitInput {
  @Field(() => ID) buildingId: string;
  @Field(() => Int) number: number;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType()
export class CreateHouseholdInput {
  @Field(() => ID, { description: 'The compound the household is registered in; the building must belong to it.' }) compoundId: string;
  @Field(() => ID) buildingId: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String) doorNumber: string;
  @Field(() => Boolean, { nullable: true, description: 'Registered with this community; default true.' }) isLocal?: boolean | null;
}

@InputType()
export class UpdateHouseholdInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) doorNumber?: string | null;
  @Field(() => Boolean, { nullable: true }) isLocal?: boolean | null;
}

@InputType()
export class RenameInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' }) nameZh?: string | null;
}
