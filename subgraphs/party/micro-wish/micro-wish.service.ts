import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { Viewer } from '../../../shared/auth/viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { setFilter } from '../../../shared/pagination/filters';
import { bySeq, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, optionalText } from '../../../shared/validation';
import { hasReportedIn } from '../party-org/party-org.service';
import { Resident } from '../resident/resident.entity';
import { MicroWish } from './micro-wish.entity';
import { WishStatus } from './micro-wish.enums';
import type { MicroWishPageArgs, PostMicroWishInput } from './micro-wish.types';

/** Compounds' micro-wishes, oldest first, by status set: every compound's page of a query in one statement. */
const microWishList = defineList<MicroWish, { statuses?: WishStatus[] | null }>({
  entity: MicroWish,
  alias: 'w',
  filters: { statuses: (qb, statuses) => qb.andWhere('w.status = ANY(:statuses)', { statuses }) },
  order: bySeq('w'),
  parent: { column: 'w.compound_id', of: (w) => w.compoundId },
});

/** `Compound.microWishes`. */
export function compoundMicroWishes(ctx: RequestContext, compoundId: string, args: MicroWishPageArgs) {
  return microWishList.pageOf(
    ctx,
    compoundId,
    { statuses: setFilter(args.statuses, args.status, { set: 'statuses', single: 'status' }) },
    args,
  );
}

/** A wish is claimed by a volunteer of its compound or a Party member who reported in there. */
async function assertMayClaim(m: EntityManager, viewer: Viewer, compoundId: string): Promise<void> {
  if (viewer.isAdmin || viewer.compoundsWith('volunteer').includes(compoundId)) return;
  if (viewer.hasRole('party_member') && (await hasReportedIn(m, viewer, compoundId))) return;
  throw forbidden('Volunteers of this compound and Party members who reported in here claim its wishes');
}

function assertClaimer(wish: MicroWish, viewer: Viewer): void {
  if (wish.status !== WishStatus.CLAIMED) throw conflict(`The wish is ${wish.status}, not claimed`, { status: wish.status });
  if (wish.claimedBy !== viewer.actor) throw forbidden('Only whoever claimed the wish may fulfil or release it');
}

async function wishChange(
  ctx: RequestContext,
  rawId: string,
  change: (m: EntityManager, wish: MicroWish, viewer: Viewer, now: Date) => Promise<void>,
): Promise<MicroWish> {
  const id = assertUuid(rawId);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    // The row lock makes two simultaneous claims take turns: the second sees CLAIMED.
    const wish = await loadOrNotFound(m.findOne(MicroWish, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'MicroWish', id);
    await change(m, wish, viewer, now);
    stampUpdated(wish, viewer.actor, now);
    return m.save(wish);
  });
}

/** A resident posts a micro-wish (微心愿) for themselves, or the grid posts one for a resident. */
export async function postMicroWish(ctx: RequestContext, input: PostMicroWishInput): Promise<MicroWish> {
  const viewer = requireViewer(ctx);
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const title = boundedText(input.title, 'title', 100);
  const description = optionalText(input.description, 'description', 1000);
  const forResident = input.residentId ? assertUuid(input.residentId, 'residentId') : null;
  const isGrid = viewer.canActInCompound(compoundId, 'grid_worker', 'party_secretary');
  if (!isGrid && !viewer.compoundsWith('resident', 'owner').includes(compoundId))
    throw forbidden('Residents of this compound, or its grid, post wishes here');
  const residentId = isGrid ? forResident : (viewer.residentId ?? null);
  return inTransaction(ctx, async (m) => {
    if (residentId) {
      const resident = await m.findOneBy(Resident, { id: residentId });
      if (!resident || resident.compoundId !== compoundId)
        throw badInput('The resident does not live in this compound', { field: 'residentId' });
    }
    const row = Object.assign(new MicroWish(), {
      id: randomUUID(),
      compoundId,
      residentId,
      postedBy: viewer.actor,
      title,
      description,
      status: WishStatus.OPEN,
      claimedBy: null,
      claimedAt: null,
      fulfilledAt: null,
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    await m.insert(MicroWish, row);
    return row;
  });
}

/** Claim an open wish; each wish is claimed once. */
export function claimMicroWish(ctx: RequestContext, id: string): Promise<MicroWish> {
  return wishChange(ctx, id, async (m, wish, viewer, now) => {
    await assertMayClaim(m, viewer, wish.compoundId);
    if (wish.status !== WishStatus.OPEN) throw conflict(`The wish is ${wish.status}, not open`, { status: wish.status });
    Object.assign(wish, { status: WishStatus.CLAIMED, claimedBy: viewer.actor, claimedAt: now });
  });
}

/** The claimer fulfils the wish. */
export function fulfilMicroWish(ctx: RequestContext, id: string): Promise<MicroWish> {
  return wishChange(ctx, id, async (_m, wish, viewer, now) => {
    assertClaimer(wish, viewer);
    Object.assign(wish, { status: WishStatus.FULFILLED, fulfilledAt: now });
  });
}

/** The claimer gives the wish back for someone else. */
export function releaseMicroWish(ctx: RequestContext, id: string): Promise<MicroWish> {
  return wishChange(ctx, id, async (_m, wish, viewer) => {
    assertClaimer(wish, viewer);
    Object.assign(wish, { status: WishStatus.OPEN, claimedBy: null, claimedAt: null });
  });
}
