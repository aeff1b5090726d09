import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { ownResidentId } from '../access/access';
import { Resident } from '../neighbours/resident.ref';
import { Outlet } from '../outlet/outlet.entity';
import { outletById } from '../outlet/outlet.loaders';
import { VegDailyPrice } from './veg-daily-price.entity';
import { VegOrderLine } from './veg-order-line.entity';
import { VegOrder } from './veg-order.entity';
import { VegProductRequest } from './veg-product-request.entity';
import { VegProduct } from './veg-product.entity';
import { VegPurchase } from './veg-purchase.entity';
import { vegLinesByOrder, vegProductById, vegTodayPriceByProduct } from './veg-shop.loaders';
import {
  createProduct,
  productsOf,
  readableShop,
  recordPurchase,
  requestProduct,
  setDailyPrice,
  vegPriceHistoryList,
  vegProductRequestList,
  vegPurchaseList,
} from './veg-shop.service';
import { cancelOrder, markPickedUp, placeOrder, readableOrder, vegOrderList } from './veg-order.service';
import {
  CreateVegProductInput,
  PlaceVegOrderInput,
  RecordVegPurchaseInput,
  RequestVegProductInput,
  SetVegDailyPriceInput,
  VegDailyPriceConnection,
  VegOrderConnection,
  VegProductRequestConnection,
  VegPurchaseConnection,
} from './veg-shop.types';

@Resolver(() => VegProduct)
export class VegProductResolver {
  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => VegProduct)
  createVegProduct(@Arg('input', () => CreateVegProductInput) input: CreateVegProductInput, @Ctx() ctx: RequestContext) {
    return createProduct(ctx, input);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => VegPurchase, { description: 'Records goods bought (cost of goods) for the shop; idempotent by key.' })
  recordVegPurchase(@Arg('input', () => RecordVegPurchaseInput) input: RecordVegPurchaseInput, @Ctx() ctx: RequestContext) {
    return recordPurchase(ctx, input);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => VegDailyPrice, { description: "Sets today's price: market reference price less a 20–30% discount, half-up to the fen." })
  setVegDailyPrice(@Arg('input', () => SetVegDailyPriceInput) input: SetVegDailyPriceInput, @Ctx() ctx: RequestContext) {
    return setDailyPrice(ctx, input);
  }

  @Authorized()
  @Query(() => [VegProduct], { description: "A veg shop's products." })
  vegProducts(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext): Promise<VegProduct[]> {
    return productsOf(ctx, outletId);
  }

  @Authorized()
  @Query(() => VegDailyPriceConnection, { description: "A product's price history, oldest day first." })
  vegPriceHistory(@Arg('productId', () => ID) productId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return vegPriceHistoryList.page(ctx, { productId }, page);
  }

  @FieldResolver(() => VegDailyPrice, { nullable: true, description: "Today's price (Asia/Shanghai), if set." })
  todayPrice(@Root() product: VegProduct, @Ctx() ctx: RequestContext) {
    return vegTodayPriceByProduct(ctx).load(product.id);
  }
}

@Resolver(() => VegPurchase)
export class VegPurchaseResolver {
  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => VegPurchaseConnection)
  async vegPurchases(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return vegPurchaseList.page(ctx, { outletId: await readableShop(ctx, outletId) }, page);
  }

  @FieldResolver(() => VegProduct)
  async product(@Root() p: VegPurchase, @Ctx() ctx: RequestContext) {
    return (await vegProductById(ctx).load(p.productId))!;
  }
}

@Resolver(() => VegProductRequest)
export class VegProductRequestResolver {
  @Authorized('resident', 'owner', 'enterprise_staff', 'admin')
  @Mutation(() => VegProductRequest, { description: 'A resident asks the shop to stock a product.' })
  requestVegProduct(@Arg('input', () => RequestVegProductInput) input: RequestVegProductInput, @Ctx() ctx: RequestContext) {
    return requestProduct(ctx, input);
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => VegProductRequestConnection)
  async vegProductRequests(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return vegProductRequestList.page(ctx, { outletId: await readableShop(ctx, outletId) }, page);
  }
}

@Resolver(() => VegOrder)
export class VegOrderResolver {
  @Authorized('resident', 'owner', 'enterprise_staff', 'admin')
  @Mutation(() => VegOrder, { description: "Places an order at today's prices (residents: app; staff: counter or app)." })
  placeVegOrder(@Arg('input', () => PlaceVegOrderInput) input: PlaceVegOrderInput, @Ctx() ctx: RequestContext) {
    return placeOrder(ctx, input);
  }

  @Authorized()
  @Mutation(() => VegOrder, { description: 'Cancels an order before pickup; the sale is reversed (refund).' })
  cancelVegOrder(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext) {
    return cancelOrder(ctx, orderId);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => VegOrder)
  markVegOrderPickedUp(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext) {
    return markPickedUp(ctx, orderId);
  }

  @Authorized()
  @Query(() => VegOrder)
  vegOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<VegOrder> {
    return readableOrder(ctx, id);
  }

  @Authorized('resident', 'owner')
  @Query(() => VegOrderConnection, { description: "The signed-in resident's own veg orders." })
  myVegOrders(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return vegOrderList.page(ctx, { residentId: ownResidentId(ctx) }, page);
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => VegOrderConnection, { description: "A shop's orders (its staff, analysts)." })
  async vegOrders(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return vegOrderList.page(ctx, { outletId: await readableShop(ctx, outletId) }, page);
  }

  @FieldResolver(() => [VegOrderLine])
  lines(@Root() order: VegOrder, @Ctx() ctx: RequestContext) {
    return vegLinesByOrder(ctx).load(order.id);
  }

  @FieldResolver(() => Outlet)
  async outlet(@Root() order: VegOrder, @Ctx() ctx: RequestContext) {
    return (await outletById(ctx).load(order.outletId))!;
  }

  @FieldResolver(() => Resident, { nullable: true })
  resident(@Root() order: VegOrder): Resident | null {
    return order.residentId ? { id: order.residentId } : null;
  }
}

@Resolver(() => VegOrderLine)
export class VegOrderLineResolver {
  @FieldResolver(() => VegProduct)
  async product(@Root() line: VegOrderLine, @Ctx() ctx: RequestContext) {
    return (await vegProductById(ctx).load(line.productId))!;
  }
}
