import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { codeOf, Fixture, ok, orgFixture } from './party-helpers';

const CreateActivity = graphql(`
  mutation ActivitiesPointsCreateActivity($i: CreateActivityInput!) {
    createActivity(input: $i) {
      id
      capacity
      points
      durationMinutes
    }
  }
`);

const SignUp = graphql(`
  mutation ActivitiesPointsSignUp($a: ID!) {
    signUpForActivity(activityId: $a) {
      participantId
      attended
    }
  }
`);

const RecordAttendance = graphql(`
  mutation ActivitiesPointsRecordAttendance($a: ID!, $p: String!) {
    recordAttendance(activityId: $a, participantId: $p) {
      attended
      attendedAt
    }
  }
`);

const MyPoints = graphql(`
  query ActivitiesPointsMyPoints {
    myPoints {
      balance
      entries {
        totalCount
        edges {
          node {
            delta
            kind
            reason
          }
        }
      }
    }
  }
`);

const ActivitiesWithSignUps = graphql(`
  query ActivitiesPointsActivitiesWithSignUps($c: ID!) {
    compound(id: $c) {
      activities(first: 100) {
        edges {
          node {
            title
            signedUpCount
            signUps {
              participantId
              participantName
              attended
            }
          }
        }
      }
    }
  }
`);

const ActivitiesForGrid = graphql(`
  query ActivitiesPointsActivitiesForGrid($c: ID!) {
    compound(id: $c) {
      activities(first: 100) {
        edges {
          node {
            title
            signUps {
              participantId
              attended
            }
          }
        }
      }
    }
  }
`);

const RedeemPoints = graphql(`
  mutation ActivitiesPointsRedeemPoints($i: RedeemPointsInput!) {
    redeemPoints(input: $i) {
      id
      delta
      kind
      reason
    }
  }
`);

describe('party: activities, attendance and the points ledger', () => {
  let stack: Stack;
  let f: Fixture;
  let grid: string;

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    grid = await tokenFor('grid_worker', { compoundId: f.compoundA });
  });
  afterAll(() => stack.stop());

  const createActivity = async (capacity: number, points: number, title = '小区开放日') =>
    ok(
      await stack.query(
        CreateActivity,
        {
          i: {
            compoundId: f.compoundA,
            kind: 'OPEN_DAY',
            title,
            startsAt: '2026-11-28T01:00:00Z',
            endsAt: '2026-11-28T03:30:00Z',
            capacity,
            points,
          },
        },
        grid,
      ),
    ).createActivity;
  const signUp = (activityId: string, token: string) => stack.query(SignUp, { a: activityId }, token);
  const attend = (activityId: string, participantId: string, token = grid) =>
    stack.query(RecordAttendance, { a: activityId, p: participantId }, token);
  const balanceOf = async (holder: string) => {
    const rows = await stack.dataSources.party.query(`SELECT balance FROM points_account WHERE holder_id = $1`, [holder]);
    return rows[0]?.balance ?? 0;
  };

  it('validates activities and takes sign-ups up to capacity, once each, before the start', async () => {
    stack.clock.set('2026-11-22T02:00:00Z');
    const bad = await stack.query(
      CreateActivity,
      {
        i: {
          compoundId: f.compoundA,
          kind: 'CLEAN_UP',
          title: 'x',
          startsAt: '2026-11-28T03:00:00Z',
          endsAt: '2026-11-28T01:00:00Z',
          capacity: 5,
          points: 1,
        },
      },
      grid,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const activity = await createActivity(2, 10);
    expect(activity.durationMinutes).toBe(150);
    const a = await tokenFor('resident', { compoundId: f.compoundA }, { sub: 'res-a' });
    ok(await signUp(activity.id, a));
    expect(codeOf(await signUp(activity.id, a))).toBe('CONFLICT');
    expect(codeOf(await signUp(activity.id, await tokenFor('resident', { compoundId: f.compoundB }, { sub: 'res-out' })))).toBe(
      'FORBIDDEN',
    );
    ok(await signUp(activity.id, await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: 'vol-b' })));
    expect(codeOf(await signUp(activity.id, await tokenFor('resident', { compoundId: f.compoundA }, { sub: 'res-c' })))).toBe('CONFLICT');
    const started = await createActivity(10, 1, '已开始');
    stack.clock.set('2026-11-28T01:00:00Z');
    expect(codeOf(await signUp(started.id, a))).toBe('CONFLICT');
  });

  it('fills the last places exactly when 20 people sign up at once', async () => {
    stack.clock.set('2026-11-22T02:00:00Z');
    const activity = await createActivity(5, 0, '免费理发');
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, n) => tokenFor('resident', { compoundId: f.compoundA }, { sub: `crowd-${n}` })),
    );
    const results = await Promise.all(tokens.map((t) => signUp(activity.id, t)));
    expect(results.filter((r) => !r.errors).length).toBe(5);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(15);
    const [{ n }] = await stack.dataSources.party.query(`SELECT count(*)::int AS n FROM activity_signup WHERE activity_id = $1`, [
      activity.id,
    ]);
    expect(n).toBe(5);
  });

  it('awards attendance points once, and only the compound’s grid records attendance', async () => {
    stack.clock.set('2026-11-22T02:00:00Z');
    const activity = await createActivity(10, 30, '微党课');
    const holder = 'points-holder';
    const token = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: holder });
    ok(await signUp(activity.id, token));
    expect(codeOf(await attend(activity.id, holder))).toBe('CONFLICT'); // not started yet
    stack.clock.set('2026-11-28T02:00:00Z');
    expect(codeOf(await attend(activity.id, holder, await tokenFor('grid_worker', { compoundId: f.compoundB })))).toBe('FORBIDDEN');
    expect(codeOf(await attend(activity.id, 'never-signed-up'))).toBe('BAD_USER_INPUT');
    expect(ok(await attend(activity.id, holder)).recordAttendance).toEqual({ attended: true, attendedAt: '2026-11-28T02:00:00.000Z' });
    stack.clock.advance(60_000);
    expect(ok(await attend(activity.id, holder)).recordAttendance.attendedAt).toBe('2026-11-28T02:00:00.000Z');
    expect(await balanceOf(holder)).toBe(30);
    const mine = ok(await stack.query(MyPoints, {}, token)).myPoints;
    expect(mine).toEqual({
      balance: 30,
      entries: { totalCount: 1, edges: [{ node: { delta: 30, kind: 'EARNED', reason: 'Attended: 微党课' } }] },
    });
    const seen = ok(await stack.query(ActivitiesWithSignUps, { c: f.compoundA }, await tokenFor('analyst')));
    const lesson = seen.compound.activities?.edges.find((e) => e.node.title === '微党课')?.node;
    expect(lesson?.signedUpCount).toBe(1);
    expect(lesson?.signUps).toEqual([]); // analysts are not the grid: no individual sign-ups
    const gridView = ok(await stack.query(ActivitiesForGrid, { c: f.compoundA }, grid));
    expect(gridView.compound.activities?.edges.find((e) => e.node.title === '微党课')?.node.signUps).toEqual([
      { participantId: holder, attended: true },
    ]);
  });

  it('redeems points idempotently and never beyond the balance', async () => {
    const holder = 'points-holder';
    const token = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: holder });
    const redeem = (points: number, key: string, perk = '洗衣液一瓶') =>
      stack.query(RedeemPoints, { i: { compoundId: f.compoundA, points, perk, idempotencyKey: key } }, token);
    expect(codeOf(await redeem(31, 'k-too-much'))).toBe('CONFLICT');
    // Perks are handed out at a compound the holder belongs to.
    const elsewhere = await stack.query(
      RedeemPoints,
      { i: { compoundId: f.compoundB, points: 1, perk: 'x', idempotencyKey: 'k-b' } },
      token,
    );
    expect(codeOf(elsewhere)).toBe('FORBIDDEN');
    expect(codeOf(await redeem(0, 'k-zero'))).toBe('BAD_USER_INPUT');
    const first = ok(await redeem(10, 'k-1')).redeemPoints;
    expect(first).toMatchObject({ delta: -10, kind: 'REDEEMED', reason: '洗衣液一瓶' });
    expect(ok(await redeem(10, 'k-1')).redeemPoints.id).toBe(first.id);
    expect(codeOf(await redeem(5, 'k-1'))).toBe('CONFLICT');
    expect(await balanceOf(holder)).toBe(20);
    const [{ n }] = await stack.dataSources.party.query(`SELECT count(*)::int AS n FROM points_entry WHERE holder_id = $1`, [holder]);
    expect(n).toBe(2);
    // Someone with no account at all has nothing to redeem.
    const stranger = await tokenFor('resident', { compoundId: f.compoundA }, { sub: 'no-points' });
    expect(
      codeOf(await stack.query(RedeemPoints, { i: { compoundId: f.compoundA, points: 1, perk: 'x', idempotencyKey: 'k' } }, stranger)),
    ).toBe('CONFLICT');
  });

  it('lets exactly k of 20 simultaneous redemptions through when the balance covers k', async () => {
    stack.clock.set('2026-11-22T02:00:00Z');
    const activity = await createActivity(10, 70, '清洁家园');
    const holder = 'racer';
    const token = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: holder });
    ok(await signUp(activity.id, token));
    stack.clock.set('2026-11-28T02:00:00Z');
    ok(await attend(activity.id, holder));
    expect(await balanceOf(holder)).toBe(70);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        stack.query(RedeemPoints, { i: { compoundId: f.compoundA, points: 10, perk: '鸡蛋一盒', idempotencyKey: `race-${n}` } }, token),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(7);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(13);
    expect(await balanceOf(holder)).toBe(0);
    const [{ total }] = await stack.dataSources.party.query(`SELECT sum(delta)::int AS total FROM points_entry WHERE holder_id = $1`, [
      holder,
    ]);
    expect(total).toBe(0);
    // The database itself refuses a negative balance, whatever the code does.
    await expect(
      stack.dataSources.party.query(`UPDATE points_account SET balance = balance - 1 WHERE holder_id = $1`, [holder]),
    ).rejects.toThrow(/points_balance_never_negative/);
  });
});
