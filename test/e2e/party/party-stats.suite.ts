import type { TypedDocument } from '../../support/post-graphql';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { IssueCategory } from '../../typed/graphql';
import { codeOf, Fixture, ok, orgFixture } from './party-helpers';

graphql(`
  fragment PartyStatsFigures on CompoundPartyStats {
    reports
    responded
    respondedWithinPromise
    shareRespondedWithinPromise
    medianResponseSeconds
    resolved
    medianResolutionSeconds
    averageSatisfaction
    byCategory {
      key
      count
    }
    byPath {
      key
      count
    }
    wishesFulfilled
    volunteerMinutes
    volunteerHours
  }
`);

const ReportIssue = graphql(`
  mutation PartyStatsReportIssue($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      id
    }
  }
`);

const Respond = graphql(`
  mutation PartyStatsRespond($id: ID!) {
    respondToIssueReport(id: $id) {
      id
    }
  }
`);

const Resolve = graphql(`
  mutation PartyStatsResolve($id: ID!, $note: String!) {
    resolveIssueReport(id: $id, note: $note) {
      id
    }
  }
`);

const Close = graphql(`
  mutation PartyStatsClose($id: ID!, $satisfaction: Int!) {
    closeIssueReport(id: $id, satisfaction: $satisfaction) {
      id
    }
  }
`);

const BlowWhistle = graphql(`
  mutation PartyStatsBlowWhistle($id: ID!) {
    blowWhistle(id: $id, department: "区住建局") {
      id
    }
  }
`);

const HandToProperty = graphql(`
  mutation PartyStatsHandToProperty($id: ID!) {
    handIssueReportToProperty(id: $id) {
      id
    }
  }
`);

const PostWish = graphql(`
  mutation PartyStatsPostWish($c: ID!) {
    postMicroWish(input: { compoundId: $c, title: "心愿" }) {
      id
    }
  }
`);

const ClaimWish = graphql(`
  mutation PartyStatsClaimWish($id: ID!) {
    claimMicroWish(id: $id) {
      id
    }
  }
`);

const FulfilWish = graphql(`
  mutation PartyStatsFulfilWish($id: ID!) {
    fulfilMicroWish(id: $id) {
      id
    }
  }
`);

const CreateActivity = graphql(`
  mutation PartyStatsCreateActivity($i: CreateActivityInput!) {
    createActivity(input: $i) {
      id
    }
  }
`);

const SignUp = graphql(`
  mutation PartyStatsSignUp($a: ID!) {
    signUpForActivity(activityId: $a) {
      id
    }
  }
`);

const RecordAttendance = graphql(`
  mutation PartyStatsRecordAttendance($a: ID!, $p: String!) {
    recordAttendance(activityId: $a, participantId: $p) {
      id
    }
  }
`);

const CreateCompoundInNewYork = graphql(`
  mutation PartyStatsCreateCompoundInNewYork($c: ID!) {
    createCompound(input: { communityId: $c, name: "Zulu NY", timeZone: "America/New_York" }) {
      id
      timeZone
    }
  }
`);

const Stats = graphql(`
  query PartyStatsOfCompound($c: ID!, $from: String!, $to: String!) {
    partyStats(compoundId: $c, from: $from, to: $to) {
      from
      to
      ...PartyStatsFigures
    }
  }
`);

const NovemberFirstPage = graphql(`
  query PartyStatsNovemberFirstPage($a: String) {
    partyStatsByCompound(from: "2026-11-01", to: "2026-11-30", first: 2, after: $a) {
      totalCount
      edges {
        node {
          compound {
            name
          }
          reports
          shareRespondedWithinPromise
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OctoberAfter = graphql(`
  query PartyStatsOctoberAfter($a: String) {
    partyStatsByCompound(from: "2026-10-01", to: "2026-10-31", after: $a) {
      edges {
        node {
          compound {
            name
          }
          reports
        }
      }
    }
  }
`);

const NovemberTotal = graphql(`
  query PartyStatsNovemberTotal {
    partyStatsByCompound(from: "2026-11-01", to: "2026-11-30") {
      totalCount
    }
  }
`);

describe('party: analyst figures per compound and period', () => {
  let stack: Stack;
  let f: Fixture;
  let grid: string;
  let reporter: string;
  let compoundNY: string;
  const analyst = () => tokenFor('analyst');

  async function reportAt(iso: string, category: IssueCategory, compoundId = f.compoundA, token = reporter): Promise<string> {
    stack.clock.set(iso);
    return ok(await stack.query(ReportIssue, { i: { compoundId, area: 'east-gate', category, description: '情况' } }, token)).reportIssue
      .id;
  }
  async function after<V extends { id: string }>(seconds: number, mutation: TypedDocument<unknown, V>, variables: V, token = grid) {
    stack.clock.advance(seconds * 1000);
    ok(await stack.query(mutation, variables, token));
  }

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    grid = await tokenFor('grid_worker', { compoundId: f.compoundA }, { sub: 'grid-a' });
    reporter = await tokenFor('resident', { compoundId: f.compoundA }, { sub: 'reporter-a' });

    // R1: 23:59 on 31 October, Shanghai; answered in 300 s (after midnight), resolved, closed with 4.
    const r1 = await reportAt('2026-10-31T23:59:00+08:00', 'ENVIRONMENT');
    await after(300, Respond, { id: r1 });
    await after(3300, Resolve, { id: r1, note: 'ok' });
    await after(60, Close, { id: r1, satisfaction: 4 }, reporter);
    // R2: 00:01 on 1 November; answered at 601 s, whistle, resolved 7200 s after the report.
    const r2 = await reportAt('2026-11-01T00:01:00+08:00', 'FACILITY_REPAIR');
    await after(601, Respond, { id: r2 });
    await after(10, BlowWhistle, { id: r2 });
    await after(7200 - 611, Resolve, { id: r2, note: '修好了' });
    // R3: answered at exactly 600 s, handed to property.
    const r3 = await reportAt('2026-11-10T10:00:00+08:00', 'FACILITY_REPAIR');
    await after(600, Respond, { id: r3 });
    await after(60, HandToProperty, { id: r3 });
    // R4: the last half-minute of November, never answered. R5: midnight of 1 December, out of November.
    await reportAt('2026-11-30T23:59:30+08:00', 'ENVIRONMENT');
    await reportAt('2026-12-01T00:00:00+08:00', 'ENVIRONMENT');

    // Micro-wishes fulfilled either side of the boundary.
    const volunteer = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: 'vol-x' });
    for (const at of ['2026-10-31T23:59:00+08:00', '2026-11-01T00:01:00+08:00']) {
      stack.clock.set('2026-10-20T00:00:00Z');
      const wish = ok(await stack.query(PostWish, { c: f.compoundA }, grid)).postMicroWish.id;
      ok(await stack.query(ClaimWish, { id: wish }, volunteer));
      stack.clock.set(at);
      ok(await stack.query(FulfilWish, { id: wish }, volunteer));
    }

    // Activities starting at 23:59 (60 min, 1 attendee) and 00:01 (120 min, 2 of 3 attend).
    const activity = async (startsAt: string, minutes: number, people: string[], attended: string[]) => {
      stack.clock.set('2026-10-20T00:00:00Z');
      const endsAt = new Date(new Date(startsAt).getTime() + minutes * 60_000).toISOString();
      const id = ok(
        await stack.query(
          CreateActivity,
          { i: { compoundId: f.compoundA, kind: 'CLEAN_UP', title: '清洁', startsAt, endsAt, capacity: 10, points: 5 } },
          grid,
        ),
      ).createActivity.id;
      for (const p of people)
        ok(await stack.query(SignUp, { a: id }, await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: p })));
      stack.clock.set(endsAt);
      for (const p of attended) ok(await stack.query(RecordAttendance, { a: id, p }, grid));
    };
    await activity('2026-10-31T23:59:00+08:00', 60, ['v1'], ['v1']);
    await activity('2026-11-01T00:01:00+08:00', 120, ['v1', 'v2', 'v3'], ['v1', 'v2']);

    // A compound in another zone: 23:59 on 31 October in New York is 03:59 UTC on 1 November.
    const admin = await tokenFor('admin');
    const [{ community_id }] = await stack.dataSources.party.query(`SELECT community_id FROM compound WHERE id = $1`, [f.compoundA]);
    compoundNY = ok(await stack.query(CreateCompoundInNewYork, { c: community_id }, admin)).createCompound.id;
    await reportAt('2026-11-01T03:59:00Z', 'OTHER', compoundNY, await tokenFor('grid_worker', { compoundId: compoundNY }));
  });
  afterAll(() => stack.stop());

  const stats = async (compoundId: string, from: string, to: string, token?: string) =>
    stack.query(Stats, { c: compoundId, from, to }, token ?? (await analyst()));

  it('puts 23:59 on 31 October in October and 00:01 on 1 November in November (Asia/Shanghai)', async () => {
    const october = ok(await stats(f.compoundA, '2026-10-01', '2026-10-31')).partyStats;
    expect(october).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      reports: 1,
      responded: 1,
      respondedWithinPromise: 1,
      shareRespondedWithinPromise: 1,
      medianResponseSeconds: 300,
      resolved: 1,
      medianResolutionSeconds: 3600,
      averageSatisfaction: 4,
      byCategory: [{ key: 'ENVIRONMENT', count: 1 }],
      byPath: [{ key: 'COMMUNITY', count: 1 }],
      wishesFulfilled: 1,
      volunteerMinutes: 60,
      volunteerHours: 1,
    });
    const november = ok(await stats(f.compoundA, '2026-11-01', '2026-11-30')).partyStats;
    expect(november).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      reports: 3,
      responded: 2,
      // R2 was filed on Sunday night: its promise started at 08:30 on Monday, so its answer
      // on Sunday kept it. R3 at 600 s keeps it; unanswered R4 counts against.
      respondedWithinPromise: 2,
      shareRespondedWithinPromise: 2 / 3,
      medianResponseSeconds: 600.5,
      resolved: 1,
      medianResolutionSeconds: 7200,
      averageSatisfaction: null,
      byCategory: [
        { key: 'ENVIRONMENT', count: 1 },
        { key: 'FACILITY_REPAIR', count: 2 },
      ],
      byPath: [
        { key: 'PROPERTY', count: 1 },
        { key: 'WHISTLE', count: 1 },
      ],
      wishesFulfilled: 1,
      volunteerMinutes: 240,
      volunteerHours: 4,
    });
    const oneDay = ok(await stats(f.compoundA, '2026-12-01', '2026-12-01')).partyStats;
    expect(oneDay.reports).toBe(1);
  });

  it('uses each compound’s own time zone', async () => {
    expect(ok(await stats(compoundNY, '2026-10-01', '2026-10-31')).partyStats.reports).toBe(1);
    expect(ok(await stats(compoundNY, '2026-11-01', '2026-11-30')).partyStats.reports).toBe(0);
    const all = ok(await stack.query(NovemberFirstPage, { a: null }, await analyst())).partyStatsByCompound;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node)).toEqual([
      { compound: { name: 'Alpha' }, reports: 3, shareRespondedWithinPromise: 2 / 3 },
      { compound: { name: 'Beta' }, reports: 0, shareRespondedWithinPromise: null },
    ]);
    const rest = ok(await stack.query(OctoberAfter, { a: all.pageInfo.endCursor }, await analyst())).partyStatsByCompound;
    expect(rest.edges.map((e) => e.node)).toEqual([{ compound: { name: 'Zulu NY' }, reports: 1 }]);
  });

  it('answers analysts and the compound’s own Party secretary only, and checks the period', async () => {
    expect(
      ok(await stats(f.compoundA, '2026-11-01', '2026-11-30', await tokenFor('party_secretary', { compoundId: f.compoundA }))).partyStats
        .reports,
    ).toBe(3);
    expect(
      codeOf(await stats(f.compoundA, '2026-11-01', '2026-11-30', await tokenFor('party_secretary', { compoundId: f.compoundB }))),
    ).toBe('FORBIDDEN');
    expect(codeOf(await stats(f.compoundA, '2026-11-01', '2026-11-30', grid))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(NovemberTotal, {}, await tokenFor('party_secretary', { compoundId: f.compoundA })))).toBe('FORBIDDEN');
    expect(codeOf(await stats(f.compoundA, '2026-11-31', '2026-12-01'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stats(f.compoundA, '2026-11-30', '2026-11-01'))).toBe('BAD_USER_INPUT');
  });
});
