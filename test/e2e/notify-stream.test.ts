/**
 * The push stream end to end: `GET /events` on the gateway, proxied to notify, read as
 * SSE text by a plain HTTP client (test/support/sse-reader.ts); events handed over as
 * party and property do (`recordNotifyEvent` with their assertion).
 */
import { randomUUID } from 'node:crypto';
import { startGateway, type RunningGateway } from '../../gateway/gateway';
import { startSubgraphService, type SubgraphService } from '../../shared/server/subgraph-service';
import { SUBGRAPHS } from '../../subgraphs';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { databaseUrlOfSource } from '../../shared/db/listener';
import { NOTIFY_EVENT_CHANNEL } from '../../subgraphs/notify/event/event.service';
import { EventPruning } from '../../subgraphs/notify/event/event-pruning';
import { eventually } from '../support/eventually';
import { openSse, type SseStream } from '../support/sse-reader';
import { startStack, subgraphSchema, UNSHED, type Stack } from '../support/stack';
import { assertionHeaders, gatewayHeaders, tokenFor } from '../support/tokens';
import { freePort } from '../support/free-port';
import { postGraphQL } from '../support/post-graphql';

const RECORD = `mutation Record($input: NotifyEventInput!) { recordNotifyEvent(input: $input) { eventId sequence } }`;
const TICKET = `mutation { createStreamTicket { ticket expiresAt } }`;

type Audience = { kind: string; scopeId: string };

const compoundA = randomUUID();
const compoundB = randomUUID();
const residentR = randomUUID();
const residentS = randomUUID();

describe('notify push stream (GET /events through the gateway)', () => {
  let stack: Stack;
  let eventsUrl: string;
  const opened: SseStream[] = [];
  const tokens: Record<string, string> = {};

  /** Records an event as party does; returns its record id and sequence. */
  async function record(audience: Audience[], options: { personal?: boolean; compoundId?: string } = {}) {
    const recordId = randomUUID();
    const result = await stack.callAs<{ recordNotifyEvent: { eventId: string; sequence: string } }>('party', 'notify', RECORD, {
      input: {
        eventId: randomUUID(),
        kind: 'REPORT_FILED',
        recordType: 'IssueReport',
        recordId,
        compoundId: options.compoundId ?? compoundA,
        audience,
        personal: options.personal ?? false,
        textZh: '新的报告',
        textEn: 'A new report',
        occurredAt: stack.clock.now().toISOString(),
      },
    });
    expect(result.errors).toBeUndefined();
    return { recordId, sequence: result.data!.recordNotifyEvent.sequence };
  }

  const everyone: Audience[] = [
    { kind: 'GRID_WORKERS', scopeId: compoundA },
    { kind: 'GRID_WORKERS', scopeId: compoundB },
    { kind: 'RESIDENT', scopeId: residentR },
    { kind: 'RESIDENT', scopeId: residentS },
  ];

  async function open(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
    const stream = await openSse(url, headers);
    opened.push(stream);
    return stream;
  }
  const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    process.env.NOTIFY_STREAM_HEARTBEAT_S = '1'; // read as notify starts its stream
    stack = await startStack();
    delete process.env.NOTIFY_STREAM_HEARTBEAT_S;
    eventsUrl = stack.gatewayUrl.replace(/\/graphql$/, '/events');
    tokens.gridA = await tokenFor('grid_worker', { compoundId: compoundA }, { sub: 'grid-a' });
    tokens.gridB = await tokenFor('grid_worker', { compoundId: compoundB }, { sub: 'grid-b' });
    tokens.residentR = await tokenFor('resident', {}, { residentId: residentR, sub: 'resident-r' });
    tokens.residentS = await tokenFor('resident', {}, { residentId: residentS, sub: 'resident-s' });
    tokens.analyst = await tokenFor('analyst', {}, { sub: 'analyst' });
    tokens.admin = await tokenFor('admin', {}, { sub: 'admin' });
  });

  afterEach(() => {
    for (const stream of opened.splice(0)) stream.close();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('gives each reader exactly the events addressed to it, as SSE with the stream headers, and counts the pushes', async () => {
    const streams: Record<string, SseStream> = {};
    for (const who of Object.keys(tokens)) streams[who] = await open(eventsUrl, bearer(who));
    for (const stream of Object.values(streams)) {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(stream.headers['cache-control']).toBe('no-store');
      expect(stream.headers['x-accel-buffering']).toBe('no');
    }
    const forA = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    const forB = await record([{ kind: 'GRID_WORKERS', scopeId: compoundB }], { compoundId: compoundB });
    const forR = await record([{ kind: 'RESIDENT', scopeId: residentR }], { personal: true });
    const sentinel = await record(everyone);
    for (const stream of Object.values(streams)) await stream.waitForRecord(sentinel.recordId);

    const got = (who: string) => streams[who].notifications().map((n) => n.recordId);
    expect(got('gridA')).toEqual([forA.recordId, sentinel.recordId]);
    expect(got('gridB')).toEqual([forB.recordId, sentinel.recordId]);
    expect(got('residentR')).toEqual([forR.recordId, sentinel.recordId]);
    expect(got('residentS')).toEqual([sentinel.recordId]);
    expect(got('analyst')).toEqual([forA.recordId, forB.recordId, sentinel.recordId]); // never the personal one
    expect(got('admin')).toEqual([forA.recordId, forB.recordId, forR.recordId, sentinel.recordId]);

    const message = streams.gridA.messages.find((m) => m.event === 'notification')!;
    expect(message.id).toBe(forA.sequence);
    expect(JSON.parse(message.data)).toEqual({
      id: expect.any(String),
      sequence: forA.sequence,
      kind: 'REPORT_FILED',
      recordType: 'IssueReport',
      recordId: forA.recordId,
      compoundId: compoundA,
      level: null,
      textZh: '新的报告',
      textEn: 'A new report',
      occurredAt: stack.clock.now().toISOString(),
    });
    expect(streams.gridA.retry).toBeGreaterThan(0);

    // Each push is a receipt (channel STREAM), written in batches.
    const receipts = async () =>
      (await stack.dataSources.notify.query(`SELECT count(*)::int AS n FROM notification_receipt WHERE channel = 'STREAM'`))[0].n as number;
    const pushed = Object.keys(streams).reduce((n, who) => n + got(who).length, 0);
    const deadline = Date.now() + 10_000;
    while ((await receipts()) < pushed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await receipts()).toBe(pushed);
  });

  it('takes a single-use ticket from createStreamTicket instead of the header', async () => {
    const result = await stack.queryText<{ createStreamTicket: { ticket: string; expiresAt: string } }>(TICKET, {}, tokens.residentR);
    expect(result.errors).toBeUndefined();
    const { ticket, expiresAt } = result.data!.createStreamTicket;
    expect(Date.parse(expiresAt) - stack.clock.now().getTime()).toBe(60_000);
    const stored = await stack.dataSources.notify.query('SELECT ticket_hash FROM stream_ticket');
    expect(JSON.stringify(stored)).not.toContain(ticket); // kept hashed

    const [first, second] = await Promise.all([open(`${eventsUrl}?ticket=${ticket}`), open(`${eventsUrl}?ticket=${ticket}`)]);
    expect([first.status, second.status].sort()).toEqual([200, 401]);
    const [ok, refused] = first.status === 200 ? [first, second] : [second, first];
    expect(refused.refusal!.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forR = await record([{ kind: 'RESIDENT', scopeId: residentR }], { personal: true });
    await ok.waitForRecord(forR.recordId);

    const again = await open(`${eventsUrl}?ticket=${ticket}`);
    expect(again.status).toBe(401);
  });

  it('lets a reader hold at most 20 unused tickets: past it CONFLICT and nothing stored, also when asked for all at once', async () => {
    const hoarder = await tokenFor('resident', {}, { residentId: randomUUID(), sub: 'ticket-hoarder' });
    const stored = async () =>
      Number((await stack.dataSources.notify.query(`SELECT count(*)::int AS n FROM stream_ticket WHERE sub = 'ticket-hoarder'`))[0].n);
    // 25 at once: the advisory lock makes them take turns, so exactly 20 are issued.
    const asked = await Promise.all(
      Array.from({ length: 25 }, () => stack.queryText<{ createStreamTicket: { ticket: string } }>(TICKET, {}, hoarder)),
    );
    const issued = asked.filter((r) => r.data?.createStreamTicket);
    const refused = asked.filter((r) => r.errors);
    expect([issued.length, refused.length]).toEqual([20, 5]);
    for (const r of refused) {
      expect(r.errors).toEqual([
        expect.objectContaining({
          message: 'You hold 20 unused stream tickets; open the stream with one, or wait until they expire',
          extensions: { code: 'CONFLICT' },
        }),
      ]);
    }
    expect(await stored()).toBe(20);
    // Using one frees its place; so does expiry.
    const stream = await open(`${eventsUrl}?ticket=${issued[0].data!.createStreamTicket.ticket}`);
    expect(stream.status).toBe(200);
    expect((await stack.queryText(TICKET, {}, hoarder)).errors).toBeUndefined();
    expect((await stack.queryText(TICKET, {}, hoarder)).errors?.[0].extensions?.code).toBe('CONFLICT');
    stack.clock.advance(61_000);
    expect((await stack.queryText(TICKET, {}, hoarder)).errors).toBeUndefined();
    expect(await stored()).toBe(22);
  });

  it('gives an analyst (read-only) a ticket, and still no other mutation beside it', async () => {
    const result = await stack.queryText<{ createStreamTicket: { ticket: string } }>(TICKET, {}, tokens.analyst);
    expect(result.errors).toBeUndefined();
    const stream = await open(`${eventsUrl}?ticket=${result.data!.createStreamTicket.ticket}`);
    expect(stream.status).toBe(200);
    const both = await stack.queryText(
      'mutation { createStreamTicket { ticket } markAllNotificationsRead { markedCount } }',
      {},
      tokens.analyst,
    );
    expect(both.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an expired ticket, a bad or missing token, and a token in the URL, as coded JSON before any stream', async () => {
    const result = await stack.queryText<{ createStreamTicket: { ticket: string } }>(TICKET, {}, tokens.gridA);
    const ticket = result.data!.createStreamTicket.ticket;
    stack.clock.advance(61_000);
    const expired = await open(`${eventsUrl}?ticket=${ticket}`);
    expect(expired.status).toBe(401);
    expect(expired.refusal).toEqual({ errors: [{ message: expect.stringMatching(/ticket/), extensions: { code: 'UNAUTHENTICATED' } }] });

    const none = await open(eventsUrl);
    expect(none.status).toBe(401);
    expect(none.refusal!.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await open(eventsUrl, { authorization: 'Bearer not.a.token' });
    expect(forged.status).toBe(401);
    expect(forged.refusal!.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const posted = await fetch(eventsUrl, { method: 'POST', headers: bearer('gridA') });
    expect(posted.status).toBe(405);
    expect(await posted.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    for (const param of ['access_token', 'token']) {
      const inUrl = await open(`${eventsUrl}?${param}=${tokens.gridA}`);
      expect(inUrl.status).toBe(400);
      expect(inUrl.refusal!.errors[0].extensions.code).toBe('TOKEN_IN_URL');
    }
  });

  it('refuses the stream called on notify directly, without the gateway token', async () => {
    const direct = stack.directory.urlOf('notify').replace(/\/graphql$/, '/events');
    const refused = await open(direct, bearer('admin'));
    expect(refused.status).toBe(401);
    expect(refused.refusal!.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const admitted = await open(direct, { ...bearer('admin'), ...(await gatewayHeaders('notify')) });
    expect(admitted.status).toBe(200);
  });

  it('replays what a reconnecting client missed (Last-Event-ID), in order, then live, with no duplicate', async () => {
    const first = await open(eventsUrl, bearer('gridA'));
    const seen = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    await first.waitForRecord(seen.recordId);
    first.close();
    const missed1 = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    await record([{ kind: 'GRID_WORKERS', scopeId: compoundB }], { compoundId: compoundB });
    const missed2 = await record(everyone);

    const resumed = await open(eventsUrl, { ...bearer('gridA'), 'last-event-id': seen.sequence });
    // Events recorded while the replay runs come too, once.
    const during = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    const live = await record(everyone);
    await resumed.waitForRecord(live.recordId);
    expect(resumed.notifications().map((n) => n.recordId)).toEqual([missed1.recordId, missed2.recordId, during.recordId, live.recordId]);
    const ids = resumed.messages.filter((m) => m.event === 'notification').map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const byQuery = await open(`${eventsUrl}?lastEventId=${missed2.sequence}`, bearer('gridA'));
    await byQuery.waitForRecord(live.recordId);
    expect(byQuery.notifications().map((n) => n.recordId)).toEqual([during.recordId, live.recordId]);
  });

  it('tells a client from before the retention to reset, then streams live', async () => {
    const old = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    stack.clock.advance(73 * 3_600_000);
    const pruned = await new EventPruning(stack.dataSources.notify, stack.clock).runOnce();
    expect(pruned).toBeGreaterThan(0);
    const [{ highest }] = await stack.dataSources.notify.query('SELECT highest_sequence::text AS highest FROM notification_pruned');
    expect(Number(highest)).toBeGreaterThanOrEqual(Number(old.sequence));

    const stale = await open(eventsUrl, { ...bearer('gridA'), 'last-event-id': String(Number(old.sequence) - 1) });
    const live = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    await stale.waitForRecord(live.recordId);
    expect(stale.messages.map((m) => m.event)).toEqual(['reset', 'notification']);
    expect(JSON.parse(stale.messages[0].data)).toMatchObject({ reason: 'EVENTS_PRUNED' });
  });

  it('keeps a stream open while its client is connected, and lets go of it when the client leaves', async () => {
    const connections = async () => {
      const res = await fetch(stack.directory.urlOf('notify').replace(/\/graphql$/, '/metrics'));
      const line = (await res.text()).split('\n').find((l) => l.startsWith('notify_stream_connections'));
      return Number(line?.split(' ')[1]);
    };
    const settle = async (n: number) => {
      const deadline = Date.now() + 10_000;
      while ((await connections()) !== n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    await settle(0); // the earlier tests' streams, closed by their clients
    const before = await connections();
    expect(before).toBe(0);
    const stream = await open(eventsUrl, bearer('residentS'));
    expect(await connections()).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(stream.ended).toBe(false);
    expect(stream.comments).toContain('heartbeat'); // NOTIFY_STREAM_HEARTBEAT_S=1 here, 15 s by default
    stream.close();
    await settle(before);
    expect(await connections()).toBe(before);
  });

  it('caps the streams one reader holds open at once (5): the next is 429 TOO_MANY_STREAMS, other readers go on, and a closed one frees its place', async () => {
    const manyTabs = { authorization: `Bearer ${await tokenFor('grid_worker', { compoundId: compoundA }, { sub: 'many-tabs' })}` };
    // Six at once: the check and the registration have no await between them, so exactly five get in.
    const six = await Promise.all(Array.from({ length: 6 }, () => open(eventsUrl, manyTabs)));
    expect(six.map((s) => s.status).sort()).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = six.find((s) => s.status === 429)!;
    expect(refused.refusal).toEqual({
      errors: [{ message: 'A reader may hold 5 streams open at once; close one first', extensions: { code: 'TOO_MANY_STREAMS' } }],
    });
    // Another reader is not held back, and the five still stream.
    const other = await open(eventsUrl, bearer('residentR'));
    expect(other.status).toBe(200);
    const event = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
    const admitted = six.filter((s) => s.status === 200);
    for (const stream of admitted) await stream.waitForRecord(event.recordId);
    // Once one is closed (the server sees it a moment later), a new one gets its place, and only one.
    admitted[0].close();
    let again: SseStream | undefined;
    await eventually('a place freed by the closed stream', async () => {
      again = await open(eventsUrl, manyTabs);
      return again.status === 200;
    });
    expect((await open(eventsUrl, manyTabs)).status).toBe(429);
  });

  it('catches up after its LISTEN connection drops: reconnects and sends what was recorded meanwhile', async () => {
    const stream = await open(eventsUrl, bearer('gridB'));
    const [listener]: { pid: number }[] = await stack.dataSources.notify.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    expect(listener).toBeDefined();
    await stack.dataSources.notify.query('SELECT pg_terminate_backend($1)', [listener.pid]);
    const meanwhile = await record([{ kind: 'GRID_WORKERS', scopeId: compoundB }], { compoundId: compoundB });
    await stream.waitForRecord(meanwhile.recordId);
    const after = await record([{ kind: 'GRID_WORKERS', scopeId: compoundB }], { compoundId: compoundB });
    await stream.waitForRecord(after.recordId);
    expect(stream.notifications().map((n) => n.recordId)).toEqual([meanwhile.recordId, after.recordId]);
  });

  describe('with two notify instances on one database', () => {
    let second: SubgraphService;
    let secondGateway: RunningGateway;

    beforeAll(async () => {
      const def = SUBGRAPHS.notify;
      const port = await freePort();
      second = await startSubgraphService(
        {
          name: 'notify',
          schema: await subgraphSchema('notify'),
          dataSource: stack.dataSources.notify,
          clock: stack.clock,
          routes: (context) => def.routes!(context),
          admission: UNSHED,
        },
        port,
      );
      secondGateway = await startGateway(0, {
        urlOf: (name) => (name === 'notify' ? second.url : stack.directory.urlOf(name)),
        admission: UNSHED,
      });
    });

    afterAll(async () => {
      await secondGateway?.stop();
      await second?.stop();
    });

    it('every client gets every event addressed to it once, whichever instance serves it and whichever recorded it', async () => {
      const otherEvents = secondGateway.url.replace(/\/graphql$/, '/events');
      const onFirst = { a: await open(eventsUrl, bearer('gridA')), r: await open(eventsUrl, bearer('residentR')) };
      const onSecond = { a: await open(otherEvents, bearer('gridA')), r: await open(otherEvents, bearer('residentR')) };
      const viaFirst = await record([{ kind: 'GRID_WORKERS', scopeId: compoundA }]);
      const viaSecondResult = await postGraphQL<{ recordNotifyEvent: { sequence: string } }>(
        second.url,
        RECORD,
        {
          input: {
            eventId: randomUUID(),
            kind: 'REPORT_FILED',
            recordType: 'IssueReport',
            recordId: randomUUID(),
            compoundId: compoundA,
            audience: [{ kind: 'RESIDENT', scopeId: residentR }],
            personal: true,
            textZh: '进展',
            textEn: 'Progress',
            occurredAt: stack.clock.now().toISOString(),
          },
        },
        await assertionHeaders('property', 'notify'),
      );
      expect(viaSecondResult.errors).toBeUndefined();
      const sentinel = await record(everyone);
      for (const stream of [...Object.values(onFirst), ...Object.values(onSecond)]) await stream.waitForRecord(sentinel.recordId);
      for (const streams of [onFirst, onSecond]) {
        expect(streams.a.notifications().map((n) => n.recordId)).toEqual([viaFirst.recordId, sentinel.recordId]);
        expect(streams.r.notifications().map((n) => n.sequence)).toEqual([
          viaSecondResult.data!.recordNotifyEvent.sequence,
          sentinel.sequence,
        ]);
      }
    });
  });

  it('opens its port only once its stream listens and has caught up, so nothing of its start-up runs among the first requests', async () => {
    const notify = stack.dataSources.notify;
    const listeners = async () =>
      Number(
        (await notify.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${NOTIFY_EVENT_CHANNEL}`]))[0].n,
      );
    const before = await listeners();
    // A data source of its own, so that only this instance's statements are counted (the stack's notify writes receipts meanwhile).
    const def = SUBGRAPHS.notify;
    const { dataSource, counter } = createSubgraphDataSource({
      url: databaseUrlOfSource(notify)!,
      entities: def.entities,
      migrations: def.migrations,
      poolSize: 2,
    });
    await dataSource.initialize();
    counter.statements = [];
    const instance = await startSubgraphService(
      {
        name: 'notify',
        schema: await subgraphSchema('notify'),
        dataSource,
        clock: stack.clock,
        routes: (c) => def.routes!(c),
        admission: UNSHED,
      },
      await freePort(),
    );
    try {
      const startUp = counter.statements.map((s) => s.sql.replace(/\s+/g, ' ').trim());
      expect(startUp).toEqual([
        'SELECT coalesce(max(sequence), 0)::text AS last FROM notification_event',
        expect.stringMatching(/^SELECT .* FROM notification_event e WHERE e\.sequence > \$1 ORDER BY e\.sequence LIMIT \d+$/),
      ]);
      expect(await listeners()).toBe(before + 1);
    } finally {
      await instance.stop();
      await dataSource.destroy();
    }
  });

  describe('when notify is not running', () => {
    it('answers 503 SERVICE_UNAVAILABLE at once, not a hang', async () => {
      const open1 = await open(eventsUrl, bearer('gridA'));
      expect(open1.status).toBe(200);
      await stack.stopSubgraph('notify');
      try {
        // The upstream's end ends the client's stream (it reconnects with Last-Event-ID).
        const deadline = Date.now() + 10_000;
        while (!open1.ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect(open1.ended).toBe(true);
        const started = Date.now();
        const refused = await open(eventsUrl, bearer('gridA'));
        expect(refused.status).toBe(503);
        expect(refused.refusal!.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(Date.now() - started).toBeLessThan(5_000);
      } finally {
        await stack.startSubgraph('notify');
      }
    });
  });
});
