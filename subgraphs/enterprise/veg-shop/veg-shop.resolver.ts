import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, forbidden, notFound } from '../../../shared/errors';
import { ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { outletOfKind } from '../common/outlets';
import { Outlet } from '../outlet/outlet.entity';
import { OutletKind } from '../outlet/outlet-kind';
import { outletById } from '../outlet/outlet.loaders';
import { Resident } from '../refs/resident.ref';
import { VegDailyPrice, VegOrder, VegOrderLine, VegProduct, VegProductRequest, VegPurchase } from './veg-shop.entities';
import { vegLinesByOrder, vegProductById, vegTodayPriceByProduct } from './veg-shop.loaders';
import { cancelOrder, createProduct, markPickedUp, placeOrder, recordPurchase, requestProduct, setDailyPrice } from './veg-shop.service';
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
import { requireViewer } from '../../../shared/auth/require-viewer';

const byCreated = <T extends { createdAt: Date; id: string }>(alias: string) => ({
  column: `${alias}.created_at`,
  idColumn: `${alias}.id`,
  valueOf: (r: T) => r.createdAt.toISOString(),
  idOf: (r: T) => r.id,
});

/** The shop's own books (purchases, all orders, requests): its staff, analysts and admins. */
async function assertShopReader(ctx: RequestContext, outletId: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.VEG_SHOP);
  if (!(viewer.isAnalyst || viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff')))
    throw forbidden("Only the shop's staff and analysts read its books");
  return outlet.id;
}

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
  async vegProducts(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext): Promise<VegProduct[]> {
    const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.VEG_SHOP);
    return ctx.dataSource.getRepository(VegProduct).find({ where: { outletId: outlet.id }, order: { name: 'ASC', id: 'ASC' } });
  }

  @Authorized()
  @Query(() => VegDailyPriceConnection, { description: "A product's price history, oldest day first." })
  async vegPriceHistory(
    @Arg('productId', () => ID) productId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<VegDailyPrice>> {
    const qb = ctx.dataSource
      .getRepository(VegDailyPrice)
      .createQueryBuilder('p')
      .where('p.product_id = :productId', { productId: assertUuid(productId, 'productId') });
    return paginate(qb, page, { column: 'p.price_date', idColumn: 'p.id', valueOf: (p) => p.date, idOf: (p) => p.id });
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
    const id = await assertShopReader(ctx, outletId);
    return paginate(
      ctx.dataSource.getRepository(VegPurchase).createQueryBuilder('x').where('x.outlet_id = :id', { id }),
      page,
      byCreated<VegPurchase>('x'),
    );
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
    const id = await assertShopReader(ctx, outletId);
    return paginate(
      ctx.dataSource.getRepository(VegProductRequest).createQueryBuilder('x').where('x.outlet_id = :id', { id }),
      page,
      byCreated<VegProductRequest>('x'),
    );
  }
}

/** Who reads an order: its buyer, the shop's staff, analysts and admins. */
async function canReadOrder(ctx: RequestContext, order: VegOrder): Promise<boolean> {
  const viewer = requireViewer(ctx);
  if (viewer.isAnalyst || viewer.isAdmin || viewer.isService) return true;
  if (order.residentId && order.residentId === viewer.residentId) return true;
  const outlet = await outletById(ctx).load(order.outletId);
  return !!outlet && viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff');
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
  async vegOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<VegOrder> {
    const order = await ctx.dataSource.getRepository(VegOrder).findOneBy({ id: assertUuid(id) });
    if (!order) throw notFound('VegOrder', id);
    if (!(await canReadOrder(ctx, order))) throw forbidden('Only the buyer and the shop read this order');
    return order;
  }

  @Authorized('resident', 'owner')
  @Query(() => VegOrderConnection, { description: "The signed-in resident's own veg orders." })
  myVegOrders(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const residentId = requireViewer(ctx).residentId;
    if (!residentId) throw forbidden('The token names no resident');
    return paginate(
      ctx.dataSource.getRepository(VegOrder).createQueryBuilder('x').where('x.resident_id = :residentId', { residentId }),
      page,
      byCreated<VegOrder>('x'),
    );
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => VegOrderConnection, { description: "A shop's orders (its staff, analysts)." })
  async vegOrders(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const id = await assertShopReader(ctx, outletId);
    return paginate(
      ctx.dataSource.getRepository(VegOrder).createQueryBuilder('x').where('x.outlet_id = :id', { id }),
      page,
      byCreated<VegOrder>('x'),
    );
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
