import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InternalClient, useServiceDirectory } from '../../../shared/handover/internal-client';
import { OutboxRelay } from '../../../shared/handover/relay';
import { NOTIFY_EVENT_TOPIC } from '../../../shared/handover/topics';
import {
  enqueueNotifyEvent,
  notifyEventId,
  notifyEventPayload,
  notifyEventRoute,
  type NotifyEvent,
} from '../../../shared/notify/notify-event';
import { EventPruning } from '../../../subgraphs/notify/event/event-pruning';
import { eventually } from '../../support/eventually';
import { codeOf, startStack, type Stack } from '../../support/stack';
import { TEST_START } from '../../support/test-clock';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';

const MyNotifications = graphql(`
  query NotifyMyNotifications($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          sequence
          kind
          recordType
          recordId
          compoundId
          level
          textZh
          textEn
          occurredAt
          readAt
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation NotifyMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      markedCount
      unreadCount
    }
  }
`);

const MarkAllRead = graphql(`
  mutation NotifyMarkAllRead {
    markAllNotificationsRead {
      markedCount
      unreadCount
    }
  }
`);

const Stats = graphql(`
  query NotifyStats($from: DateTimeISO!, $to: DateTimeISO!) {
    notificationStats(from: $from, to: $to) {
      recorded
      byKind {
        kind
        count
      }
      delivered
      pending
      failed
    }
  }
`);

const RECORD = `mutation ($input: NotifyEventInput!) { recordNotifyEvent(input: $input) { eventId sequence } }`;

type Receipt = { recordNotifyEvent: { eventId: string; sequence: string } };

describe('notify: events addressed by role and scope, read by each reader', () => {
  let stack: Stack;
  const compoundA = randomUUID();
  const compoundB = randomUUID();
  const community = randomUUID();
  const residentR = randomUUID();
  const residentOther = randomUUID();
  const companyK = randomUUID();
  const report = randomUUID();
  const order = randomUUID();
  const at = new Date(TEST_START);

  const event = (over: Partial<NotifyEvent> & Pick<NotifyEvent, 'kind' | 'audience'>): NotifyEvent => ({
    eventId: randomUUID(),
    recordType: 'IssueReport',
    recordId: report,
    compoundId: compoundA,
    personal: false,
    textZh: '新的随手报',
    textEn: 'A new report',
    level: null,
    occurredAt: at,
    ...over,
  });

  const filedA = event({ kind: 'REPORT_FILED', audience: [{ kind: 'GRID_WORKERS', scopeId: compoundA }] });
  const filedB = event({ kind: 'REPORT_FILED', compoundId: compoundB, audience: [{ kind: 'GRID_WORKERS', scopeId: compoundB }] });
  const escalated1 = event({ kind: 'REPORT_ESCALATED', level: 1, audience: [{ kind: 'PARTY_SECRETARY', scopeId: compoundA }] });
  const escalated2 = event({ kind: 'REPORT_ESCALATED', level: 2, audience: [{ kind: 'COMMUNITY_PARTY_SECRETARIES', scopeId: community }] });
  const responded = event({ kind: 'REPORT_RESPONDED', personal: true, audience: [{ kind: 'RESIDENT', scopeId: residentR }] });
  const breached = event({
    kind: 'WORK_ORDER_SLA_BREACHED',
    recordType: 'WorkOrder',
    recordId: order,
    audience: [
      { kind: 'DUTY_MANAGERS', scopeId: companyK },
      { kind: 'GRID_WORKERS', scopeId: compoundA },
    ],
  });
  // Filed after the grid's duty hours: for the property staff who take compound B's after-hours intake.
  const afterHours = event({ kind: 'REPORT_FILED', compoundId: compoundB, audience: [{ kind: 'PROPERTY_ON_DUTY', scopeId: compoundB }] });
  const all = [filedA, filedB, escalated1, escalated2, responded, breached, afterHours];

  const tokens: Record<string, string> = {};
  const record = (e: NotifyEvent, caller: 'party' | 'property' = 'party') =>
    stack.callAs<Receipt>(caller, 'notify', RECORD, { input: notifyEventPayload(e) });
  const idsOf = async (token: string) => {
    const result = await stack.query(MyNotifications, { first: 50 }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.myNotifications.edges.map((e) => e.node.id);
  };
  const readRows = (sub: string) =>
    stack.dataSources.notify.query<{ event_id: string; read_at: Date }[]>(
      'SELECT event_id, read_at FROM notification_read WHERE sub = $1 ORDER BY event_id',
      [sub],
    );

  beforeAll(async () => {
    stack = await startStack();
    for (const e of all) {
      const result = await record(e, e.recordType === 'WorkOrder' ? 'property' : 'party');
      expect(result.errors).toBeUndefined();
      // One second apart by the clock, in the order they were recorded.
      stack.clock.advance(1000);
    }
    tokens.gridA = await tokenFor('grid_worker', { compoundId: compoundA }, { sub: 'grid-a' });
    tokens.gridB = await tokenFor('grid_worker', { compoundId: compoundB }, { sub: 'grid-b' });
    tokens.secretaryA = await tokenFor('party_secretary', { compoundId: compoundA }, { sub: 'secretary-a' });
    tokens.secretaryCommunity = await tokenFor('party_secretary', { communityId: community }, { sub: 'secretary-c' });
    tokens.residentR = await tokenFor('resident', { compoundId: compoundA }, { residentId: residentR, sub: 'resident-r' });
    tokens.residentOther = await tokenFor('resident', { compoundId: compoundA }, { residentId: residentOther, sub: 'resident-o' });
    tokens.staffK = await tokenFor('property_staff', { companyId: companyK }, { sub: 'staff-k' });
    tokens.analyst = await tokenFor('analyst', {}, { sub: 'analyst-1' });
    tokens.admin = await tokenFor('admin', {}, { sub: 'admin-1' });
  });
  afterAll(() => stack.stop());

  it('gives each reader exactly the events addressed to them, newest first', async () => {
    expect(await idsOf(tokens.gridA)).toEqual([breached.eventId, filedA.eventId]);
    expect(await idsOf(tokens.gridB)).toEqual([filedB.eventId]);
    expect(await idsOf(tokens.secretaryA)).toEqual([escalated1.eventId]);
    expect(await idsOf(tokens.secretaryCommunity)).toEqual([escalated2.eventId]);
    expect(await idsOf(tokens.residentR)).toEqual([responded.eventId]);
    expect(await idsOf(tokens.residentOther)).toEqual([]);
    // An analyst: every event but the personal one. An admin: every event.
    expect(await idsOf(tokens.analyst)).toEqual([afterHours, breached, escalated2, escalated1, filedB, filedA].map((e) => e.eventId));
    expect(await idsOf(tokens.admin)).toEqual([...all].reverse().map((e) => e.eventId));
    // Property knows nothing of company K (or cannot answer staffAudience yet): no staff keys, and no failure.
    expect(await idsOf(tokens.staffK)).toEqual([]);
  });

  it("shows a notification as the sender wrote it, with the stream's sequence", async () => {
    const result = await stack.query(MyNotifications, { first: 1 }, tokens.secretaryCommunity);
    const node = result.data!.myNotifications.edges[0].node;
    expect(node).toEqual({
      id: escalated2.eventId,
      sequence: expect.stringMatching(/^\d+$/),
      kind: 'REPORT_ESCALATED',
      recordType: 'IssueReport',
      recordId: report,
      compoundId: compoundA,
      level: 2,
      textZh: '新的随手报',
      textEn: 'A new report',
      occurredAt: at.toISOString(),
      readAt: null,
    });
  });

  it('pages newest first with a cursor', async () => {
    const first = await stack.query(MyNotifications, { first: 1 }, tokens.gridA);
    const page = first.data!.myNotifications;
    expect(page.edges.map((e) => e.node.id)).toEqual([breached.eventId]);
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await stack.query(MyNotifications, { first: 1, after: page.pageInfo.endCursor }, tokens.gridA);
    expect(second.data!.myNotifications.edges.map((e) => e.node.id)).toEqual([filedA.eventId]);
    expect(second.data!.myNotifications.pageInfo.hasNextPage).toBe(false);
    // Back again from the second page: the page before it, in the list's own order.
    const back = await stack.query(MyNotifications, { last: 1, before: second.data!.myNotifications.pageInfo.startCursor }, tokens.gridA);
    expect(back.data!.myNotifications.edges.map((e) => e.node.id)).toEqual([breached.eventId]);
    expect(back.data!.myNotifications.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const lastTwo = await stack.query(MyNotifications, { last: 2 }, tokens.gridA);
    expect(lastTwo.data!.myNotifications.edges.map((e) => e.node.id)).toEqual([breached.eventId, filedA.eventId]);
    const both = await stack.query(MyNotifications, { first: 1, last: 1 }, tokens.gridA);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("places property staff by property's staffAudience answer: duty managers of the token's companies, after-hours compounds", async () => {
    // Property's staffAudience comes with another helper's work: a stand-in answers it here, as the contract says.
    const asked: { query: string; variables: Record<string, unknown>; assertion: boolean }[] = [];
    const fake: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
        asked.push({ query, variables, assertion: typeof req.headers['x-doorstep-assertion'] === 'string' });
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            data: { staffAudience: { dutyManagerCompanyIds: [companyK.toUpperCase()], afterHoursCompoundIds: [compoundB] } },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
    const restore = useServiceDirectory({ urlOf: (name) => (name === 'property' ? fakeUrl : stack.directory.urlOf(name)) });
    try {
      const manager = await tokenFor('property_staff', { companyId: companyK }, { sub: 'duty-manager-k' });
      expect(await idsOf(manager)).toEqual([afterHours.eventId, breached.eventId]);
      expect(asked).toEqual([
        {
          query: expect.stringContaining('staffAudience(sub: $sub, companyIds: $companyIds)'),
          variables: { sub: 'duty-manager-k', companyIds: [companyK] },
          assertion: true,
        },
      ]);
      // Kept 30 s: a second page asks property nothing.
      await idsOf(manager);
      expect(asked).toHaveLength(1);
    } finally {
      restore();
      await new Promise((resolve) => fake.close(resolve));
    }
  });

  it('marks read per token sub, idempotently, and refuses an id not addressed to the reader, writing nothing', async () => {
    const before = await stack.query(MyNotifications, {}, tokens.gridA);
    expect(before.data!.myNotifications.unreadCount).toBe(2);

    const marked = await stack.query(MarkRead, { ids: [filedA.eventId] }, tokens.gridA);
    expect(marked.data!.markNotificationsRead).toEqual({ markedCount: 1, unreadCount: 1 });
    expect(await readRows('grid-a')).toEqual([{ event_id: filedA.eventId, read_at: new Date(stack.clock.now()) }]);
    const again = await stack.query(MarkRead, { ids: [filedA.eventId] }, tokens.gridA);
    expect(again.data!.markNotificationsRead).toEqual({ markedCount: 0, unreadCount: 1 });

    // filedB is for compound B's grid workers; an unknown id the same: refused, nothing written.
    for (const ids of [[breached.eventId, filedB.eventId], [randomUUID()]]) {
      expect(codeOf(await stack.query(MarkRead, { ids }, tokens.gridA))).toBe('NOT_FOUND');
    }
    expect(await readRows('grid-a')).toHaveLength(1);

    const unread = await stack.query(MyNotifications, { unreadOnly: true }, tokens.gridA);
    expect(unread.data!.myNotifications.edges.map((e) => e.node.id)).toEqual([breached.eventId]);
    const listed = await stack.query(MyNotifications, {}, tokens.gridA);
    expect(listed.data!.myNotifications.edges.find((e) => e.node.id === filedA.eventId)!.node.readAt).toBe(stack.clock.now().toISOString());

    // Another grid worker of compound A has read nothing: read state is per sub.
    const colleague = await tokenFor('grid_worker', { compoundId: compoundA }, { sub: 'grid-a-2' });
    expect((await stack.query(MyNotifications, {}, colleague)).data!.myNotifications.unreadCount).toBe(2);

    const allRead = await stack.query(MarkAllRead, {}, tokens.gridA);
    expect(allRead.data!.markAllNotificationsRead).toEqual({ markedCount: 1, unreadCount: 0 });
    expect(await readRows('grid-a')).toHaveLength(2);
  });

  it('records a replayed event id once, and the same id with other content is a CONFLICT', async () => {
    const first = await record(filedA);
    const replay = await record(filedA);
    expect(replay.errors).toBeUndefined();
    expect(replay.data).toEqual(first.data);
    const rows = await stack.dataSources.notify.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notification_event WHERE event_id = $1',
      [filedA.eventId],
    );
    expect(rows[0].n).toBe(1);
    expect(codeOf(await record({ ...filedA, textEn: 'Something else' }))).toBe('CONFLICT');
  });

  it('lets only party and property record an event: a person’s token, even an admin’s, is refused', async () => {
    const input = notifyEventPayload(event({ kind: 'REPORT_FILED', audience: [{ kind: 'GRID_WORKERS', scopeId: compoundA }] }));
    expect(codeOf(await stack.querySubgraph('notify', RECORD, { input }, tokens.admin))).toBe('FORBIDDEN');
    expect(codeOf(await stack.callAs('enterprise', 'notify', RECORD, { input }))).toBe('FORBIDDEN');
    // Not in the public graph at all.
    expect(codeOf(await stack.queryText(RECORD, { input }, tokens.admin))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('checks every field of an event, with coded errors', async () => {
    const good = notifyEventPayload(event({ kind: 'REPORT_FILED', audience: [{ kind: 'GRID_WORKERS', scopeId: compoundA }] }));
    const refusals = [
      { audience: [] },
      { kind: 'REPORT_ESCALATED', level: null },
      { level: 1 },
      { textZh: '' },
      { textEn: 'x'.repeat(501) },
      { recordId: 'not-an-id' },
      { audience: [{ kind: 'EVERYONE', scopeId: compoundA }] },
    ];
    for (const change of refusals) {
      const result = await stack.callAs('party', 'notify', RECORD, { input: { ...good, ...change } });
      expect({ change, code: codeOf(result) }).toEqual({
        change,
        code: expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/),
      });
    }
  });

  it("arrives from a sender's outbox through its relay, once", async () => {
    const fact = event({
      eventId: notifyEventId('REPORT_FILED', report, 'relay-test'),
      kind: 'REPORT_FILED',
      audience: [{ kind: 'GRID_WORKERS', scopeId: compoundB }],
    });
    await stack.dataSources.party.transaction((m) => enqueueNotifyEvent(m, fact, 'test'));
    const relay = new OutboxRelay(
      stack.dataSources.party,
      new InternalClient('party', stack.directory),
      { [NOTIFY_EVENT_TOPIC]: notifyEventRoute },
      { clock: stack.clock },
    );
    await relay.runOnce();
    expect(await idsOf(tokens.gridB)).toEqual([fact.eventId, filedB.eventId]);
  });

  it('counts events recorded, delivered and pending for admins and analysts only', async () => {
    const period = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };
    expect(codeOf(await stack.query(Stats, period, tokens.gridA))).toBe('FORBIDDEN');
    const stats = (await stack.query(Stats, period, tokens.analyst)).data!.notificationStats;
    expect(stats.recorded).toBe(8);
    expect(stats.byKind).toEqual([
      { kind: 'REPORT_ESCALATED', count: 2 },
      { kind: 'REPORT_FILED', count: 4 },
      { kind: 'REPORT_RESPONDED', count: 1 },
      { kind: 'WORK_ORDER_SLA_BREACHED', count: 1 },
    ]);
    // Every event here was listed to one of its addressees above; admins' and analysts' listings deliver nothing.
    const receipts = await stack.dataSources.notify.query<{ n: number }[]>(
      'SELECT count(DISTINCT event_id)::int AS n FROM notification_receipt',
    );
    expect(stats.delivered).toBe(receipts[0].n);
    expect(stats.delivered).toBe(8);
    expect(stats.pending).toBe(0);
    expect(stats.failed).toBe(0);
    const admins = await stack.dataSources.notify.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM notification_receipt WHERE sub IN ('admin-1', 'analyst-1')",
    );
    expect(admins[0].n).toBe(0);
  });

  it('lists nothing past the retention, and the pruning deletes it', async () => {
    stack.clock.advance(73 * 3_600_000);
    expect(await idsOf(tokens.admin)).toEqual([]);
    expect(codeOf(await stack.query(MarkRead, { ids: [breached.eventId] }, tokens.gridA))).toBe('NOT_FOUND');
    expect(await new EventPruning(stack.dataSources.notify, stack.clock).runOnce()).toBe(8);
    const left = await stack.dataSources.notify.query<{ n: number }[]>('SELECT count(*)::int AS n FROM notification_read');
    expect(left[0].n).toBe(0);
  });

  it('wakes a started relay as the sender commits, long before its next poll', async () => {
    const relay = new OutboxRelay(
      stack.dataSources.party,
      new InternalClient('party', stack.directory),
      { [NOTIFY_EVENT_TOPIC]: notifyEventRoute },
      { clock: stack.clock, pollMs: 600_000 },
    );
    relay.start();
    try {
      // Its first pass finds nothing due, and listening starts; from then on only a wake-up can deliver.
      await eventually('the relay is listening', async () => {
        const rows = await stack.dataSources.party.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN handover_outbox'`,
        );
        return rows[0].n > 0;
      });
      await new Promise((r) => setTimeout(r, 200)); // the first pass (nothing due) is over
      const fact = event({ kind: 'REPORT_FILED', audience: [{ kind: 'GRID_WORKERS', scopeId: compoundB }], occurredAt: stack.clock.now() });
      await stack.dataSources.party.transaction((m) => enqueueNotifyEvent(m, fact, 'test'));
      await eventually(
        'the event delivered by the woken relay',
        async () => {
          const [row] = await stack.dataSources.party.query<{ status: string }[]>(
            'SELECT status FROM handover_outbox WHERE topic = $1 AND record_id = $2',
            [NOTIFY_EVENT_TOPIC, fact.eventId],
          );
          return row?.status === 'DELIVERED';
        },
        { boundMs: 10_000 },
      );
    } finally {
      await relay.stop();
    }
  });

  it("delivers a burst in batches, and a refused event fails alone: its batch's other events are recorded", async () => {
    const now = stack.clock.now();
    const good = [0, 1, 2].map(() =>
      event({ kind: 'REPORT_FILED', audience: [{ kind: 'GRID_WORKERS', scopeId: compoundB }], occurredAt: now }),
    );
    // Refused by notify's check (no audience), and refused by GraphQL before any event of its call runs (no such kind).
    const noAudience = event({ kind: 'REPORT_FILED', audience: [], occurredAt: now });
    const noSuchKind = { ...event({ kind: 'REPORT_FILED', audience: [{ kind: 'GRID_WORKERS', scopeId: compoundB }], occurredAt: now }) };
    (noSuchKind as { kind: string }).kind = 'REPORT_MISLAID';
    const relay = new OutboxRelay(
      stack.dataSources.party,
      new InternalClient('party', stack.directory),
      { [NOTIFY_EVENT_TOPIC]: notifyEventRoute },
      { clock: stack.clock },
    );
    const enqueue = (events: NotifyEvent[]) =>
      stack.dataSources.party.transaction(async (m) => {
        for (const e of events) await enqueueNotifyEvent(m, e, 'test');
      });
    // One batch, one call: notify answers each event; the refused one fails alone.
    await enqueue([good[0], noAudience, good[1]]);
    expect(await relay.runOnce()).toBe(3);
    // A call GraphQL refuses as a whole: each event is tried alone, so only the bad one fails.
    await enqueue([noSuchKind, good[2]]);
    expect(await relay.runOnce()).toBe(2);
    const rows = await stack.dataSources.party.query<{ record_id: string; status: string; last_error: string | null; attempts: number }[]>(
      `SELECT record_id, status, last_error, attempts FROM handover_outbox WHERE topic = $1 AND record_id = ANY($2) ORDER BY record_id`,
      [NOTIFY_EVENT_TOPIC, [...good, noAudience, noSuchKind].map((e) => e.eventId)],
    );
    const byId = new Map(rows.map((r) => [r.record_id, r]));
    for (const e of good) expect(byId.get(e.eventId)).toMatchObject({ status: 'DELIVERED', last_error: null, attempts: 1 });
    expect(byId.get(noAudience.eventId)).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byId.get(noAudience.eventId)!.last_error).toMatch(/^BAD_USER_INPUT: /);
    expect(byId.get(noSuchKind.eventId)).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byId.get(noSuchKind.eventId)!.last_error).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED): /);
    const recorded = await stack.dataSources.notify.query<{ event_id: string }[]>(
      'SELECT event_id FROM notification_event WHERE event_id = ANY($1) ORDER BY sequence',
      [[...good, noAudience, noSuchKind].map((e) => e.eventId)],
    );
    expect(recorded.map((r) => r.event_id).sort()).toEqual(good.map((e) => e.eventId).sort());
  });
});
