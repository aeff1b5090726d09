import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { assertEnterpriseWriter } from '../common/access';
import { assertDate } from '../common/date-input';
import { localDate } from '../../../shared/time/local-time';
import { assertIdempotencyKey, assertPositiveFen, outletOfKind } from '../common/outlets';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { appendOutletEntry } from '../ledger/outlet-ledger';
import { OutletKind } from '../outlet/outlet-kind';
import { CharityFundEntryKind, DifficultyFamily, Meal, MealCard, MealPaidBy, MealPriceTier, MerchantSupply } from './canteen.entities';
import { moveCharityFund } from './charity-fund';
import { ageOn, halfPriceSplit, tierFor } from './meal-pricing';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { boundedText } from '../../../shared/validation';

/** The price table of a canteen: its own rows, or the default table (outlet NULL). */
export async function tiersOf(m: EntityManager, outletId: string): Promise<MealPriceTier[]> {
  const own = await m.getRepository(MealPriceTier).find({ where: { outletId }, order: { minAge: 'ASC' } });
  return own.length ? own : m.getRepository(MealPriceTier).find({ where: { outletId: IsNull() }, order: { minAge: 'ASC' } });
}

/** A birth date must be a real day, not after today (Asia/Shanghai). */
function assertBirthDate(value: string, today: string): string {
  const date = assertDate(value, 'birthDate');
  if (date > today) throw badInput(`birthDate ${date} is in the future`, { field: 'birthDate' });
  return date;
}

export interface IssueCardInput {
  outletId: string;
  cardNo: string;
  residentId?: string | null;
  householdId?: string | null;
  holderName?: string | null;
  birthDate?: string | null;
}

/** Issues a meal card; a birth date given here counts as verified by the issuing staff. */
export async function issueMealCard(ctx: RequestContext, input: IssueCardInput): Promise<MealCard> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const cardNo = boundedText(input.cardNo, 'cardNo', 40);
  const birthDate = input.birthDate == null ? null : assertBirthDate(input.birthDate, localDate(now));
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.CANTEEN);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const card = stampCreated(
    Object.assign(new MealCard(), {
      id: randomUUID(),
      outletId: outlet.id,
      cardNo,
      residentId: input.residentId ? assertUuid(input.residentId, 'residentId') : null,
      householdId: input.householdId ? assertUuid(input.householdId, 'householdId') : null,
      holderName: input.holderName == null ? null : boundedText(input.holderName, 'holderName', 100),
      birthDate,
      birthDateVerifiedBy: birthDate ? viewer.actor : null,
      birthDateVerifiedAt: birthDate ? now : null,
    }),
    viewer.actor,
    now,
  );
  try {
    return await ctx.dataSource.transaction((m) => m.save(card));
  } catch (error) {
    if (isUniqueViolation(error, 'meal_card_outlet_no')) throw conflict(`Card number ${cardNo} is already issued`);
    throw error;
  }
}

/** Records the verified birth date of a card issued without one; a verified date is not edited. */
export async function verifyBirthDate(ctx: RequestContext, cardId: string, birthDate: string): Promise<MealCard> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const date = assertBirthDate(birthDate, localDate(now));
  return ctx.dataSource.transaction(async (m) => {
    const card = await m
      .getRepository(MealCard)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: assertUuid(cardId, 'cardId') })
      .getOne();
    if (!card) throw notFound('MealCard', cardId);
    const [outlet] = await m.query('SELECT enterprise_id FROM outlet WHERE id = $1', [card.outletId]);
    assertEnterpriseWriter(viewer, outlet.enterprise_id);
    if (card.birthDate) throw conflict('The card already has a verified birth date');
    card.birthDate = date;
    card.birthDateVerifiedBy = viewer.actor;
    card.birthDateVerifiedAt = now;
    return m.save(stampUpdated(card, viewer.actor, now));
  });
}

/**
 * Erases a card holder on request (DESIGN "Access"): name, birth date and the links to
 * the resident and household go; the card and its meals — which the canteen's money
 * depends on — stay, without the person. The holder, the enterprise's staff or an admin
 * may ask; asking again changes nothing.
 */
export async function eraseMealCardHolder(ctx: RequestContext, cardId: string): Promise<MealCard> {
  const viewer = requireViewer(ctx);
  const id = assertUuid(cardId, 'cardId');
  return ctx.dataSource.transaction(async (m) => {
    const card = await m.getRepository(MealCard).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
    if (!card) throw notFound('MealCard', cardId);
    if (card.erasedAt) return card;
    const isHolder = !!card.residentId && card.residentId === viewer.residentId;
    if (!isHolder) {
      const [outlet] = await m.query('SELECT enterprise_id FROM outlet WHERE id = $1', [card.outletId]);
      assertEnterpriseWriter(viewer, outlet.enterprise_id);
    }
    const now = ctx.clock.now();
    Object.assign(card, {
      holderName: null,
      birthDate: null,
      birthDateVerifiedBy: null,
      birthDateVerifiedAt: null,
      residentId: null,
      householdId: null,
      erasedAt: now,
      erasedBy: viewer.actor,
    });
    return m.save(stampUpdated(card, viewer.actor, now));
  });
}

export interface MealInput {
  cardId: string;
  payFromCharityFund?: boolean | null;
  idempotencyKey: string;
}

/**
 * Serves a meal: priced by the diner's age on today's local date from the tier table;
 * paid by the diner, or from the charity fund for a registered family in difficulty
 * (the fund locked, never negative). The canteen books the sale either way.
 */
export async function recordMeal(ctx: RequestContext, input: MealInput): Promise<Meal> {
  const viewer = requireViewer(ctx);
  const key = assertIdempotencyKey(input.idempotencyKey);
  const cardId = assertUuid(input.cardId, 'cardId');
  const fromFund = !!input.payFromCharityFund;
  const card = await ctx.dataSource.getRepository(MealCard).findOneBy({ id: cardId });
  if (!card) throw notFound('MealCard', cardId);
  const [outlet] = await ctx.dataSource.query('SELECT enterprise_id FROM outlet WHERE id = $1', [card.outletId]);
  assertEnterpriseWriter(viewer, outlet.enterprise_id);
  const paidBy = fromFund ? MealPaidBy.CHARITY_FUND : MealPaidBy.DINER;
  const replay = async (m: EntityManager) => {
    const first = await m.getRepository(Meal).findOneBy({ outletId: card.outletId, idempotencyKey: key });
    if (first && (first.cardId !== cardId || first.paidBy !== paidBy))
      throw conflict('This idempotencyKey was used for another meal', { idempotencyKey: key });
    return first;
  };
  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
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
      return meal;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'meal_idempotency')) return (await replay(ctx.dataSource.manager))!;
    throw error;
  }
}

export interface SupplyInput {
  outletId: string;
  merchantName: string;
  description: string;
  valueFen: bigint;
  idempotencyKey: string;
}

/** A merchant's half-price supply: the canteen's cost is half, the other half is credited to the charity fund. */
export async function recordMerchantSupply(ctx: RequestContext, input: SupplyInput): Promise<MerchantSupply> {
  const viewer = requireViewer(ctx);
  const key = assertIdempotencyKey(input.idempotencyKey);
  const valueFen = assertPositiveFen(input.valueFen, 'valueFen');
  const merchantName = boundedText(input.merchantName, 'merchantName', 100);
  const description = boundedText(input.description, 'description', 500);
  const outlet = await outletOfKind(ctx.dataSource.manager, input.outletId, OutletKind.CANTEEN);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const replay = async (m: EntityManager) => {
    const first = await m.getRepository(MerchantSupply).findOneBy({ outletId: outlet.id, idempotencyKey: key });
    if (first && (first.valueFen !== valueFen || first.merchantName !== merchantName || first.description !== description))
      throw conflict('This idempotencyKey was used for another supply');
    return first;
  };
  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
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
      return supply;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'merchant_supply_idempotency')) return (await replay(ctx.dataSource.manager))!;
    throw error;
  }
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
