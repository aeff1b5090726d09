import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { ageOn } from '../canteen/meal-pricing';
import { assertEnterpriseWriter } from '../common/access';
import { assertDate } from '../common/date-input';
import { localDate } from '../../../shared/time/local-time';
import { assertIdempotencyKey, assertQuantity, outletOfKind } from '../common/outlets';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { appendOutletEntry } from '../ledger/outlet-ledger';
import { OutletKind } from '../outlet/outlet-kind';
import { marketSaleParts, SENIOR_AGE } from './market-pricing';
import { MarketItem, MarketSale } from './market.entities';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { boundedText } from '../../../shared/validation';

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
  if (input.listPriceFen <= 0n) throw badInput('listPriceFen must be more than 0', { field: 'listPriceFen' });
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

/** A sale at the market: the parts (merchant, community, senior cover, resident) are stored and add up to the list price. */
export async function recordMarketSale(ctx: RequestContext, input: MarketSaleInput): Promise<MarketSale> {
  const viewer = requireViewer(ctx);
  const key = assertIdempotencyKey(input.idempotencyKey);
  const quantity = assertQuantity(input.quantity, 'quantity', 1000);
  const now = ctx.clock.now();
  const today = localDate(now);
  let senior = false;
  if (input.buyerBirthDate != null) {
    const birth = assertDate(input.buyerBirthDate, 'buyerBirthDate');
    if (birth > today) throw badInput('buyerBirthDate is in the future', { field: 'buyerBirthDate' });
    senior = ageOn(birth, today) >= SENIOR_AGE;
  }
  const itemId = assertUuid(input.itemId, 'itemId');
  const item = await ctx.dataSource.getRepository(MarketItem).findOneBy({ id: itemId });
  if (!item) throw notFound('MarketItem', itemId);
  const [outlet] = await ctx.dataSource.query('SELECT enterprise_id FROM outlet WHERE id = $1', [item.outletId]);
  assertEnterpriseWriter(viewer, outlet.enterprise_id);
  const residentId = input.residentId ? assertUuid(input.residentId, 'residentId') : null;
  const replay = async (m: EntityManager) => {
    const first = await m.getRepository(MarketSale).findOneBy({ outletId: item.outletId, idempotencyKey: key });
    if (first && (first.itemId !== itemId || first.quantity !== quantity || first.residentId !== residentId || first.senior !== senior))
      throw conflict('This idempotencyKey was used for another sale');
    return first;
  };
  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
      const parts = marketSaleParts(item, quantity, senior);
      const sale = stampCreated(
        Object.assign(new MarketSale(), {
          id: randomUUID(),
          outletId: item.outletId,
          itemId,
          residentId,
          quantity,
          senior,
          ...parts,
          idempotencyKey: key,
        }),
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
      return sale;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'market_sale_idempotency')) return (await replay(ctx.dataSource.manager))!;
    throw error;
  }
}
