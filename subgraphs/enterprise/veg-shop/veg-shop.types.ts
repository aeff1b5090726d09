import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Connection } from '../../../shared/pagination/connection';
import { VegDailyPrice } from './veg-daily-price.entity';
import { VegOrder } from './veg-order.entity';
import { VegOrderChannel } from './veg-shop.enums';
import { VegProductRequest } from './veg-product-request.entity';
import { VegPurchase } from './veg-purchase.entity';

@ObjectType()
export class VegOrderConnection extends Connection(VegOrder) {}
@ObjectType()
export class VegPurchaseConnection extends Connection(VegPurchase) {}
@ObjectType()
export class VegDailyPriceConnection extends Connection(VegDailyPrice) {}
@ObjectType()
export class VegProductRequestConnection extends Connection(VegProductRequest) {}

@InputType()
export class CreateVegProductInput {
  @Field(() => ID)
  outletId: string;
  @Field(() => String)
  name: string;
  @Field(() => String, { description: 'e.g. 斤, 把, 个' })
  unit: string;
}

@InputType()
export class RecordVegPurchaseInput {
  @Field(() => ID)
  productId: string;
  @Field(() => Int)
  quantity: number;
  @Field(() => FenScalar)
  unitCostFen: bigint;
  @Field(() => String, { nullable: true, description: 'Default: the district distribution centre (区配送中心).' })
  supplier?: string | null;
  @Field(() => String)
  idempotencyKey: string;
}

@InputType()
export class SetVegDailyPriceInput {
  @Field(() => ID)
  productId: string;
  @Field(() => FenScalar, { description: "Today's market reference price per unit." })
  marketPriceFen: bigint;
  @Field(() => Int, { description: 'Discount in basis points, 2000 to 3000 (20%–30%).' })
  discountBp: number;
}

@InputType()
export class RequestVegProductInput {
  @Field(() => ID)
  outletId: string;
  @Field(() => String)
  productName: string;
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class VegOrderLineInput {
  @Field(() => ID)
  productId: string;
  @Field(() => Int)
  quantity: number;
}

@InputType()
export class PlaceVegOrderInput {
  @Field(() => ID)
  outletId: string;
  @Field(() => VegOrderChannel)
  channel: VegOrderChannel;
  @Field(() => ID, { nullable: true, description: 'Staff: the buyer, if known. Residents: omitted (always themselves).' })
  residentId?: string | null;
  @Field(() => [VegOrderLineInput])
  lines: VegOrderLineInput[];
  @Field(() => String)
  idempotencyKey: string;
}
