import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/handover/json';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { byCreated, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { intInRange } from '../../../shared/validation';
import { assertEnterpriseWriter } from '../access/access';
import { appendOutletEntry, originalEntryId } from '../ledger/ledger.service';
import { OutletKind } from '../outlet/outlet.enums';
import { outletById } from '../outlet/outlet.loaders';
import { enterpriseOfOutlet, outletOfKind } from '../outlet/outlet.service';
import { VegDailyPrice } from './veg-daily-price.entity';
import { VegOrderLine } from './veg-order-line.entity';
import { VegOrder } from './veg-order.entity';
import { VegOrderChannel, VegOrderStatus } from './veg-shop.enums';
import { VegProduct } from './veg-product.entity';

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
 * cancellation before pickup reverses it. Keys are each caller's at each shop.
 */
export async function placeOrder(ctx: RequestContext, input: OrderInput): Promise<VegOrder> {
  const viewer = requireViewer(ctx);
  const key = idempotencyKey(input.idempotencyKey);
  if (!Array.isArray(input.lines) || input.lines.length === 0 || input.lines.length > 50)
    throw badInput('An order has 1 to 50 lines', { field: 'lines' });
  const lines = input.lines.map((l, i) => ({
    productId: assertUuid(l.productId, `lines[${i}].productId`),
    quantity: intInRange(l.quantity, `lines[${i}].quantity`, 1, 10_000),
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
  const request = { outletId: outlet.id, channel: input.channel, residentId, lines };
  const scope = `${outlet.id}:${viewer.actor}`;
  const id = await once(ctx, viewer.actor, { operation: 'veg-shop.order', scope, key, request }, async (m) => {
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
        // The normalised request's hash, which the order keeps (`request_hash`).
        requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex'),
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
    return order.id;
  });
  return ctx.dataSource.getRepository(VegOrder).findOneByOrFail({ id });
}

async function lockedOrder(m: EntityManager, id: string): Promise<VegOrder> {
  const orderId = assertUuid(id, 'orderId');
  const order = m
    .getRepository(VegOrder)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :orderId', { orderId })
    .getOne();
  return loadOrNotFound(order, 'VegOrder', orderId);
}

/** Cancels an order before pickup; the refund is a reversal of its sale, never an edit. */
export async function cancelOrder(ctx: RequestContext, orderId: string): Promise<VegOrder> {
  const viewer = requireViewer(ctx);
  return ctx.dataSource.transaction(async (m) => {
    const order = await lockedOrder(m, orderId);
    const isOwner = !!order.residentId && order.residentId === viewer.residentId;
    if (!isOwner && !viewer.canActForEnterprise(await enterpriseOfOutlet(m, order.outletId), 'enterprise_staff'))
      throw forbidden('Only the buyer or the shop may cancel this order');
    if (order.status !== VegOrderStatus.PLACED) throw conflict(`The order is ${order.status} and can no longer be cancelled`);
    const now = ctx.clock.now();
    order.status = VegOrderStatus.CANCELLED;
    order.cancelledAt = now;
    stampUpdated(order, viewer.actor, now);
    await m.save(order);
    await appendOutletEntry(m, {
      outletId: order.outletId,
      kind: 'SALE',
      amountFen: -order.totalFen,
      source: 'veg_order_refund',
      sourceId: order.id,
      reversesId: await originalEntryId(m, 'veg_order', order.id),
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
    assertEnterpriseWriter(viewer, await enterpriseOfOutlet(m, order.outletId));
    if (order.status !== VegOrderStatus.PLACED) throw conflict(`The order is ${order.status}`);
    const now = ctx.clock.now();
    order.status = VegOrderStatus.PICKED_UP;
    order.pickedUpAt = now;
    stampUpdated(order, viewer.actor, now);
    return m.save(order);
  });
}

/** Who reads an order: its buyer, the shop's staff, analysts and admins. */
async function canReadOrder(ctx: RequestContext, order: VegOrder): Promise<boolean> {
  const viewer = requireViewer(ctx);
  if (viewer.isAnalyst || viewer.isAdmin || viewer.isService) return true;
  if (order.residentId && order.residentId === viewer.residentId) return true;
  const outlet = await outletById(ctx).load(order.outletId);
  return !!outlet && viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff');
}

export async function readableOrder(ctx: RequestContext, id: string): Promise<VegOrder> {
  const order = await loadOrNotFound(ctx.dataSource.getRepository(VegOrder).findOneBy({ id: assertUuid(id) }), 'VegOrder', id);
  if (!(await canReadOrder(ctx, order))) throw forbidden('Only the buyer and the shop read this order');
  return order;
}

/** Orders of a shop (callers check `readableShop`) or of a resident, oldest first. */
export const vegOrderList = defineList<VegOrder, { outletId?: string; residentId?: string }>({
  entity: VegOrder,
  alias: 'x',
  filters: {
    outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }),
    residentId: (qb, residentId) => qb.andWhere('x.resident_id = :residentId', { residentId }),
  },
  order: byCreated<VegOrder>('x'),
});
