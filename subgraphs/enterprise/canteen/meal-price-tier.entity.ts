import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: 'One row of a canteen price table: from this age (inclusive) the meal costs this much.' })
@Entity('meal_price_tier')
export class MealPriceTier extends Audited {
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id', { nullable: true })
  outletId: string | null;

  @Field(() => Int)
  @Column({ name: 'min_age', type: 'int' })
  minAge: number;

  @FenColumn('price_fen')
  priceFen: bigint;

  @Field(() => Money)
  get price(): Money {
    return Money.of(this.priceFen);
  }
}
