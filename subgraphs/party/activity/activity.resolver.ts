import { randomUUID } from 'node:crypto';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import type { Viewer } from '../../../shared/auth/viewer';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole, PARTY_ROLES } from '../common/access';
import { inTransaction } from '../common/tx';
import { intInRange } from '../../../shared/validation';
import { requiredText } from '../common/validation';
import { Compound } from '../org-tree/compound.entity';
import { groupedLoader } from '../../../shared/db/entity-loaders';
import { PartyMember } from '../party-org/party-org.entity';
import { Activity, ActivityKind, ActivitySignup, PointsEntry, PointsEntryKind } from './activity.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class ActivityConnection extends Connection(Activity) {}
@ObjectType()
export class PointsEntryConnection extends Connection(PointsEntry) {}

@InputType()
export class CreateActivityInput {
  @Field(() => ID) compoundId: string;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => String) title: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Points for attending, 0–1000.' }) points: number;
}

@InputType()
export class RedeemPointsInput {
  @Field(() => ID, { description: 'The compound whose station hands out the perk.' }) compoundId: string;
  @Field(() => Int) points: number;
  @Field(() => String, { description: 'What the points buy.' }) perk: string;
  @Field(() => String, { description: 'Same key and input → the first result; same key, other input → CONFLICT.' }) idempotencyKey: string;
}

@ObjectType({ description: "The signed-in user's points." })
export class PointsAccount {
  @Field(() => String) holderId: string;
  @Field(() => Int) balance: number;
}

const signupsByActivity = (ctx: RequestContext) =>
  groupedLoader(ctx, 'signupsByActivity', ActivitySignup, 'activityId', { signedUpAt: 'ASC' });

/** Residents, owners and volunteers of the compound, and Party members who reported in there, take part. */
async function assertParticipant(m: EntityManager, viewer: Viewer, compoundId: string): Promise<void> {
  if (viewer.compoundsWith('resident', 'owner', 'volunteer', 'grid_worker', 'party_secretary').includes(compoundId)) return;
  if (viewer.hasRole('party_member')) {
    const member = await m.findOneBy(PartyMember, { compoundId, userId: viewer.actor });
    if (member?.reportedInAt) return;
  }
  throw forbidden('Only people of this compound sign up for its activities');
}

/** Adds to a holder's balance, creating the account on first points. */
export async function creditPoints(
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
  const inserted = await m.query(
    `INSERT INTO points_entry (id, holder_id, compound_id, delta, kind, reason, source_key, at, by) VALUES ($1,$2,$3,$4,'EARNED',$5,$6,$7,$8)
     ON CONFLICT (source_key) DO NOTHING RETURNING id`,
    [randomUUID(), holderId, compoundId, points, reason, sourceKey, at, by],
  );
  if (inserted.length === 0) return false;
  await m.query(`UPDATE points_account SET balance = balance + $2, updated_at = $3 WHERE holder_id = $1`, [holderId, points, at]);
  return true;
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Activity, { description: 'Plan an activity (open day, micro Party lesson, clean-up, free haircuts...).' })
  async createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: RequestContext): Promise<Activity> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId);
    if (!(input.endsAt.getTime() > input.startsAt.getTime())) throw badInput('endsAt must be after startsAt', { field: 'endsAt' });
    const row = Object.assign(new Activity(), {
      id: randomUUID(),
      compoundId,
      kind: input.kind,
      title: requiredText(input.title, 'title', 100),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: intInRange(input.capacity, 'capacity', 1, 10_000),
      points: intInRange(input.points, 'points', 0, 1000),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await m.insert(Activity, row);
      return row;
    });
  }

  @Authorized()
  @Mutation(() => ActivitySignup, { description: 'Sign up; refused when full, already signed up, or the activity has started.' })
  async signUpForActivity(@Arg('activityId', () => ID) activityId: string, @Ctx() ctx: RequestContext): Promise<ActivitySignup> {
    const id = assertUuid(activityId, 'activityId');
    const viewer = requireViewer(ctx);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      // Locking the activity makes simultaneous sign-ups count places one at a time.
      const activity = await m.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw notFound('Activity', id);
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

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => ActivitySignup, {
    description: 'Record attendance; the activity’s points are awarded once, however often this is called.',
  })
  async recordAttendance(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('participantId', () => String) participantId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivitySignup> {
    const id = assertUuid(activityId, 'activityId');
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const activity = await m.findOneBy(Activity, { id });
      if (!activity) throw notFound('Activity', id);
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

  @FieldResolver(() => Int)
  async signedUpCount(@Root() a: Activity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await signupsByActivity(ctx).load(a.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Volunteer minutes of each attendee (the activity’s length).' })
  durationMinutes(@Root() a: Activity): number {
    return Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000);
  }

  @FieldResolver(() => [ActivitySignup], { description: "Sign-ups: the compound's grid sees all, others only their own." })
  async signUps(@Root() a: Activity, @Ctx() ctx: RequestContext): Promise<ActivitySignup[]> {
    const viewer = requireViewer(ctx);
    const all = await signupsByActivity(ctx).load(a.id);
    return viewer.canActInCompound(a.compoundId, ...PARTY_ROLES) ? all : all.filter((s) => s.participantId === viewer.actor);
  }
}

@Resolver(() => ActivitySignup)
export class ActivitySignupResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Personal: null for analysts.' })
  participantName(@Root() s: ActivitySignup, @Ctx() ctx: RequestContext): string | null {
    const viewer = requireViewer(ctx);
    return viewer.isAnalyst && !viewer.isAdmin && s.participantId !== viewer.actor ? null : s.participantName;
  }

  @FieldResolver(() => Boolean)
  attended(@Root() s: ActivitySignup): boolean {
    return s.attendedAt !== null;
  }
}

@Resolver(() => PointsAccount)
export class PointsResolver {
  @Authorized()
  @Query(() => PointsAccount, { description: "The signed-in user's points balance." })
  async myPoints(@Ctx() ctx: RequestContext): Promise<PointsAccount> {
    const holderId = requireViewer(ctx).actor;
    const [row] = await ctx.dataSource.query(`SELECT balance FROM points_account WHERE holder_id = $1`, [holderId]);
    return { holderId, balance: row ? row.balance : 0 };
  }

  @FieldResolver(() => PointsEntryConnection, { description: 'The ledger, oldest first.' })
  entries(
    @Root() account: PointsAccount,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PointsEntryConnection> {
    const qb = ctx.dataSource.getRepository(PointsEntry).createQueryBuilder('e').where('e.holder_id = :h', { h: account.holderId });
    return paginate(qb, args, { column: 'e.seq', idColumn: 'e.id', valueOf: (e) => String(e.seq), idOf: (e) => e.id });
  }

  @Authorized()
  @Mutation(() => PointsEntry, {
    description: 'Redeem points for a perk. Never more than the balance: the database refuses a balance below zero.',
  })
  async redeemPoints(@Arg('input', () => RedeemPointsInput) input: RedeemPointsInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    const viewer = requireViewer(ctx);
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const points = intInRange(input.points, 'points', 1, 1_000_000);
    const perk = requiredText(input.perk, 'perk', 100);
    const key = requiredText(input.idempotencyKey, 'idempotencyKey', 100);
    const sourceKey = `redeem:${viewer.actor}:${key}`;
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const earlier = await m.findOneBy(PointsEntry, { sourceKey });
      if (earlier) {
        if (earlier.delta === -points && earlier.reason === perk && earlier.compoundId === compoundId) return earlier;
        throw conflict('This idempotencyKey was used for another redemption');
      }
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await assertParticipant(m, viewer, compoundId);
      // One conditional UPDATE: the row lock orders simultaneous redemptions and each
      // re-checks the balance it would leave, so k affordable ones succeed, no more.
      // (TypeORM answers an UPDATE with [rows, rowCount].)
      const [rows] = (await m.query(
        `UPDATE points_account SET balance = balance - $2, updated_at = $3 WHERE holder_id = $1 AND balance >= $2 RETURNING balance`,
        [viewer.actor, points, now],
      )) as [unknown[], number];
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
      return entry;
    });
  }
}

@Resolver(() => Compound)
export class CompoundActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities, oldest planned first.' })
  activities(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ActivityConnection> {
    const qb = ctx.dataSource.getRepository(Activity).createQueryBuilder('a').where('a.compound_id = :id', { id: c.id });
    return paginate(qb, args, { column: 'a.seq', idColumn: 'a.id', valueOf: (a) => String(a.seq), idOf: (a) => a.id });
  }
}
