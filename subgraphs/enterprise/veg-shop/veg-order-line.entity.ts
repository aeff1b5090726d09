import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType()
@Entity('veg_order_line')
export class VegOrderLine {
  @IdColumn()
  id: string;

  @UuidColumn('order_id')
  orderId: string;

  @Field(() => Int)
  @Column({ name: 'line_no', type: 'int' })
  lineNo: number;

  @UuidColumn('product_id')
  productId: string;

  @UuidColumn('daily_price_id')
  dailyPriceId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @FenColumn('unit_price_fen')
  unitPriceFen: bigint;

  @FenColumn('line_fen')
  lineFen: bigint;

  @Field(() => Money)
  get unitPrice(): Money {
    return Money.of(this.unitPriceFen);
  }

  @Field(() => Money)
  get amount(): Money {
    return Money.of(this.lineFen);
  }
}
