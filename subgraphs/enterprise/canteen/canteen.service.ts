import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { assertPositiveFen } from '../../../shared/money/positive-fen';
import { byCreated, defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { checkedPeriod, periodForm, periodOf, type DateRange, type Period } from '../../../shared/time/date-range';
import { localDate } from '../../../shared/time/local-time';
import { boundedText } from '../../../shared/validation';
import { assertBooksReader, assertEnterpriseWriter } from '../access/access';
import { appendOutletEntry } from '../ledger/ledger.service';
import { OutletKind } from '../outlet/outlet.enums';
import { enterpriseOfOutlet, outletOfKind } from '../outlet/outlet.service';
import { mealCardById } from './canteen.loaders';
import { CharityFundEntry } from './charity-fund-entry.entity';
import { CharityFundEntryKind, MealOrderField, MealPaidBy } from './canteen.enums';
import { DifficultyFamily } from './difficulty-family.entity';
import { MealCard } from './meal-card.entity';
import { MealPriceTier } from './meal-price-tier.entity';
import { ageOn, halfPriceSplit, tierFor } from './meal-pricing';
import { Meal } from './meal.entity';
import { MerchantSupply } from './merchant-supply.entity';
import { seesCardPersonalData } from './meal-card.service';
import { charityFundBalance, moveCharityFund } from './charity-fund.service';

/** The price table of a canteen: its own rows, or the default table (outlet NULL). */
export async function tiersOf(m: EntityManager, outletId: string): Promise<MealPriceTier[]> {
  const own = await m.getRepository(MealPriceTier).find({ where: { outletId }, order: { minAge: 'ASC' } });
  return own.length ? own : m.getRepository(MealPriceTier).find({ where: { outletId: IsNull() }, order: { minAge: 'ASC' } });
}

/** A canteen's price table by age (open to every signed-in user). */
export async function priceTableOf(ctx: RequestContext, outletId: string): Promise<MealPriceTier[]> {
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.CANTEEN);
  return tiersOf(ctx.dataSource.manager, outlet.id);
}

export interface MealInput {
  cardId: string;
  payFromCharityFund?: boolean | null;
  idempotencyKey: string;
}

/**
 * Serves a meal: priced by the diner's age on today's local date from the tier table;
 * paid by the diner, or from the charity fund for a registered family in difficulty
 * (the fund locked, never negative). The canteen books the sale either way. Keys are the
 * canteen's: the same key for the same card and payer → the first meal.
 */
export async function recordMeal(ctx: RequestContext, input: MealInput): Promise<Meal> {
  const viewer = requireViewer(ctx);
  const key = idempotencyKey(input.idempotencyKey);
  const cardId = assertUuid(input.cardId, 'cardId');
  const fromFund = !!input.payFromCharityFund;
  const card = await loadOrNotFound(ctx.dataSource.getRepository(MealCard).findOneBy({ id: cardId }), 'MealCard', cardId);
  assertEnterpriseWriter(viewer, await enterpriseOfOutlet(ctx.dataSource.manager, card.outletId));
  const paidBy = fromFund ? MealPaidBy.CHARITY_FUND : MealPaidBy.DINER;
  const id = await once(
    ctx,
    viewer.actor,
    { operation: 'canteen.meal', scope: card.outletId, key, request: { cardId, paidBy } },
    async (m) => {
      const now = ctx.clock.now();
      const today = localDate(now);
      if (card.erasedAt) throw conflict("The meal card's holder was erased on request; it serves no more meals", { field: 'cardId' });
      if (!card.birthDate)
        throw badInput('The meal card has no verified birth date; verify it before serving meals on it', { field: 'cardId' });
      if (card.birthDate > today) throw badInput("The card's birth date is after the meal date", { field: 'cardId' });
      const age = ageOn(card.birthDate, today);
      const tier = tierFor(
        (await tiersOf(m, card.outletId)).map((t) => ({ minAge: t.minAge, priceFen: t.priceFen })),
        age,
      );
      const meal = stampCreated(
        Object.assign(new Meal(), {
          id: randomUUID(),
          outletId: card.outletId,
          cardId,
          mealDate: today,
          ageYears: age,
          tierMinAge: tier.minAge,
          priceFen: tier.priceFen,
          paidBy,
          idempotencyKey: key,
        }),
        viewer.actor,
        now,
      );
      if (fromFund) {
        const registered =
          card.householdId &&
          (await m.getRepository(DifficultyFamily).findOneBy({ outletId: card.outletId, householdId: card.householdId }));
        if (!registered)
          throw badInput('Only meals of registered families in difficulty are paid from the charity fund', { field: 'payFromCharityFund' });
      }
      await m.getRepository(Meal).insert(meal);
      if (fromFund && meal.priceFen > 0n) {
        await moveCharityFund(m, {
          outletId: card.outletId,
          kind: CharityFundEntryKind.MEAL_SUBSIDY,
          amountFen: -meal.priceFen,
          sourceId: meal.id,
          actor: viewer.actor,
          at: now,
        });
      }
      if (meal.priceFen > 0n) {
        await appendOutletEntry(m, {
          outletId: card.outletId,
          kind: 'SALE',
          amountFen: meal.priceFen,
          source: 'meal',
          sourceId: meal.id,
          actor: viewer.actor,
          at: now,
        });
      }
      return meal.id;
    },
  );
  return ctx.dataSource.getRepository(Meal).findOneByOrFail({ id });
}

export interface SupplyInput {
  outletId: string;
  merchantName: string;
  description: string;
  valueFen: bigint;
  idempotencyKey: string;
}

/** A merchant's half-price supply: the canteen's cost is half, the other half is credited to the charity fund. Keys are the canteen's. */
export async function recordMerchantSupply(ctx: RequestContext, input: SupplyInput): Promise<MerchantSupply> {
  const viewer = requireViewer(ctx);
  const key = idempotencyKey(input.idempotencyKey);
  const valueFen = assertPositiveFen(input.valueFen, 'valueFen');
  const merchantName = boundedText(input.merchantName, 'merchantName', 100);
  const description = boundedText(input.description, 'description', 500);
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.CANTEEN);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const request = { valueFen, merchantName, description };
  const id = await once(ctx, viewer.actor, { operation: 'canteen.merchant-supply', scope: outlet.id, key, request }, async (m) => {
    const now = ctx.clock.now();
    const { paidFen, creditedFen } = halfPriceSplit(valueFen);
    const supply = stampCreated(
      Object.assign(new MerchantSupply(), {
        id: randomUUID(),
        outletId: outlet.id,
        merchantName,
        description,
        valueFen,
        paidFen,
        creditedFen,
        idempotencyKey: key,
      }),
      viewer.actor,
      now,
    );
    await m.getRepository(MerchantSupply).insert(supply);
    await appendOutletEntry(m, {
      outletId: outlet.id,
      kind: 'COST_OF_GOODS',
      amountFen: paidFen,
      source: 'merchant_supply',
      sourceId: supply.id,
      actor: viewer.actor,
      at: now,
    });
    if (creditedFen > 0n) {
      await moveCharityFund(m, {
        outletId: outlet.id,
        kind: CharityFundEntryKind.MERCHANT_SUPPLY_CREDIT,
        amountFen: creditedFen,
        sourceId: supply.id,
        note: merchantName,
        actor: viewer.actor,
        at: now,
      });
    }
    return supply.id;
  });
  return ctx.dataSource.getRepository(MerchantSupply).findOneByOrFail({ id });
}

export async function registerDifficultyFamily(
  ctx: RequestContext,
  input: { outletId: string; householdId: string; note?: string | null },
): Promise<DifficultyFamily> {
  const viewer = requireViewer(ctx);
  const householdId = assertUuid(input.householdId, 'householdId');
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.CANTEEN);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const row = stampCreated(
    Object.assign(new DifficultyFamily(), {
      id: randomUUID(),
      outletId: outlet.id,
      householdId,
      note: input.note == null ? null : boundedText(input.note, 'note', 500),
    }),
    viewer.actor,
    ctx.clock.now(),
  );
  try {
    return await ctx.dataSource.transaction((m) => m.save(row));
  } catch (error) {
    if (isUniqueViolation(error, 'difficulty_family_outlet_household')) throw conflict('The household is already registered');
    throw error;
  }
}

/** The canteen's own books (cards, meals, the charity fund): its staff, analysts and admins. Returns the canteen's id. */
export async function readableCanteen(ctx: RequestContext, outletId: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.CANTEEN);
  assertBooksReader(viewer, outlet.enterpriseId, "Only the canteen's staff and analysts read its books");
  return outlet.id;
}

/** A canteen's charity fund and its balance, for its readers. */
export async function charityFundOf(ctx: RequestContext, outletId: string): Promise<{ outletId: string; balanceFen: bigint }> {
  const id = await readableCanteen(ctx, outletId);
  return { outletId: id, balanceFen: await charityFundBalance(ctx.dataSource.manager, id) };
}

/** The diner's age on a meal, for those who see the card's personal data; analysts see the tier only. */
export async function visibleAge(ctx: RequestContext, meal: Meal): Promise<number | null> {
  const card = await mealCardById(ctx).load(meal.cardId);
  return card && (await seesCardPersonalData(ctx, card)) ? meal.ageYears : null;
}

const mealsServed = byCreated<Meal>('x');

/** Meals of a canteen (callers check `readableCanteen`), of some local days, or of a resident's cards; in the order served unless `orderBy` says otherwise. */
export const mealList = defineList<Meal, { outletId?: string; period?: Period | null; residentId?: string }, MealOrderField>({
  entity: Meal,
  alias: 'x',
  filters: {
    outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }),
    period: (qb, { from, to }) => qb.andWhere('x.meal_date BETWEEN :fromDay AND :toDay', { fromDay: from, toDay: to }),
    residentId: (qb, residentId) => qb.innerJoin(MealCard, 'c', 'c.id = x.card_id').andWhere('c.resident_id = :residentId', { residentId }),
  },
  order: mealsServed,
  orders: {
    SERVED_AT: mealsServed,
    MEAL_DATE: sortKey<Meal>('x', ['x.meal_date', (m) => m.mealDate]),
  },
});

/** `meals(period | date)`: the days from `period`, or the one deprecated `date` (an empty one filters nothing). */
export function mealDays(period: DateRange | null | undefined, date: string | null | undefined): Period | null {
  const day = date || null;
  switch (periodForm(period, { date: day }, false)) {
    case 'period':
      return periodOf(period!);
    case 'old':
      return checkedPeriod(day, day, { from: 'date', to: 'date' });
    default:
      return null;
  }
}

/** A canteen's charity fund lines, oldest first (callers check `readableCanteen`). */
export const charityFundEntryList = defineList<CharityFundEntry, { outletId: string }>({
  entity: CharityFundEntry,
  alias: 'x',
  filters: { outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }) },
  order: byCreated<CharityFundEntry>('x'),
});
