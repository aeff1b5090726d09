import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { payloadHash } from '../../../shared/handover/receiver';
import type { RequestContext } from '../../../shared/server/context';
import { assertEnterpriseWriter } from '../common/access';
import { localDate } from '../../../shared/time/local-time';
import { assertIdempotencyKey, assertPositiveFen, assertQuantity, outletOfKind } from '../common/outlets';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { appendOutletEntry } from '../ledger/outlet-ledger';
import { OutletKind } from '../outlet/outlet-kind';
import { dailySalePrice, discountProblem } from './veg-pricing';
import {
  VegDailyPrice,
  VegOrder,
  VegOrderChannel,
  VegOrderLine,
  VegOrderStatus,
  VegProduct,
  VegProductRequest,
  VegPurchase,
} from './veg-shop.entities';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { boundedText } from '../../../shared/validation';

/** Purchases from the district distribution centre (区配送中心) unless another supplier is named. */
export const DEFAULT_SUPPLIER = '区配送中心';

async function productOf(m: EntityManager, id: string, field = 'productId'): Promise<VegProduct> {
  const productId = assertUuid(id, field);
  const product = await m.getRepository(VegProduct).findOneBy({ id: productId });
  if (!product) throw notFound('VegProduct', productId);
  return product;
}

async function outletEnterprise(m: EntityManager, outletId: string): Promise<string> {
  const [row] = await m.query('SELECT enterprise_id FROM outlet WHERE id = $1', [outletId]);
  return row.enterprise_id;
}

export async function createProduct(ctx: RequestContext, input: { outletId: string; name: string; unit: string }): Promise<VegProduct> {
  const viewer = requireViewer(ctx);
  const name = boundedText(input.name, 'name', 100);
  const unit = boundedText(input.unit, 'unit', 20);
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.VEG_SHOP);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const row = stampCreated(
    Object.assign(new VegProduct(), { id: randomUUID(), outletId: outlet.id, name, unit }),
    viewer.actor,
    ctx.clock.now(),
  );
  try {
    return await ctx.dataSource.transaction((m) => m.save(row));
  } catch (error) {
    if (isUniqueViolation(error, 'veg_product_outlet_name')) throw conflict(`The shop already has a product named ${name}`);
    throw error;
  }
}

export interface PurchaseInput {
  productId: string;
  quantity: number;
  unitCostFen: bigint;
  supplier?: string | null;
  idempotencyKey: string;
}

/** Goods bought: the purchase and its cost-of-goods ledger line, in one transaction. */
export async function recordPurchase(ctx: RequestContext, input: PurchaseInput): Promise<VegPurchase> {
  const viewer = requireViewer(ctx);
  const quantity = assertQuantity(input.quantity);
  const unitCostFen = assertPositiveFen(input.unitCostFen, 'unitCostFen');
  const supplier = input.supplier == null ? DEFAULT_SUPPLIER : boundedText(input.supplier, 'supplier', 100);
  const key = assertIdempotencyKey(input.idempotencyKey);
  const product = await productOf(ctx.dataSource.manager, input.productId);
  assertEnterpriseWriter(viewer, await outletEnterprise(ctx.dataSource.manager, product.outletId));
  const replay = async (m: EntityManager) => {
    const first = await m.getRepository(VegPurchase).findOneBy({ outletId: product.outletId, idempotencyKey: key });
    if (
      first &&
      (first.productId !== product.id || first.quantity !== quantity || first.unitCostFen !== unitCostFen || first.supplier !== supplier)
    ) {
      throw conflict('This idempotencyKey was used for another purchase', { idempotencyKey: key });
    }
    return first;
  };
  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
      const now = ctx.clock.now();
      const row = stampCreated(
        Object.assign(new VegPurchase(), {
          id: randomUUID(),
          outletId: product.outletId,
          productId: product.id,
          quantity,
          unitCostFen,
          totalFen: unitCostFen * BigInt(quantity),
          supplier,
          idempotencyKey: key,
        }),
        viewer.actor,
        now,
      );
      await m.getRepository(VegPurchase).insert(row);
      await appendOutletEntry(m, {
        outletId: row.outletId,
        kind: 'COST_OF_GOODS',
        amountFen: row.totalFen,
        source: 'veg_purchase',
        sourceId: row.id,
        actor: viewer.actor,
        at: now,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'veg_purchase_idempotency')) return (await replay(ctx.dataSource.manager))!;
    throw error;
  }
}

/** Today's price of a product (the local day in Asia/Shanghai); set once a day. */
export async function setDailyPrice(
  ctx: RequestContext,
  input: { productId: string; marketPriceFen: bigint; discountBp: number },
): Promise<VegDailyPrice> {
  const viewer = requireViewer(ctx);
  const market = assertPositiveFen(input.marketPriceFen, 'marketPriceFen');
  const problem = discountProblem(input.discountBp);
  if (problem) throw badInput(problem, { field: 'discountBp' });
  const product = await productOf(ctx.dataSource.manager, input.productId);
  assertEnterpriseWriter(viewer, await outletEnterprise(ctx.dataSource.manager, product.outletId));
  const now = ctx.clock.now();
  const row = stampCreated(
    Object.assign(new VegDailyPrice(), {
      id: randomUUID(),
      outletId: product.outletId,
      productId: product.id,
      date: localDate(now),
      marketPriceFen: market,
      discountBp: input.discountBp,
      salePriceFen: dailySalePrice(market, input.discountBp),
    }),
    viewer.actor,
    now,
  );
  try {
    return await ctx.dataSource.transaction((m) => m.save(row));
  } catch (error) {
    if (isUniqueViolation(error, 'veg_daily_price_product_date')) throw conflict(`${product.name} already has a price for ${row.date}`);
    throw error;
  }
}

export async function requestProduct(
  ctx: RequestContext,
  input: { outletId: string; productName: string; note?: string | null },
): Promise<VegProductRequest> {
  const viewer = requireViewer(ctx);
  const productName = boundedText(input.productName, 'productName', 100);
  const note = input.note == null ? null : boundedText(input.note, 'note', 500);
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.VEG_SHOP);
  const residentId = viewer.hasRole('resident', 'owner') ? (viewer.residentId ?? null) : null;
  if (!residentId && !viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff'))
    throw forbidden("Residents (or the shop's staff for them) ask for products");
  const row = stampCreated(
    Object.assign(new VegProductRequest(), { id: randomUUID(), outletId: outlet.id, residentId, productName, note }),
    viewer.actor,
    ctx.clock.now(),
  );
  return ctx.dataSource.transaction((m) => m.save(row));
}

export interface OrderInput {
  outletId: string;
  channel: VegOrderChannel;
  residentId?: string | null;
  lines: { productId: string; quantity: number }[];
  idempotencyKey: string;
}

/**
 * An order at the day's prices: staff take counter (or phoned-in app) orders, residents
 * place their own app orders. The sale enters the outlet's ledger at once; a
 * cancellation before pickup reverses it.
 */
export async function placeOrder(ctx: RequestContext, input: OrderInput): Promise<VegOrder> {
  const viewer = requireViewer(ctx);
  const key = assertIdempotencyKey(input.idempotencyKey);
  if (!Array.isArray(input.lines) || input.lines.length === 0 || input.lines.length > 50)
    throw badInput('An order has 1 to 50 lines', { field: 'lines' });
  const lines = input.lines.map((l, i) => ({
    productId: assertUuid(l.productId, `lines[${i}].productId`),
    quantity: assertQuantity(l.quantity, `lines[${i}].quantity`, 10_000),
  }));
  if (new Set(lines.map((l) => l.productId)).size !== lines.length)
    throw badInput('Each product appears once in an order', { field: 'lines' });
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.VEG_SHOP);
  let residentId: string | null;
  if (viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff')) {
    residentId = input.residentId ? assertUuid(input.residentId, 'residentId') : null;
  } else if (viewer.hasRole('resident', 'owner') && viewer.residentId) {
    if (input.channel !== VegOrderChannel.APP)
      throw badInput('Residents order through the app; counter orders are taken by the shop', { field: 'channel' });
    if (input.residentId && input.residentId.toLowerCase() !== viewer.residentId) throw forbidden('Residents order for themselves');
    residentId = viewer.residentId;
  } else {
    throw forbidden("Only residents and this shop's staff place orders");
  }
  const hash = payloadHash({ outletId: outlet.id, channel: input.channel, residentId, lines });
  const replay = async (m: EntityManager) => {
    const first = await m.getRepository(VegOrder).findOneBy({ outletId: outlet.id, createdBy: viewer.actor, idempotencyKey: key });
    if (first && first.requestHash !== hash) throw conflict('This idempotencyKey was used for another order', { idempotencyKey: key });
    return first;
  };
  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
      const now = ctx.clock.now();
      const today = localDate(now);
      const products = await m.getRepository(VegProduct).findBy({ id: In(lines.map((l) => l.productId)) });
      const prices = await m.getRepository(VegDailyPrice).findBy({ productId: In(lines.map((l) => l.productId)), date: today });
      const order = stampCreated(
        Object.assign(new VegOrder(), {
          id: randomUUID(),
          outletId: outlet.id,
          residentId,
          channel: input.channel,
          status: VegOrderStatus.PLACED,
          priceDate: today,
          totalFen: 0n,
          idempotencyKey: key,
          requestHash: hash,
          pickedUpAt: null,
          cancelledAt: null,
        }),
        viewer.actor,
        now,
      );
      const rows = lines.map((l, i) => {
        const product = products.find((p) => p.id === l.productId);
        if (!product || product.outletId !== outlet.id)
          throw badInput(`lines[${i}].productId is not a product of this shop`, { field: `lines[${i}].productId` });
        const price = prices.find((p) => p.productId === l.productId);
        if (!price) throw conflict(`${product.name} has no price for ${today} yet`);
        const lineFen = price.salePriceFen * BigInt(l.quantity);
        order.totalFen += lineFen;
        return Object.assign(new VegOrderLine(), {
          id: randomUUID(),
          orderId: order.id,
          lineNo: i + 1,
          productId: l.productId,
          dailyPriceId: price.id,
          quantity: l.quantity,
          unitPriceFen: price.salePriceFen,
          lineFen,
        });
      });
      await m.getRepository(VegOrder).insert(order);
      await m.getRepository(VegOrderLine).insert(rows);
      await appendOutletEntry(m, {
        outletId: outlet.id,
        kind: 'SALE',
        amountFen: order.totalFen,
        source: 'veg_order',
        sourceId: order.id,
        actor: viewer.actor,
        at: now,
      });
      return order;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'veg_order_idempotency')) return (await replay(ctx.dataSource.manager))!;
    throw error;
  }
}

async function lockedOrder(m: EntityManager, id: string): Promise<VegOrder> {
  const orderId = assertUuid(id, 'orderId');
  const order = await m
    .getRepository(VegOrder)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :orderId', { orderId })
    .getOne();
  if (!order) throw notFound('VegOrder', orderId);
  return order;
}

/** Cancels an order before pickup; the refund is a reversal of its sale, never an edit. */
export async function cancelOrder(ctx: RequestContext, orderId: string): Promise<VegOrder> {
  const viewer = requireViewer(ctx);
  return ctx.dataSource.transaction(async (m) => {
    const order = await lockedOrder(m, orderId);
    const isOwner = !!order.residentId && order.residentId === viewer.residentId;
    if (!isOwner && !viewer.canActForEnterprise(await outletEnterprise(m, order.outletId), 'enterprise_staff'))
      throw forbidden('Only the buyer or the shop may cancel this order');
    if (order.status !== VegOrderStatus.PLACED) throw conflict(`The order is ${order.status} and can no longer be cancelled`);
    const now = ctx.clock.now();
    order.status = VegOrderStatus.CANCELLED;
    order.cancelledAt = now;
    stampUpdated(order, viewer.actor, now);
    await m.save(order);
    const [sale] = await m.query(`SELECT id FROM outlet_entry WHERE source = 'veg_order' AND source_id = $1 AND reverses_id IS NULL`, [
      order.id,
    ]);
    await appendOutletEntry(m, {
      outletId: order.outletId,
      kind: 'SALE',
      amountFen: -order.totalFen,
      source: 'veg_order_refund',
      sourceId: order.id,
      reversesId: sale.id,
      actor: viewer.actor,
      at: now,
    });
    return order;
  });
}

export async function markPickedUp(ctx: RequestContext, orderId: string): Promise<VegOrder> {
  const viewer = requireViewer(ctx);
  return ctx.dataSource.transaction(async (m) => {
    const order = await lockedOrder(m, orderId);
    assertEnterpriseWriter(viewer, await outletEnterprise(m, order.outletId));
    if (order.status !== VegOrderStatus.PLACED) throw conflict(`The order is ${order.status}`);
    const now = ctx.clock.now();
    order.status = VegOrderStatus.PICKED_UP;
    order.pickedUpAt = now;
    stampUpdated(order, viewer.actor, now);
    return m.save(order);
  });
}
