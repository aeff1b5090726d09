import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { toInt } from '../bigint';
import { bigintColumn } from '../../../shared/db/bigint-column';

/** An exclusive unit (专有部分) of the roll: a party household, its registered area and its voter. */
@ObjectType({
  description: 'An exclusive unit (专有部分) on the owner roll: a household with its registered area and the owner who votes for it.',
})
@Entity('owned_unit')
export class OwnedUnit extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ name: 'area_centi_m2', type: 'bigint', transformer: bigintColumn })
  areaCentiM2: bigint;

  @Field(() => Int, { name: 'areaCentiM2', description: 'Registered exclusive area, hundredths of m².' })
  get areaCentiM2Int(): number {
    return toInt(this.areaCentiM2);
  }
}
