import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: "Goods bought from the district distribution centre: the shop's cost of goods." })
@Entity('veg_purchase')
export class VegPurchase extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('product_id')
  productId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @FenColumn('unit_cost_fen')
  unitCostFen: bigint;

  @FenColumn('total_fen')
  totalFen: bigint;

  @Field(() => String)
  @Column({ type: 'text' })
  supplier: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money)
  get unitCost(): Money {
    return Money.of(this.unitCostFen);
  }

  @Field(() => Money)
  get total(): Money {
    return Money.of(this.totalFen);
  }

  @Field(() => Date)
  get purchasedAt(): Date {
    return this.createdAt;
  }
}
