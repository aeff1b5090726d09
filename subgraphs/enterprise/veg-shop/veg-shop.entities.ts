import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { Money } from '../../../shared/money/money.type';
import { bigintColumn } from '../../../shared/db/bigint-column';

export enum VegOrderChannel {
  COUNTER = 'COUNTER',
  APP = 'APP',
}
registerEnumType(VegOrderChannel, {
  name: 'VegOrderChannel',
  description: 'Where an order came from: the shop counter or the online app.',
});

export enum VegOrderStatus {
  PLACED = 'PLACED',
  PICKED_UP = 'PICKED_UP',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VegOrderStatus, { name: 'VegOrderStatus' });

@ObjectType({ description: 'A product of the veg shop (便民蔬菜店), sold by a unit (jin, bunch, piece...).' })
@Entity('veg_product')
export class VegProduct extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'The unit quantities and prices refer to, e.g. 斤 (500 g).' })
  @Column({ type: 'text' })
  unit: string;
}

@ObjectType({ description: "Goods bought from the district distribution centre: the shop's cost of goods." })
@Entity('veg_purchase')
export class VegPurchase extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_cost_fen', type: 'bigint', transformer: bigintColumn })
  unitCostFen: bigint;

  @Column({ name: 'total_fen', type: 'bigint', transformer: bigintColumn })
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

@ObjectType({ description: "A product's price on one day: the market reference price less the shop's 20–30% discount." })
@Entity('veg_daily_price')
export class VegDailyPrice extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field(() => String, { description: 'The local day (Asia/Shanghai), YYYY-MM-DD.' })
  @Column({ name: 'price_date', type: 'date' })
  date: string;

  @Column({ name: 'market_price_fen', type: 'bigint', transformer: bigintColumn })
  marketPriceFen: bigint;

  @Field(() => Int, { description: 'Discount off the market price in basis points (2000–3000).' })
  @Column({ name: 'discount_bp', type: 'int' })
  discountBp: number;

  @Column({ name: 'sale_price_fen', type: 'bigint', transformer: bigintColumn })
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

@ObjectType({ description: 'A product a resident asked the shop to stock.' })
@Entity('veg_product_request')
export class VegProductRequest extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @Field(() => String)
  @Column({ name: 'product_name', type: 'text' })
  productName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date)
  get requestedAt(): Date {
    return this.createdAt;
  }
}

@ObjectType({ description: "A veg shop order, priced at the day's prices; cancellable until picked up." })
@Entity('veg_order')
export class VegOrder extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @Field(() => VegOrderChannel)
  @Column({ type: 'text' })
  channel: VegOrderChannel;

  @Field(() => VegOrderStatus)
  @Column({ type: 'text' })
  status: VegOrderStatus;

  @Field(() => String, { description: 'The day whose prices apply (Asia/Shanghai).' })
  @Column({ name: 'price_date', type: 'date' })
  priceDate: string;

  @Column({ name: 'total_fen', type: 'bigint', transformer: bigintColumn })
  totalFen: bigint;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'picked_up_at', type: 'timestamptz', nullable: true })
  pickedUpAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Money)
  get total(): Money {
    return Money.of(this.totalFen);
  }

  @Field(() => Date)
  get placedAt(): Date {
    return this.createdAt;
  }
}

@ObjectType()
@Entity('veg_order_line')
export class VegOrderLine {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Field(() => Int)
  @Column({ name: 'line_no', type: 'int' })
  lineNo: number;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ name: 'daily_price_id', type: 'uuid' })
  dailyPriceId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price_fen', type: 'bigint', transformer: bigintColumn })
  unitPriceFen: bigint;

  @Column({ name: 'line_fen', type: 'bigint', transformer: bigintColumn })
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
