import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: "A canteen meal card (饭卡); the holder's birth date, once verified, sets the price." })
@Entity('meal_card')
export class MealCard extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Field(() => String)
  @Column({ name: 'card_no', type: 'text' })
  cardNo: string;

  @UuidColumn('resident_id', { nullable: true })
  residentId: string | null;

  @UuidColumn('household_id', { nullable: true })
  householdId: string | null;

  /** Personal data: see the resolver. */
  @Column({ name: 'holder_name', type: 'text', nullable: true })
  holderName: string | null;

  /** Personal data: see the resolver. */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'birth_date_verified_by', type: 'text', nullable: true })
  birthDateVerifiedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff verified the birth date (meals need it).' })
  @Column({ name: 'birth_date_verified_at', type: 'timestamptz', nullable: true })
  birthDateVerifiedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the holder's personal data was erased on request; the card then serves no more meals.",
  })
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'erased_by', type: 'text', nullable: true })
  erasedBy: string | null;
}
