import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';
import { MealPaidBy } from './canteen.enums';

@ObjectType({ description: "A meal served at the canteen, priced by the diner's age that day." })
@Entity('meal')
export class Meal extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('card_id')
  cardId: string;

  @Field(() => String, { description: 'The local day (Asia/Shanghai).' })
  @Column({ name: 'meal_date', type: 'date' })
  mealDate: string;

  @Column({ name: 'age_years', type: 'int' })
  ageYears: number;

  @Field(() => Int, { description: 'The minimum age of the tier applied (0, 70, 80, 90 by default).' })
  @Column({ name: 'tier_min_age', type: 'int' })
  tierMinAge: number;

  @FenColumn('price_fen')
  priceFen: bigint;

  @Field(() => MealPaidBy)
  @Column({ name: 'paid_by', type: 'text' })
  paidBy: MealPaidBy;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money)
  get price(): Money {
    return Money.of(this.priceFen);
  }

  @Field(() => Date)
  get servedAt(): Date {
    return this.createdAt;
  }
}
