import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { Viewer } from '../../../shared/auth/viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { bySeq, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, intInRange } from '../../../shared/validation';
import { assertCompoundRole, PARTY_ROLES } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { hasReportedIn } from '../party-org/party-org.service';
import { ActivitySignup } from './activity-signup.entity';
import { PointsEntryKind } from './activity.enums';
import { Activity } from './activity.entity';
import { signupsByActivity } from './activity.loaders';
import type { CreateActivityInput, PointsAccount, RedeemPointsInput } from './activity.types';
import { PointsEntry } from './points-entry.entity';

/** A compound's activities, oldest planned first. */
export const activityList = defineList<Activity, { compoundId: string }>({
  entity: Activity,
  alias: 'a',
  filters: { compoundId: (qb, id) => qb.andWhere('a.compound_id = :id', { id }) },
  order: bySeq('a'),
});

/** A holder's points ledger, oldest first. */
export const pointsEntryList = defineList<PointsEntry, { holderId: string }>({
  entity: PointsEntry,
  alias: 'e',
  filters: { holderId: (qb, h) => qb.andWhere('e.holder_id = :h', { h }) },
  order: bySeq('e'),
});

/** Residents, owners and volunteers of the compound, and Party members who reported in there, take part. */
async function assertParticipant(m: EntityManager, viewer: Viewer, compoundId: string): Promise<void> {
  if (viewer.compoundsWith('resident', 'owner', 'volunteer', 'grid_worker', 'party_secretary').includes(compoundId)) return;
  if (viewer.hasRole('party_member') && (await hasReportedIn(m, viewer, compoundId))) return;
  throw forbidden('Only people of this compound sign up for its activities');
}

/** Adds to a holder's balance, creating the account on first points; a source key is credited once. */
async function creditPoints(
  m: EntityManager,
  holderId: string,
  compoundId: string,
  points: number,
  reason: string,
  sourceKey: string,
  by: string,
  at: Date,
): Promise<boolean> {
  if (points <= 0) return false;
  await m.query(`INSERT INTO points_account (holder_id, balance, updated_at) VALUES ($1, 0, $2) ON CONFLICT (holder_id) DO NOTHING`, [
    holderId,
    at,
  ]);
  // The unique source key makes the award happen once, however often attendance is recorded.
  const inserted = await m.query<unknown[]>(
    `INSERT INTO points_entry (id, holder_id, compound_id, delta, kind, reason, source_key, at, by) VALUES ($1,$2,$3,$4,'EARNED',$5,$6,$7,$8)
     ON CONFLICT (source_key) DO NOTHING RETURNING id`,
    [randomUUID(), holderId, compoundId, points, reason, sourceKey, at, by],
  );
  if (inserted.length === 0) return false;
  await m.query(`UPDATE points_account SET balance = balance + $2, updated_at = $3 WHERE holder_id = $1`, [holderId, points, at]);
  return true;
}

/** The grid plans an activity (open day, micro Party lesson, clean-up, free haircuts...). */
export async function createActivity(ctx: RequestContext, input: CreateActivityInput): Promise<Activity> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId);
  if (!(input.endsAt.getTime() > input.startsAt.getTime())) throw badInput('endsAt must be after startsAt', { field: 'endsAt' });
  const row = Object.assign(new Activity(), {
    id: randomUUID(),
    compoundId,
    kind: input.kind,
    title: boundedText(input.title, 'title', 100),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: intInRange(input.capacity, 'capacity', 1, 10_000),
    points: intInRange(input.points, 'points', 0, 1000),
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.insert(Activity, row);
    return row;
  });
}

/** Sign up; refused when full, already signed up, or the activity has started. */
export async function signUpForActivity(ctx: RequestContext, activityId: string): Promise<ActivitySignup> {
  const id = assertUuid(activityId, 'activityId');
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    // Locking the activity makes simultaneous sign-ups count places one at a time.
    const activity = await loadOrNotFound(m.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'Activity', id);
    await assertParticipant(m, viewer, activity.compoundId);
    if (now.getTime() >= activity.startsAt.getTime()) throw conflict('Sign-up closed when the activity started');
    if (await m.findOneBy(ActivitySignup, { activityId: id, participantId: viewer.actor })) throw conflict('You have already signed up');
    const taken = await m.countBy(ActivitySignup, { activityId: id });
    if (taken >= activity.capacity) throw conflict('The activity is full', { capacity: activity.capacity });
    const row = Object.assign(new ActivitySignup(), {
      id: randomUUID(),
      activityId: id,
      participantId: viewer.actor,
      participantName: viewer.claims.name ?? viewer.actor,
      signedUpAt: now,
      attendedAt: null,
      attendedBy: null,
    });
    await m.insert(ActivitySignup, row);
    return row;
  });
}

/** The grid records attendance; the activity's points are awarded once, however often this is called. */
export async function recordAttendance(ctx: RequestContext, activityId: string, participantId: string): Promise<ActivitySignup> {
  const id = assertUuid(activityId, 'activityId');
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const activity = await loadOrNotFound(m.findOneBy(Activity, { id }), 'Activity', id);
    const viewer = assertCompoundRole(ctx, activity.compoundId);
    if (now.getTime() < activity.startsAt.getTime()) throw conflict('The activity has not started yet');
    const signup = await m.findOne(ActivitySignup, { where: { activityId: id, participantId }, lock: { mode: 'pessimistic_write' } });
    if (!signup) throw badInput(`${participantId} did not sign up for this activity`, { field: 'participantId' });
    if (!signup.attendedAt) {
      signup.attendedAt = now;
      signup.attendedBy = viewer.actor;
      await m.save(signup);
    }
    await creditPoints(
      m,
      participantId,
      activity.compoundId,
      activity.points,
      `Attended: ${activity.title}`,
      `activity:${id}:${participantId}`,
      viewer.actor,
      now,
    );
    return signup;
  });
}

/** Sign-ups of an activity: the compound's grid sees all, others only their own. */
export async function signUpsSeenBy(ctx: RequestContext, activity: Activity): Promise<ActivitySignup[]> {
  const viewer = requireViewer(ctx);
  const all = await signupsByActivity(ctx).load(activity.id);
  return viewer.canActInCompound(activity.compoundId, ...PARTY_ROLES) ? all : all.filter((s) => s.participantId === viewer.actor);
}

/** A participant's name is personal: analysts see it only for themselves. */
export function seesParticipantName(viewer: Viewer, signup: ActivitySignup): boolean {
  return !(viewer.isAnalyst && !viewer.isAdmin && signup.participantId !== viewer.actor);
}

/** The signed-in user's balance (0 before any points). */
export async function myPoints(ctx: RequestContext): Promise<PointsAccount> {
  const holderId = requireViewer(ctx).actor;
  const [row] = await ctx.dataSource.query<{ balance: number }[]>(`SELECT balance FROM points_account WHERE holder_id = $1`, [holderId]);
  return { holderId, balance: row ? row.balance : 0 };
}

/**
 * Redeem points for a perk, never beyond the balance. Idempotent like every
 * balance-moving write: the key is the caller's; the same key and input returns the
 * first entry, the same key with another input is CONFLICT.
 */
export async function redeemPoints(ctx: RequestContext, input: RedeemPointsInput): Promise<PointsEntry> {
  const viewer = requireViewer(ctx);
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const points = intInRange(input.points, 'points', 1, 1_000_000);
  const perk = boundedText(input.perk, 'perk', 100);
  const key = idempotencyKey(input.idempotencyKey);
  const sourceKey = `redeem:${viewer.actor}:${key}`;
  const now = ctx.clock.now();
  const request = { operation: 'points.redeem', scope: viewer.actor, key, request: { compoundId, points, perk } };
  const entryId = await once(ctx, viewer.actor, request, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await assertParticipant(m, viewer, compoundId);
    // One conditional UPDATE: the row lock orders simultaneous redemptions and each
    // re-checks the balance it would leave, so k affordable ones succeed, no more.
    // (TypeORM answers an UPDATE with [rows, rowCount].)
    const [rows] = await m.query<[unknown[], number]>(
      `UPDATE points_account SET balance = balance - $2, updated_at = $3 WHERE holder_id = $1 AND balance >= $2 RETURNING balance`,
      [viewer.actor, points, now],
    );
    if (rows.length === 0) throw conflict('Not enough points for this redemption', { points });
    const entry = Object.assign(new PointsEntry(), {
      id: randomUUID(),
      holderId: viewer.actor,
      compoundId,
      delta: -points,
      kind: PointsEntryKind.REDEEMED,
      reason: perk,
      sourceKey,
      at: now,
      by: viewer.actor,
    });
    await m.insert(PointsEntry, entry);
    return entry.id;
  });
  return ctx.dataSource.manager.findOneByOrFail(PointsEntry, { id: entryId });
}
