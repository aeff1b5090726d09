import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: 'A family in difficulty registered with the canteen: its meals may be paid from the charity fund.' })
@Entity('difficulty_family')
export class DifficultyFamily extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Field(() => ID)
  @UuidColumn('household_id')
  householdId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
