import { randomUUID } from 'node:crypto';
import { notifyEventId } from '../../../shared/notify/notify-event';
import { EscalationWorker } from '../../../subgraphs/party/escalation/escalation.worker';
import { SUBGRAPHS } from '../../../subgraphs';
import { eventually } from '../../support/eventually';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { codeOf, countRows, createResident, Fixture, ok, orgFixture } from './party-helpers';

graphql(`
  fragment PromiseEscalationReport on IssueReport {
    id
    status
    reportedAt
    promiseStartedAt
    respondedWithinPromise
    responseOverdue
    escalationLevel
    escalations {
      level
      dueAt
      recipients
      status
      doneAt
    }
  }
`);

const File = graphql(`
  mutation PromiseEscalationFile($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      ...PromiseEscalationReport
    }
  }
`);

const Report = graphql(`
  query PromiseEscalationReport($id: ID!) {
    issueReport(id: $id) {
      ...PromiseEscalationReport
      entries {
        kind
        note
        by
      }
    }
  }
`);

const Respond = graphql(`
  mutation PromiseEscalationRespond($id: ID!) {
    respondToIssueReport(id: $id) {
      ...PromiseEscalationReport
    }
  }
`);

const Resolve = graphql(`
  mutation PromiseEscalationResolve($id: ID!) {
    resolveIssueReport(id: $id, note: "已处理") {
      id
      status
    }
  }
`);

const HandToProperty = graphql(`
  mutation PromiseEscalationHandToProperty($id: ID!) {
    handIssueReportToProperty(id: $id) {
      id
      status
    }
  }
`);

const Policy = graphql(`
  query PromiseEscalationPolicy($id: ID!) {
    compound(id: $id) {
      escalationPolicy {
        isDefault
        levels {
          level
          afterSeconds
          recipients
        }
      }
    }
  }
`);

const SetPolicy = graphql(`
  mutation PromiseEscalationSetPolicy($i: SetEscalationPolicyInput!) {
    setCompoundEscalationPolicy(input: $i) {
      isDefault
      levels {
        level
        afterSeconds
        recipients
      }
    }
  }
`);

const Stats = graphql(`
  query PromiseEscalationStats($c: ID!) {
    partyStats(compoundId: $c, from: "2026-11-01", to: "2026-12-31") {
      reports
      respondedWithinPromise
      escalatedLevel1
      escalatedLevel2
    }
  }
`);

const OPEN_REPORT = `mutation($input: OpenReportFromIntakeInput!) { openReportFromIntake(input: $input) { id } }`;

/** Monday 23 November 2026, 10:00 in Shanghai: the grid is on duty. */
const MONDAY_10 = '2026-11-23T02:00:00.000Z';
/** Monday 08:30 in Shanghai, when duty begins after the weekend. */
const MONDAY_0830 = '2026-11-23T00:30:00.000Z';

interface OutboxEvent {
  record_id: string;
  status: string;
  payload: Record<string, unknown>;
}

describe('party: the 10-minute promise kept live (duty hours, escalation, events to notify)', () => {
  let stack: Stack;
  let f: Fixture;
  let communityId: string;
  let residentId: string;
  let resident: string;
  let grid: string;
  let secretary: string;

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    [{ community_id: communityId }] = await stack.dataSources.party.query(`SELECT community_id FROM compound WHERE id = $1`, [f.compoundA]);
    residentId = await createResident(stack, f.compoundA, f.householdA, { name: '孙八', phone: '13900001111' });
    resident = await tokenFor('resident', { compoundId: f.compoundA }, { residentId, sub: 'resident-sun' });
    grid = await tokenFor('grid_worker', { compoundId: f.compoundA }, { sub: 'grid-a' });
    secretary = await tokenFor('party_secretary', { compoundId: f.compoundA }, { sub: 'sec-a' });
  });
  afterAll(() => stack.stop());
  // Each test starts from no due rows: what earlier tests left pending is evaluated far ahead.
  afterEach(async () => {
    stack.clock.set('2027-01-01T00:00:00Z');
    const w = new EscalationWorker(stack.dataSources.party, { clock: stack.clock });
    while ((await w.runOnce()) > 0);
  });

  const file = async (token = resident, compoundId = f.compoundA) =>
    ok(
      await stack.query(
        File,
        {
          i: {
            compoundId,
            buildingId: compoundId === f.compoundA ? f.buildingA : f.buildingB,
            category: 'FACILITY_REPAIR',
            description: '3楼楼道灯不亮',
          },
        },
        token,
      ),
    ).reportIssue;
  const read = async (id: string) => ok(await stack.query(Report, { id }, grid)).issueReport;
  const events = (recordId: string, kind?: string): Promise<OutboxEvent[]> =>
    stack.dataSources.party.query(
      `SELECT record_id, status, payload FROM handover_outbox WHERE topic = 'notify.event' AND payload->>'recordId' = $1 AND ($2::text IS NULL OR payload->>'kind' = $2) ORDER BY created_at, payload->>'kind', payload->>'level'`,
      [recordId, kind ?? null],
    );
  const worker = () => new EscalationWorker(stack.dataSources.party, { clock: stack.clock });

  it('starts the promise at once in duty hours, and tells the grid workers of the new report', async () => {
    stack.clock.set(MONDAY_10);
    const r = await file();
    expect(r).toMatchObject({ reportedAt: MONDAY_10, promiseStartedAt: MONDAY_10, escalationLevel: 0, responseOverdue: false });
    expect(r.escalations).toEqual([
      { level: 1, dueAt: '2026-11-23T02:10:00.000Z', recipients: ['PARTY_SECRETARY'], status: 'PENDING', doneAt: null },
      { level: 2, dueAt: '2026-11-23T02:30:00.000Z', recipients: ['COMMUNITY_PARTY_SECRETARIES'], status: 'PENDING', doneAt: null },
    ]);
    const eventId = notifyEventId('party', 'REPORT_FILED', r.id);
    expect(await events(r.id)).toEqual([
      {
        record_id: eventId,
        status: 'PENDING',
        payload: {
          eventId,
          kind: 'REPORT_FILED',
          recordType: 'IssueReport',
          recordId: r.id,
          compoundId: f.compoundA,
          audience: [{ kind: 'GRID_WORKERS', scopeId: f.compoundA }],
          personal: false,
          textZh: 'Alpha Building 1 有新的随手报：设施报修',
          textEn: 'New report in Alpha Building 1: facility repair',
          level: null,
          occurredAt: MONDAY_10,
        },
      },
    ]);
    // No resident's name, phone or free text in what party sends.
    const sent = JSON.stringify(await events(r.id));
    for (const secret of ['孙八', '13900001111', '楼道灯']) expect(sent).not.toContain(secret);
    ok(await stack.query(Respond, { id: r.id }, grid));
  });

  it('starts a report filed at the weekend when duty begins, and tells property’s staff on duty of it', async () => {
    stack.clock.set('2026-11-22T02:00:00.000Z'); // Sunday 10:00 in Shanghai
    const r = await file();
    expect(r).toMatchObject({ promiseStartedAt: MONDAY_0830, responseOverdue: false });
    expect(r.escalations.map((e) => e.dueAt)).toEqual(['2026-11-23T00:40:00.000Z', '2026-11-23T01:00:00.000Z']);
    expect((await events(r.id, 'REPORT_FILED'))[0].payload.audience).toEqual([{ kind: 'PROPERTY_ON_DUTY', scopeId: f.compoundA }]);
    // Nothing is due over the weekend.
    stack.clock.set('2026-11-23T00:40:00.000Z');
    expect(await worker().runOnce()).toBe(0);
    expect((await read(r.id)).responseOverdue).toBe(false);
    stack.clock.advance(1000);
    expect((await read(r.id)).responseOverdue).toBe(true);
    // A grid worker answering on Sunday would have kept the promise; this one answers late.
    const answered = ok(await stack.query(Respond, { id: r.id }, grid)).respondToIssueReport;
    expect(answered).toMatchObject({ status: 'RESPONDED', respondedWithinPromise: false });
  });

  it('starts the promise at filing at any hour with PROMISE_HOURS=always (the demo setting); the audience still follows duty', async () => {
    stack.clock.set('2026-11-23T13:00:00.000Z'); // Monday 21:00 in Shanghai: the grid is off duty
    process.env.PROMISE_HOURS = 'always';
    let r: Awaited<ReturnType<typeof file>>;
    try {
      r = await file();
    } finally {
      delete process.env.PROMISE_HOURS;
    }
    expect(r.promiseStartedAt).toBe('2026-11-23T13:00:00.000Z');
    expect(r.escalations.map((e) => e.dueAt)).toEqual(['2026-11-23T13:10:00.000Z', '2026-11-23T13:30:00.000Z']);
    const [filed] = await events(r.id, 'REPORT_FILED');
    expect(filed.payload.audience).toEqual([{ kind: 'PROPERTY_ON_DUTY', scopeId: f.compoundA }]);
    ok(await stack.query(Respond, { id: r.id }, grid));
  });

  it('escalates nothing when the first response comes at 600 s', async () => {
    stack.clock.set(MONDAY_10);
    const r = await file();
    stack.clock.advance(600_000);
    expect(await worker().runOnce()).toBe(0);
    ok(await stack.query(Respond, { id: r.id }, grid));
    stack.clock.advance(3_600_000);
    expect(await worker().runOnce()).toBeGreaterThanOrEqual(1);
    const after = await read(r.id);
    expect(after).toMatchObject({ status: 'RESPONDED', escalationLevel: 0, respondedWithinPromise: true });
    expect(after.escalations.map((e) => [e.level, e.status, e.doneAt])).toEqual([
      [1, 'SETTLED', '2026-11-23T03:10:00.000Z'],
      [2, 'SETTLED', '2026-11-23T03:10:00.000Z'],
    ]);
    expect(after.entries.map((e) => e.kind)).toEqual(['REPORTED', 'RESPONDED']);
    expect(await events(r.id, 'REPORT_ESCALATED')).toEqual([]);
  });

  it('escalates to the Party secretary at 601 s without changing the status; a late response stops level 2', async () => {
    stack.clock.set(MONDAY_10);
    const r = await file();
    stack.clock.advance(601_000);
    expect(await worker().runOnce()).toBe(1);
    const escalated = await read(r.id);
    expect(escalated).toMatchObject({ status: 'SUBMITTED', escalationLevel: 1, responseOverdue: true });
    expect(escalated.escalations.map((e) => [e.level, e.status, e.doneAt])).toEqual([
      [1, 'FIRED', '2026-11-23T02:10:01.000Z'],
      [2, 'PENDING', null],
    ]);
    expect(escalated.entries.slice(-1)).toEqual([
      {
        kind: 'PROMISE_ESCALATED',
        note: 'Level 1: no first response 600 s into the promise; told PARTY_SECRETARY',
        by: 'service:party-escalation',
      },
    ]);
    const eventId = notifyEventId('party', 'REPORT_ESCALATED', r.id, 1);
    expect(await events(r.id, 'REPORT_ESCALATED')).toEqual([
      {
        record_id: eventId,
        status: 'PENDING',
        payload: {
          eventId,
          kind: 'REPORT_ESCALATED',
          recordType: 'IssueReport',
          recordId: r.id,
          compoundId: f.compoundA,
          audience: [{ kind: 'PARTY_SECRETARY', scopeId: f.compoundA }],
          personal: false,
          textZh: 'Alpha Building 1 的随手报（设施报修）超过承诺时限仍未响应，已升级至第1级',
          textEn: 'Report in Alpha Building 1 (facility repair) has no response past the promise: escalated to level 1',
          level: 1,
          occurredAt: '2026-11-23T02:10:01.000Z',
        },
      },
    ]);
    // The late response is accepted, breaks the promise, and settles level 2.
    stack.clock.advance(60_000);
    expect(ok(await stack.query(Respond, { id: r.id }, grid)).respondToIssueReport).toMatchObject({
      status: 'RESPONDED',
      respondedWithinPromise: false,
      escalationLevel: 1,
    });
    stack.clock.set('2026-11-23T02:40:00.000Z');
    expect(await worker().runOnce()).toBe(1);
    const settled = await read(r.id);
    expect(settled.escalationLevel).toBe(1);
    expect(settled.escalations.map((e) => e.status)).toEqual(['FIRED', 'SETTLED']);
    expect((await events(r.id, 'REPORT_ESCALATED')).length).toBe(1);
  });

  it('escalates to the community’s Party secretaries at 1801 s still unanswered', async () => {
    stack.clock.set(MONDAY_10);
    const r = await file();
    stack.clock.advance(1_801_000);
    expect(await worker().runOnce()).toBe(2);
    const after = await read(r.id);
    expect(after).toMatchObject({ status: 'SUBMITTED', escalationLevel: 2 });
    expect(after.entries.map((e) => e.kind)).toEqual(['REPORTED', 'PROMISE_ESCALATED', 'PROMISE_ESCALATED']);
    const sent = await events(r.id, 'REPORT_ESCALATED');
    expect(sent.map((e) => [e.payload.level, e.payload.audience])).toEqual([
      [1, [{ kind: 'PARTY_SECRETARY', scopeId: f.compoundA }]],
      [2, [{ kind: 'COMMUNITY_PARTY_SECRETARIES', scopeId: communityId }]],
    ]);
    expect(sent[1].record_id).toBe(notifyEventId('party', 'REPORT_ESCALATED', r.id, 2));
    ok(await stack.query(Respond, { id: r.id }, grid));
  });

  it('fires on start-up what fell due while party was down: one level-1 escalation at minute 12, level 2 not yet', async () => {
    const workers = SUBGRAPHS.party.workers!(stack.dataSources.party, stack.clock);
    expect(workers.filter((w) => w instanceof EscalationWorker)).toHaveLength(1);
    stack.clock.set(MONDAY_10);
    const r = await file();
    // No worker runs from here (party down at minute 5) until minute 12.
    stack.clock.advance(12 * 60_000);
    const started = new EscalationWorker(stack.dataSources.party, { clock: stack.clock, pollMs: 50 });
    started.start();
    try {
      await eventually('level 1 fired at start-up', async () => (await read(r.id)).escalationLevel === 1, { boundMs: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 300)); // a few more polls
    } finally {
      await started.stop();
    }
    const after = await read(r.id);
    expect(after.escalations.map((e) => [e.level, e.status])).toEqual([
      [1, 'FIRED'],
      [2, 'PENDING'],
    ]);
    expect(await events(r.id, 'REPORT_ESCALATED')).toHaveLength(1);
    ok(await stack.query(Respond, { id: r.id }, grid));
  });

  it('fires each due row exactly once with two workers racing', async () => {
    stack.clock.set(MONDAY_10);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await file(grid)).id);
    stack.clock.advance(1_801_000);
    const a = worker();
    const b = worker();
    const drain = async (w: EscalationWorker) => {
      let total = 0;
      for (let n = await w.runOnce(); n > 0; n = await w.runOnce()) total += n;
      return total;
    };
    const [byA, byB] = await Promise.all([drain(a), drain(b)]);
    expect(byA + byB).toBe(60);
    const fired = await stack.dataSources.party.query(
      `SELECT level, count(*)::int AS n FROM report_escalation WHERE report_id = ANY($1) AND status = 'FIRED' GROUP BY level ORDER BY level`,
      [ids],
    );
    expect(fired).toEqual([
      { level: 1, n: 30 },
      { level: 2, n: 30 },
    ]);
    expect(await countRows(stack, 'issue_report_entry', `kind = 'PROMISE_ESCALATED' AND report_id = ANY($1)`, [ids])).toBe(60);
    expect(
      await countRows(
        stack,
        'handover_outbox',
        `topic = 'notify.event' AND payload->>'kind' = 'REPORT_ESCALATED' AND payload->>'recordId' = ANY($1)`,
        [ids],
      ),
    ).toBe(60);
    expect(await countRows(stack, 'issue_report', `id = ANY($1) AND escalation_level = 2 AND status = 'SUBMITTED'`, [ids])).toBe(30);
    for (const id of ids) ok(await stack.query(Respond, { id }, grid));
  });

  it('sets aside a row whose evaluation fails, so the rows due after it still fire, and fires it once it can', async () => {
    const party = stack.dataSources.party;
    stack.clock.set(MONDAY_10);
    const stuck = await file(grid);
    stack.clock.advance(60_000);
    const next = await file(grid);
    stack.clock.advance(601_000); // both level-1 rows due, the stuck one first
    // The database refuses to escalate the first report (as a broken row would) until the trigger goes.
    await party.query(
      `CREATE FUNCTION refuse_escalation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`,
    );
    await party.query(
      `CREATE TRIGGER refuse_escalation BEFORE UPDATE OF escalation_level ON issue_report
       FOR EACH ROW WHEN (OLD.id = '${stuck.id}') EXECUTE FUNCTION refuse_escalation()`,
    );
    const w = worker();
    try {
      expect(await w.runOnce()).toBe(2);
      expect((await read(stuck.id)).escalationLevel).toBe(0);
      expect((await read(next.id)).escalationLevel).toBe(1);
      // Set aside for a back-off: the next pass does not try it again at once.
      expect(await w.runOnce()).toBe(0);
    } finally {
      await party.query('DROP TRIGGER refuse_escalation ON issue_report');
      await party.query('DROP FUNCTION refuse_escalation()');
    }
    await eventually('the set-aside row fires once its back-off has passed', async () => (await w.runOnce()) > 0, { boundMs: 10_000 });
    const fired = await read(stuck.id);
    expect(fired.escalationLevel).toBe(1);
    expect(fired.escalations.map((e) => [e.level, e.status])).toEqual([
      [1, 'FIRED'],
      [2, 'PENDING'],
    ]);
    expect(await events(stuck.id, 'REPORT_ESCALATED')).toHaveLength(1);
    for (const id of [stuck.id, next.id]) ok(await stack.query(Respond, { id }, grid));
  });

  it('tells the reporting resident of the response, the hand-over and the resolution, and nobody else', async () => {
    stack.clock.set(MONDAY_10);
    const handed = await file();
    stack.clock.advance(60_000);
    ok(await stack.query(Respond, { id: handed.id }, grid));
    stack.clock.advance(60_000);
    ok(await stack.query(HandToProperty, { id: handed.id }, grid));
    const resolved = await file();
    ok(await stack.query(Respond, { id: resolved.id }, grid));
    ok(await stack.query(Resolve, { id: resolved.id }, grid));
    const toResident = (e: OutboxEvent) => [e.payload.kind, e.payload.audience, e.payload.personal, e.record_id];
    const me = [{ kind: 'RESIDENT', scopeId: residentId }];
    expect((await events(handed.id)).filter((e) => e.payload.kind !== 'REPORT_FILED').map(toResident)).toEqual([
      ['REPORT_RESPONDED', me, true, notifyEventId('party', 'REPORT_RESPONDED', handed.id)],
      ['REPORT_HANDED_TO_PROPERTY', me, true, notifyEventId('party', 'REPORT_HANDED_TO_PROPERTY', handed.id)],
    ]);
    const [resolvedEvent] = await events(resolved.id, 'REPORT_RESOLVED');
    expect(resolvedEvent.payload).toMatchObject({
      audience: me,
      personal: true,
      textZh: '您在Alpha Building 1的随手报（设施报修）已办结，请确认销号或重新打开',
      textEn: 'Your report in Alpha Building 1 (facility repair) was resolved: please confirm or reopen it',
    });
    // A grid worker's own report has no resident to tell.
    const own = await file(grid);
    ok(await stack.query(Respond, { id: own.id }, grid));
    expect((await events(own.id)).map((e) => e.payload.kind)).toEqual(['REPORT_FILED']);
  });

  it('starts property’s after-hours intake when duty begins, with its due rows and REPORT_FILED', async () => {
    stack.clock.set('2026-11-23T13:00:00.000Z'); // Monday 21:00 in Shanghai
    const input = {
      intakeId: randomUUID(),
      compoundId: f.compoundA,
      buildingId: null,
      area: null,
      text: '电梯困人已处理',
      at: stack.clock.now().toISOString(),
    };
    const opened = ok(
      await stack.callAs<{ openReportFromIntake: { id: string } }>('property', 'party', OPEN_REPORT, { input }),
    ).openReportFromIntake;
    const r = await read(opened.id);
    expect(r.promiseStartedAt).toBe('2026-11-24T00:30:00.000Z');
    expect(r.escalations.map((e) => [e.level, e.dueAt])).toEqual([
      [1, '2026-11-24T00:40:00.000Z'],
      [2, '2026-11-24T01:00:00.000Z'],
    ]);
    const [filed] = await events(opened.id, 'REPORT_FILED');
    expect(filed.payload).toMatchObject({
      audience: [{ kind: 'PROPERTY_ON_DUTY', scopeId: f.compoundA }],
      textZh: 'Alpha service-station 有新的随手报：其他',
      textEn: 'New report in Alpha service-station: other',
    });
    stack.clock.set('2026-11-24T00:35:00.000Z');
    ok(await stack.query(Respond, { id: opened.id }, grid));
  });

  it('keeps a policy per compound: defaults, set by its Party secretary with checked input, used for reports filed after', async () => {
    expect(ok(await stack.query(Policy, { id: f.compoundB }, grid)).compound.escalationPolicy).toEqual({
      isDefault: true,
      levels: [
        { level: 1, afterSeconds: 600, recipients: ['PARTY_SECRETARY'] },
        { level: 2, afterSeconds: 1800, recipients: ['COMMUNITY_PARTY_SECRETARIES'] },
      ],
    });
    const levels = [
      { afterSeconds: 300, recipients: ['GRID_WORKERS', 'PARTY_SECRETARY'] },
      { afterSeconds: 900, recipients: ['COMMUNITY_PARTY_SECRETARIES'] },
      { afterSeconds: 3600, recipients: ['COMMUNITY_PARTY_SECRETARIES', 'PROPERTY_ON_DUTY'] },
    ];
    const secretaryB = await tokenFor('party_secretary', { compoundId: f.compoundB }, { sub: 'sec-b' });
    const set = (token: string, l: typeof levels) => stack.query(SetPolicy, { i: { compoundId: f.compoundB, levels: l } }, token);
    expect(codeOf(await set(secretary, levels))).toBe('FORBIDDEN'); // compound A's secretary
    expect(codeOf(await set(await tokenFor('grid_worker', { compoundId: f.compoundB }), levels))).toBe('FORBIDDEN');
    const refused = await set(secretaryB, [levels[1], levels[0]]);
    expect([codeOf(refused), refused.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'levels[1].afterSeconds']);
    const resident = await set(secretaryB, [{ afterSeconds: 60, recipients: ['RESIDENT'] }]);
    expect([codeOf(resident), resident.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'levels[0].recipients']);
    const unknown = await stack.query(SetPolicy, { i: { compoundId: randomUUID(), levels } }, await tokenFor('admin'));
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(await countRows(stack, 'compound_escalation_policy')).toBe(0);

    const expected = { isDefault: false, levels: levels.map((l, i) => ({ level: i + 1, ...l })) };
    expect(ok(await set(secretaryB, levels)).setCompoundEscalationPolicy).toEqual(expected);
    expect(ok(await stack.query(Policy, { id: f.compoundB }, grid)).compound.escalationPolicy).toEqual(expected);
    const [stored] = await stack.dataSources.party.query(
      `SELECT levels, updated_by FROM compound_escalation_policy WHERE compound_id = $1`,
      [f.compoundB],
    );
    expect(stored).toEqual({ levels: expected.levels, updated_by: 'sec-b' });
    // An admin may set it too; compound A keeps the defaults.
    ok(await set(await tokenFor('admin'), levels));
    expect(ok(await stack.query(Policy, { id: f.compoundA }, grid)).compound.escalationPolicy!.isDefault).toBe(true);

    stack.clock.set(MONDAY_10);
    const r = await file(await tokenFor('grid_worker', { compoundId: f.compoundB }), f.compoundB);
    expect(r.escalations.map((e) => [e.level, e.dueAt, e.recipients])).toEqual([
      [1, '2026-11-23T02:05:00.000Z', ['GRID_WORKERS', 'PARTY_SECRETARY']],
      [2, '2026-11-23T02:15:00.000Z', ['COMMUNITY_PARTY_SECRETARIES']],
      [3, '2026-11-23T03:00:00.000Z', ['COMMUNITY_PARTY_SECRETARIES', 'PROPERTY_ON_DUTY']],
    ]);
    stack.clock.advance(301_000);
    expect(await worker().runOnce()).toBe(1);
    const [sent] = await events(r.id, 'REPORT_ESCALATED');
    expect(sent.payload.audience).toEqual([
      { kind: 'GRID_WORKERS', scopeId: f.compoundB },
      { kind: 'PARTY_SECRETARY', scopeId: f.compoundB },
    ]);
    ok(await stack.query(Respond, { id: r.id }, await tokenFor('grid_worker', { compoundId: f.compoundB })));
    stack.clock.advance(3_600_000);
    await worker().runOnce();
  });

  it('counts escalations per compound beside the 10-minute compliance in partyStats', async () => {
    // Compound B: one report, escalated to level 1 only.
    expect(ok(await stack.query(Stats, { c: f.compoundB }, await tokenFor('analyst'))).partyStats).toEqual({
      reports: 1,
      respondedWithinPromise: 1, // answered at 301 s: past its compound's level 1, within the promise's 600 s
      escalatedLevel1: 1,
      escalatedLevel2: 0,
    });
    const [a] = await stack.dataSources.party.query(
      `SELECT count(*)::int AS reports, (count(*) FILTER (WHERE escalation_level >= 1))::int AS l1, (count(*) FILTER (WHERE escalation_level >= 2))::int AS l2,
              (count(*) FILTER (WHERE responded_at - promise_started_at <= interval '600 seconds'))::int AS within
         FROM issue_report WHERE compound_id = $1`,
      [f.compoundA],
    );
    expect(a.l2).toBe(31); // the racing 30 and the one left unanswered to 1801 s
    expect(ok(await stack.query(Stats, { c: f.compoundA }, await tokenFor('analyst'))).partyStats).toEqual({
      reports: a.reports,
      respondedWithinPromise: a.within,
      escalatedLevel1: a.l1,
      escalatedLevel2: 31,
    });
  });
});
