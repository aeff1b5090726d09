import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, conflict, forbidden } from '../../../shared/errors';
import { byCreated, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { pastOrToday } from '../../../shared/time/calendar-date';
import { localDate } from '../../../shared/time/local-time';
import { boundedText } from '../../../shared/validation';
import { assertEnterpriseWriter } from '../access/access';
import { OutletKind } from '../outlet/outlet.enums';
import { outletById } from '../outlet/outlet.loaders';
import { enterpriseOfOutlet, outletOfKind } from '../outlet/outlet.service';
import { mealCardById } from './canteen.loaders';
import { MealCard } from './meal-card.entity';

export interface IssueCardInput {
  outletId: string;
  cardNo: string;
  residentId?: string | null;
  householdId?: string | null;
  holderName?: string | null;
  birthDate?: string | null;
}

/** Issues a meal card (饭卡); a birth date given here counts as verified by the issuing staff. */
export async function issueMealCard(ctx: RequestContext, input: IssueCardInput): Promise<MealCard> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const cardNo = boundedText(input.cardNo, 'cardNo', 40);
  const birthDate = input.birthDate == null ? null : pastOrToday(input.birthDate, localDate(now), 'birthDate');
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

async function lockedCard(m: EntityManager, id: string, cardId: string): Promise<MealCard> {
  const card = m.getRepository(MealCard).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  return loadOrNotFound(card, 'MealCard', cardId);
}

/** Records the verified birth date of a card issued without one; a verified date is not edited. */
export async function verifyBirthDate(ctx: RequestContext, cardId: string, birthDate: string): Promise<MealCard> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const date = pastOrToday(birthDate, localDate(now), 'birthDate');
  return ctx.dataSource.transaction(async (m) => {
    const card = await lockedCard(m, assertUuid(cardId, 'cardId'), cardId);
    assertEnterpriseWriter(viewer, await enterpriseOfOutlet(m, card.outletId));
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
    const card = await lockedCard(m, id, cardId);
    if (card.erasedAt) return card;
    const isHolder = !!card.residentId && card.residentId === viewer.residentId;
    if (!isHolder) assertEnterpriseWriter(viewer, await enterpriseOfOutlet(m, card.outletId));
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

/** Name and birth date: the holder, the canteen's staff, admins and services; never analysts. */
export async function seesCardPersonalData(ctx: RequestContext, card: MealCard): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.seesPersonalDataOf(card.residentId)) return true;
  const outlet = await outletById(ctx).load(card.outletId);
  return !!outlet && viewer.grants('enterprise_staff').some((g) => g.enterpriseId === outlet.enterpriseId);
}

/** A meal card for the holder, the canteen and analysts. */
export async function readableMealCard(ctx: RequestContext, id: string): Promise<MealCard> {
  const card = await loadOrNotFound(mealCardById(ctx).load(assertUuid(id)), 'MealCard', id);
  const viewer = requireViewer(ctx);
  if (!(viewer.isAnalyst || (await seesCardPersonalData(ctx, card))))
    throw forbidden('Only the holder, the canteen and analysts read a meal card');
  return card;
}

/** The signed-in resident's meal cards (none when the token names no resident). */
export async function ownMealCards(ctx: RequestContext): Promise<MealCard[]> {
  const residentId = requireViewer(ctx).residentId;
  if (!residentId) return [];
  return ctx.dataSource.getRepository(MealCard).find({ where: { residentId }, order: { createdAt: 'ASC' } });
}

/** A canteen's meal cards, oldest first (callers check `readableCanteen`). */
export const mealCardList = defineList<MealCard, { outletId: string }>({
  entity: MealCard,
  alias: 'x',
  filters: { outletId: (qb, id) => qb.andWhere('x.outlet_id = :id', { id }) },
  order: byCreated<MealCard>('x'),
});
