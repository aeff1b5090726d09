import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { assertPositiveFen } from '../../../shared/money/positive-fen';
import { byCreated, defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { boundedText, intInRange } from '../../../shared/validation';
import { assertBooksReader, assertEnterpriseWriter } from '../access/access';
import { appendOutletEntry } from '../ledger/ledger.service';
import { OutletKind } from '../outlet/outlet.enums';
import { enterpriseOfOutlet, outletOfKind } from '../outlet/outlet.service';
import { VegDailyPrice } from './veg-daily-price.entity';
import { VegProductRequest } from './veg-product-request.entity';
import { VegProduct } from './veg-product.entity';
import { VegPurchase } from './veg-purchase.entity';
import { dailySalePrice, discountProblem } from './veg-pricing';

/** Purchases from the district distribution centre (区配送中心) unless another supplier is named. */
export const DEFAULT_SUPPLIER = '区配送中心';

async function productOf(m: EntityManager, id: string, field = 'productId'): Promise<VegProduct> {
  const productId = assertUuid(id, field);
  return loadOrNotFound(m.getRepository(VegProduct).findOneBy({ id: productId }), 'VegProduct', productId);
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

/** Goods bought: the purchase and its cost-of-goods ledger line, in one transaction; keys are the shop's. */
export async function recordPurchase(ctx: RequestContext, input: PurchaseInput): Promise<VegPurchase> {
  const viewer = requireViewer(ctx);
  const quantity = intInRange(input.quantity, 'quantity', 1, 100_000);
  const unitCostFen = assertPositiveFen(input.unitCostFen, 'unitCostFen');
  const supplier = input.supplier == null ? DEFAULT_SUPPLIER : boundedText(input.supplier, 'supplier', 100);
  const key = idempotencyKey(input.idempotencyKey);
  const product = await productOf(ctx.dataSource.manager, input.productId);
  assertEnterpriseWriter(viewer, await enterpriseOfOutlet(ctx.dataSource.manager, product.outletId));
  const request = { productId: product.id, quantity, unitCostFen, supplier };
  const id = await once(ctx, viewer.actor, { operation: 'veg-shop.purchase', scope: product.outletId, key, request }, async (m) => {
    const now = ctx.clock.now();
    const row = stampCreated(
      Object.assign(new VegPurchase(), {
        id: randomUUID(),
        outletId: product.outletId,
        ...request,
        totalFen: unitCostFen * BigInt(quantity),
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
    return row.id;
  });
  return ctx.dataSource.getRepository(VegPurchase).findOneByOrFail({ id });
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
  assertEnterpriseWriter(viewer, await enterpriseOfOutlet(ctx.dataSource.manager, product.outletId));
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

/** A veg shop's products, by name (open to every signed-in user). */
export async function productsOf(ctx: RequestContext, outletId: string): Promise<VegProduct[]> {
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.VEG_SHOP);
  return ctx.dataSource.getRepository(VegProduct).find({ where: { outletId: outlet.id }, order: { name: 'ASC', id: 'ASC' } });
}

/** The shop's own books (purchases, all orders, requests): its staff, analysts and admins. Returns the shop's id. */
export async function readableShop(ctx: RequestContext, outletId: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.VEG_SHOP);
  assertBooksReader(viewer, outlet.enterpriseId, "Only the shop's staff and analysts read its books");
  return outlet.id;
}

/** A product's price history, oldest day first. */
export const vegPriceHistoryList = defineList<VegDailyPrice, { productId: string }>({
  entity: VegDailyPrice,
  alias: 'p',
  filters: { productId: (qb, v) => qb.andWhere('p.product_id = :productId', { productId: assertUuid(v, 'productId') }) },
  order: sortKey<VegDailyPrice>('p', ['p.price_date', (p) => p.date]),
});

/** A shop's purchases, oldest first (callers check `readableShop`). */
export const vegPurchaseList = defineList<VegPurchase, { outletId: string }>({
  entity: VegPurchase,
  alias: 'x',
  filters: { outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }) },
  order: byCreated<VegPurchase>('x'),
});

/** A shop's product requests, oldest first (callers check `readableShop`). */
export const vegProductRequestList = defineList<VegProductRequest, { outletId: string }>({
  entity: VegProductRequest,
  alias: 'x',
  filters: { outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }) },
  order: byCreated<VegProductRequest>('x'),
});
