import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { BigIntColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { toInt } from '../../../shared/schema/graphql-int';

/** An exclusive unit (专有部分) of the roll: a party household, its registered area and its voter. */
@ObjectType({
  description: 'An exclusive unit (专有部分) on the owner roll: a household with its registered area and the owner who votes for it.',
})
@Entity('owned_unit')
export class OwnedUnit extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('household_id')
  householdId: string;

  @UuidColumn('owner_id')
  ownerId: string;

  @BigIntColumn('area_centi_m2')
  areaCentiM2: bigint;

  @Field(() => Int, { name: 'areaCentiM2', description: 'Registered exclusive area, hundredths of m².' })
  get areaCentiM2Int(): number {
    return toInt(this.areaCentiM2);
  }
}
