import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: "A product's price on one day: the market reference price less the shop's 20–30% discount." })
@Entity('veg_daily_price')
export class VegDailyPrice extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('product_id')
  productId: string;

  @Field(() => String, { description: 'The local day (Asia/Shanghai), YYYY-MM-DD.' })
  @Column({ name: 'price_date', type: 'date' })
  date: string;

  @FenColumn('market_price_fen')
  marketPriceFen: bigint;

  @Field(() => Int, { description: 'Discount off the market price in basis points (2000–3000).' })
  @Column({ name: 'discount_bp', type: 'int' })
  discountBp: number;

  @FenColumn('sale_price_fen')
  salePriceFen: bigint;

  @Field(() => Money, { description: 'The market reference price per unit.' })
  get marketPrice(): Money {
    return Money.of(this.marketPriceFen);
  }

  @Field(() => Money, { description: "The shop's price per unit that day (half-up to the fen)." })
  get salePrice(): Money {
    return Money.of(this.salePriceFen);
  }
}
