import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { Owner } from './owner.entity';

@ObjectType()
export class OwnerConnection extends Connection(Owner) {}

/** The live roll of one compound (votes freeze their own copy when they open). */
@ObjectType({ description: 'The live owner roll of a compound; a vote freezes its own copy when it opens.' })
export class OwnerRoll {
  compoundId: string;

  @Field(() => Int, { description: 'Heads: one per owner (the developer counts once).' })
  heads: number;

  @Field(() => Int, { description: 'Total registered exclusive area, hundredths of m².' })
  areaCentiM2: number;

  @Field(() => String, { description: 'Total area in m² with two decimals, for display.' })
  area: string;
}

@InputType({ description: 'A new owner on the roll of a compound.' })
export class RegisterOwnerInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => String, { nullable: true, description: "The owner's name (personal data); for the developer, its company name." })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The party Resident who votes as this owner (signs in with residentId).' })
  residentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for the developer, whose unsold units together count once.' })
  isDeveloper?: boolean | null;
}

@InputType({ description: 'An exclusive unit (a party household) registered to an owner.' })
export class RegisterOwnedUnitInput {
  @Field(() => ID)
  ownerId: string;

  @Field(() => ID)
  householdId: string;

  @Field(() => Int, { description: 'Registered exclusive area in hundredths of m² (12345 = 123.45 m²); > 0.' })
  areaCentiM2: number;
}

@InputType({ description: "A correction of a unit's registered area or a change of its voter (sale, inheritance)." })
export class UpdateOwnedUnitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Registered exclusive area in hundredths of m²; > 0.' })
  areaCentiM2?: number | null;

  @Field(() => ID, { nullable: true, description: 'The owner who now holds the unit (same compound).' })
  ownerId?: string | null;
}
