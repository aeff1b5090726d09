import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { assertPositiveFen } from '../../../shared/money/positive-fen';
import { byCreated, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { pastOrToday } from '../../../shared/time/calendar-date';
import { localDate } from '../../../shared/time/local-time';
import { boundedText, intInRange } from '../../../shared/validation';
import { assertBooksReader, assertEnterpriseWriter } from '../access/access';
import { ageOn } from '../canteen/meal-pricing';
import { appendOutletEntry } from '../ledger/ledger.service';
import { OutletKind } from '../outlet/outlet.enums';
import { enterpriseOfOutlet, outletOfKind } from '../outlet/outlet.service';
import { MarketItem } from './market-item.entity';
import { marketSaleParts, SENIOR_AGE } from './market-pricing';
import { MarketSale } from './market-sale.entity';

export interface MarketItemInput {
  outletId: string;
  name: string;
  merchantName: string;
  listPriceFen: bigint;
  merchantDiscountFen: bigint;
  communitySubsidyFen: bigint;
}

export async function createMarketItem(ctx: RequestContext, input: MarketItemInput): Promise<MarketItem> {
  const viewer = requireViewer(ctx);
  const name = boundedText(input.name, 'name', 100);
  const merchantName = boundedText(input.merchantName, 'merchantName', 100);
  assertPositiveFen(input.listPriceFen, 'listPriceFen');
  if (input.merchantDiscountFen < 0n) throw badInput('merchantDiscountFen cannot be negative', { field: 'merchantDiscountFen' });
  if (input.communitySubsidyFen < 0n) throw badInput('communitySubsidyFen cannot be negative', { field: 'communitySubsidyFen' });
  if (input.merchantDiscountFen + input.communitySubsidyFen > input.listPriceFen)
    throw badInput('Discount and subsidy together cannot exceed the list price', { field: 'communitySubsidyFen' });
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.SERVICE_MARKET);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const item = stampCreated(
    Object.assign(new MarketItem(), {
      id: randomUUID(),
      outletId: outlet.id,
      name,
      merchantName,
      listPriceFen: input.listPriceFen,
      merchantDiscountFen: input.merchantDiscountFen,
      communitySubsidyFen: input.communitySubsidyFen,
    }),
    viewer.actor,
    ctx.clock.now(),
  );
  try {
    return await ctx.dataSource.transaction((m) => m.save(item));
  } catch (error) {
    if (isUniqueViolation(error, 'market_item_outlet_name')) throw conflict(`The market already has an item named ${name}`);
    throw error;
  }
}

export interface MarketSaleInput {
  itemId: string;
  quantity: number;
  residentId?: string | null;
  /** Checked by staff on an ID at the counter; used for the 60+ rule and not stored. */
  buyerBirthDate?: string | null;
  idempotencyKey: string;
}

/**
 * A sale at the market: the parts (merchant, community, senior cover, resident) are stored
 * and add up to the list price. Keys are the market's: the same key for the same item,
 * quantity, buyer and senior rule → the first sale.
 */
export async function recordMarketSale(ctx: RequestContext, input: MarketSaleInput): Promise<MarketSale> {
  const viewer = requireViewer(ctx);
  const key = idempotencyKey(input.idempotencyKey);
  const quantity = intInRange(input.quantity, 'quantity', 1, 1000);
  const now = ctx.clock.now();
  const today = localDate(now);
  let senior = false;
  if (input.buyerBirthDate != null) {
    const birth = pastOrToday(input.buyerBirthDate, today, 'buyerBirthDate');
    senior = ageOn(birth, today) >= SENIOR_AGE;
  }
  const itemId = assertUuid(input.itemId, 'itemId');
  const item = await loadOrNotFound(ctx.dataSource.getRepository(MarketItem).findOneBy({ id: itemId }), 'MarketItem', itemId);
  assertEnterpriseWriter(viewer, await enterpriseOfOutlet(ctx.dataSource.manager, item.outletId));
  const residentId = input.residentId ? assertUuid(input.residentId, 'residentId') : null;
  const request = { itemId, quantity, residentId, senior };
  const id = await once(ctx, viewer.actor, { operation: 'market.sale', scope: item.outletId, key, request }, async (m) => {
    const parts = marketSaleParts(item, quantity, senior);
    const sale = stampCreated(
      Object.assign(new MarketSale(), { id: randomUUID(), outletId: item.outletId, ...request, ...parts, idempotencyKey: key }),
      viewer.actor,
      now,
    );
    await m.getRepository(MarketSale).insert(sale);
    // The market takes in what the resident and the community pay; the merchant's discount is the merchant's gift.
    const takings = parts.listPriceFen - parts.merchantDiscountFen;
    if (takings > 0n)
      await appendOutletEntry(m, {
        outletId: item.outletId,
        kind: 'SALE',
        amountFen: takings,
        source: 'market_sale',
        sourceId: sale.id,
        actor: viewer.actor,
        at: now,
      });
    return sale.id;
  });
  return ctx.dataSource.getRepository(MarketSale).findOneByOrFail({ id });
}

/** A market's items, by name (open to every signed-in user). */
export async function itemsOf(ctx: RequestContext, outletId: string): Promise<MarketItem[]> {
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.SERVICE_MARKET);
  return ctx.dataSource.getRepository(MarketItem).find({ where: { outletId: outlet.id }, order: { name: 'ASC' } });
}

/** The market's sales: its staff, analysts and admins. Returns the market's id. */
export async function readableMarket(ctx: RequestContext, outletId: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.SERVICE_MARKET);
  assertBooksReader(viewer, outlet.enterpriseId, "Only the market's staff and analysts read its sales");
  return outlet.id;
}

/** Sales of a market (callers check `readableMarket`) or to a resident, oldest first. */
export const marketSaleList = defineList<MarketSale, { outletId?: string; residentId?: string }>({
  entity: MarketSale,
  alias: 'x',
  filters: {
    outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }),
    residentId: (qb, residentId) => qb.andWhere('x.resident_id = :residentId', { residentId }),
  },
  order: byCreated('x'),
});
