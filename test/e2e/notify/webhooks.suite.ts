import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { ManualClock } from '../../../shared/clock';
import { WebhookDeliveryWorker, type WebhookWorkerOptions } from '../../../subgraphs/notify/webhook/webhook-delivery-worker';
import { openWebhookSecret } from '../../../subgraphs/notify/webhook/webhook-secret-box';
import { eventually } from '../../support/eventually';
import { ok } from '../../support/post-graphql';
import { codeOf, startStack, type Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { startReceiver, type WebhookReceiver } from './webhook-receiver';

const RegisterWebhook = graphql(`
  mutation NotifyWebhooksRegister($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        id
        url
        eventKinds
        compoundIds
        description
        active
      }
    }
  }
`);
const Webhooks = graphql(`
  query NotifyWebhooksList {
    webhooks {
      id
      url
      active
    }
  }
`);
const Deliveries = graphql(`
  query NotifyWebhooksDeliveries($webhookId: ID!, $state: WebhookDeliveryState, $first: Int, $after: String) {
    webhookDeliveries(webhookId: $webhookId, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          eventId
          kind
          state
          attempts
          lastStatus
          lastError
          nextAttemptAt
          deliveredAt
          parkedAt
        }
      }
    }
  }
`);
const Resend = graphql(`
  mutation NotifyWebhooksResend($id: ID!) {
    resendWebhookDelivery(id: $id) {
      id
      state
      attempts
      lastError
    }
  }
`);
const Deactivate = graphql(`
  mutation NotifyWebhooksDeactivate($id: ID!) {
    deactivateWebhook(id: $id) {
      id
      active
      deactivatedAt
    }
  }
`);
const Rotate = graphql(`
  mutation NotifyWebhooksRotate($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        secretRotatedAt
      }
    }
  }
`);
const Stats = graphql(`
  query NotifyWebhooksStats($from: DateTimeISO!, $to: DateTimeISO!) {
    notificationStats(from: $from, to: $to) {
      recorded
      webhookDeliveries {
        state
        count
      }
    }
  }
`);

const RECORD = `mutation ($input: NotifyEventInput!) { recordNotifyEvent(input: $input) { eventId sequence } }`;

/** Short back-off for the tests: 1 s doubling to 4 s, 4 attempts; time moves on the stack's ManualClock. */
const FAST: WebhookWorkerOptions = { baseDelayMs: 1_000, maxDelayMs: 4_000, maxAttempts: 4, timeoutMs: 5_000 };

/**
 * Outbound webhooks end to end: registered by an admin through the gateway, deliveries
 * made when notify records an event (through the hand-over receiver, as a relay calls
 * it), POSTed by the delivery worker (driven with runOnce, time moved on the clock) to
 * real HTTP receivers, and verified with the `standardwebhooks` package.
 */
describe('notify: outbound webhooks', () => {
  let stack: Stack;
  const t: Record<string, string> = {};
  const compoundA = randomUUID();
  const compoundB = randomUUID();
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    // The wall clock's now: a receiver checks webhook-timestamp against its own clock (5 min tolerance).
    stack = await startStack({ clock: new ManualClock(new Date()) });
    t.admin = await tokenFor('admin', {}, { sub: 'admin:webhooks' });
    t.analyst = await tokenFor('analyst', {}, { sub: 'analyst:webhooks' });
    t.grid = await tokenFor('grid_worker', { compoundId: compoundA }, { sub: 'grid:webhooks' });
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await stack.stop();
  });

  const receiver = async (respond?: (index: number) => number) => {
    const r = await startReceiver(respond);
    receivers.push(r);
    return r;
  };
  const worker = (options: WebhookWorkerOptions = {}) =>
    new WebhookDeliveryWorker(stack.dataSources.notify, stack.clock, { ...FAST, ...options });
  const count = async (sql: string, params: unknown[] = []) => Number((await stack.dataSources.notify.query(sql, params))[0].n);

  async function register(url: string, eventKinds: string[], compoundIds: string[] | null = null) {
    const input = { url, eventKinds, compoundIds, description: 'SMS gateway (test)' } as Parameters<
      typeof stack.query<typeof RegisterWebhook>
    >[1]['input'];
    return ok(await stack.query(RegisterWebhook, { input }, t.admin)).registerWebhook;
  }

  /** The last event handed over, to hand it over again as a relay's retry does. */
  let lastInput: Record<string, unknown> = {};
  const handOver = async (input: Record<string, unknown>) => {
    const result = await stack.callAs('party', 'notify', RECORD, { input });
    expect(result.errors).toBeUndefined();
  };

  /** Hands an event to notify as party's relay does; returns its id. */
  async function recordEvent(kind: string, compoundId: string, extra: { personal?: boolean; residentId?: string } = {}) {
    const eventId = randomUUID();
    const audience = extra.residentId ? [{ kind: 'RESIDENT', scopeId: extra.residentId }] : [{ kind: 'GRID_WORKERS', scopeId: compoundId }];
    lastInput = {
      eventId,
      kind,
      recordType: 'IssueReport',
      recordId: randomUUID(),
      compoundId,
      audience,
      personal: extra.personal ?? false,
      textZh: '您的报事已有网格员响应',
      textEn: 'A grid worker responded to your report',
      level: null,
      occurredAt: stack.clock.now().toISOString(),
    };
    await handOver(lastInput);
    return eventId;
  }

  const deliveriesOf = async (webhookId: string) => ok(await stack.query(Deliveries, { webhookId }, t.admin)).webhookDeliveries;

  /** Runs passes until nothing is due (bounded). */
  async function drain(w: WebhookDeliveryWorker) {
    for (let i = 0; i < 50; i++) if ((await w.runOnce()) === 0) return;
    throw new Error('deliveries still due after 50 passes');
  }

  it('refuses everyone but an admin, and stores nothing', async () => {
    const input = { url: 'https://sms.example.com/hook', eventKinds: ['REPORT_FILED' as const] };
    for (const token of [t.grid, t.analyst]) {
      expect(codeOf(await stack.query(RegisterWebhook, { input }, token))).toBe('FORBIDDEN');
      expect(codeOf(await stack.query(Webhooks, {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await stack.query(Resend, { id: randomUUID() }, token))).toBe('FORBIDDEN');
      expect(codeOf(await stack.query(Deliveries, { webhookId: randomUUID() }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await stack.query(RegisterWebhook, { input }))).toBe('UNAUTHENTICATED');
    expect(await count('SELECT count(*) AS n FROM webhook')).toBe(0);
  });

  it('refuses bad URLs, kinds and compounds with coded errors, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ url: 'ftp://sms.example.com/hook' }, 'url', 'URL_SCHEME'],
      [{ url: 'javascript:alert(1)' }, 'url', 'URL_SCHEME'],
      [{ url: 'https://user:secret@sms.example.com/hook' }, 'url', 'URL_CREDENTIALS'],
      [{ url: 'sms.example.com/hook' }, 'url', 'URL_INVALID'],
      [{ url: `https://sms.example.com/${'a'.repeat(500)}` }, 'url', 'URL_TOO_LONG'],
      [{ url: 'https://sms.example.com/hook#x' }, 'url', 'URL_FRAGMENT'],
      [{ eventKinds: [] }, 'eventKinds', undefined],
      [{ compoundIds: ['not-a-uuid'] }, 'compoundIds[0]', undefined],
      [{ description: 'x'.repeat(501) }, 'description', undefined],
    ];
    for (const [change, field, reason] of cases) {
      const input = { url: 'https://sms.example.com/hook', eventKinds: ['REPORT_FILED'], ...change } as Parameters<
        typeof stack.query<typeof RegisterWebhook>
      >[1]['input'];
      const result = await stack.query(RegisterWebhook, { input }, t.admin);
      expect([
        JSON.stringify(change).slice(0, 60),
        codeOf(result),
        result.errors?.[0]?.extensions?.field,
        result.errors?.[0]?.extensions?.reason,
      ]).toEqual([JSON.stringify(change).slice(0, 60), 'BAD_USER_INPUT', field, reason]);
    }
    // A kind the schema does not know is refused before any resolver runs.
    const unknownKind = await stack.queryText(
      `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`,
      { input: { url: 'https://sms.example.com/hook', eventKinds: ['REPORT_LOST'] } },
      t.admin,
    );
    expect(codeOf(unknownKind)).toBe('BAD_USER_INPUT');
    expect(await count('SELECT count(*) AS n FROM webhook')).toBe(0);
  });

  it('delivers once after two failures, signed as Standard Webhooks verifies; a tampered body or timestamp fails', async () => {
    const r = await receiver((i) => (i < 2 ? 500 : 200));
    const { webhook, secret } = await register(r.url, ['REPORT_RESPONDED'], [compoundA]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(webhook).toMatchObject({ url: r.url, eventKinds: ['REPORT_RESPONDED'], compoundIds: [compoundA], active: true });
    // The secret is never shown again.
    expect(JSON.stringify(ok(await stack.query(Webhooks, {}, t.admin)))).not.toContain(secret.slice(6, 20));

    // A personal event (to one resident) goes to webhooks too: the SMS gateway texts that resident.
    const residentId = randomUUID();
    const eventId = await recordEvent('REPORT_RESPONDED', compoundA, { personal: true, residentId });
    let page = await deliveriesOf(webhook.id);
    expect(page.edges.map((e) => [e.node.eventId, e.node.state, e.node.attempts])).toEqual([[eventId, 'PENDING', 0]]);

    const w = worker();
    expect(await w.runOnce()).toBe(1); // 500
    expect(await w.runOnce()).toBe(0); // not due for 1 s
    page = await deliveriesOf(webhook.id);
    expect(page.edges[0].node).toMatchObject({ state: 'PENDING', attempts: 1, lastStatus: 500, lastError: 'HTTP 500' });
    expect(Date.parse(page.edges[0].node.nextAttemptAt!) - stack.clock.now().getTime()).toBe(1_000);
    stack.clock.advance(1_000);
    expect(await w.runOnce()).toBe(1); // 500 again: the next waits 2 s
    stack.clock.advance(1_999);
    expect(await w.runOnce()).toBe(0);
    stack.clock.advance(1);
    expect(await w.runOnce()).toBe(1); // 200
    stack.clock.advance(10_000);
    expect(await w.runOnce()).toBe(0);

    expect(r.requests.map((q) => q.status)).toEqual([500, 500, 200]);
    const accepted = r.requests.filter((q) => q.status === 200);
    expect(accepted).toHaveLength(1);
    const deliveryId = page.edges[0].node.id;
    // The same webhook-id on every attempt; each attempt's own timestamp; the same body.
    expect(new Set(r.requests.map((q) => q.headers['webhook-id']))).toEqual(new Set([deliveryId]));
    expect(new Set(r.requests.map((q) => q.headers['webhook-timestamp'])).size).toBe(3);
    expect(new Set(r.requests.map((q) => q.body)).size).toBe(1);

    const [{ headers, body }] = accepted;
    expect(headers['content-type']).toBe('application/json');
    const verifier = new Webhook(secret);
    const payload = verifier.verify(body, headers) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(payload).toMatchObject({
      type: 'REPORT_RESPONDED',
      data: {
        eventId,
        kind: 'REPORT_RESPONDED',
        recordType: 'IssueReport',
        compoundId: compoundA,
        audience: [{ kind: 'RESIDENT', scopeId: residentId }],
        personal: true,
        level: null,
        textZh: '您的报事已有网格员响应',
        textEn: 'A grid worker responded to your report',
      },
    });
    expect(typeof payload.data.sequence).toBe('string');
    const tampered = body.replace('"personal":true', '"personal":false');
    expect(tampered).not.toBe(body);
    expect(() => verifier.verify(tampered, headers)).toThrow();
    const laterTimestamp = { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) + 1) };
    expect(() => verifier.verify(body, laterTimestamp)).toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(body, headers)).toThrow();

    page = await deliveriesOf(webhook.id);
    expect(page.edges[0].node).toMatchObject({ state: 'DELIVERED', attempts: 3, lastStatus: 200, lastError: null, nextAttemptAt: null });
    expect(page.edges[0].node.deliveredAt).not.toBeNull();
    // Re-sent by hand: once more, with the same webhook-id.
    expect(ok(await stack.query(Resend, { id: deliveryId }, t.admin)).resendWebhookDelivery).toMatchObject({
      state: 'PENDING',
      attempts: 0,
    });
    expect(codeOf(await stack.query(Resend, { id: deliveryId }, t.admin))).toBe('CONFLICT');
    await drain(w);
    expect(r.requests.map((q) => [q.headers['webhook-id'], q.status])).toEqual([
      [deliveryId, 500],
      [deliveryId, 500],
      [deliveryId, 200],
      [deliveryId, 200],
    ]);
    ok(await stack.query(Deactivate, { id: webhook.id }, t.admin));
  });

  it('parks a delivery with the reason after the last attempt, and re-sends it on request', async () => {
    let accepting = false;
    const r = await receiver(() => (accepting ? 204 : 503));
    const { webhook, secret } = await register(r.url, ['WORK_ORDER_SLA_BREACHED'], [compoundB]);
    await recordEvent('WORK_ORDER_SLA_BREACHED', compoundB);
    const w = worker();
    for (const wait of [0, 1_000, 2_000, 4_000]) {
      stack.clock.advance(wait);
      expect(await w.runOnce()).toBe(1);
    }
    stack.clock.advance(10_000);
    expect(await w.runOnce()).toBe(0);
    expect(r.requests.map((q) => q.status)).toEqual([503, 503, 503, 503]);
    const parked = (await deliveriesOf(webhook.id)).edges[0].node;
    expect(parked).toMatchObject({ state: 'PARKED', attempts: 4, lastStatus: 503, lastError: 'HTTP 503', nextAttemptAt: null });
    expect(parked.parkedAt).not.toBeNull();
    expect(JSON.stringify(parked)).not.toContain(secret.slice(6));
    const parkedOnly = ok(await stack.query(Deliveries, { webhookId: webhook.id, state: 'PARKED' }, t.admin)).webhookDeliveries;
    expect(parkedOnly.totalCount).toBe(1);

    accepting = true;
    expect(ok(await stack.query(Resend, { id: parked.id }, t.admin)).resendWebhookDelivery).toMatchObject({
      id: parked.id,
      state: 'PENDING',
      attempts: 0,
      lastError: null,
    });
    expect(await w.runOnce()).toBe(1);
    expect((await deliveriesOf(webhook.id)).edges[0].node).toMatchObject({ state: 'DELIVERED', attempts: 1, lastStatus: 204 });
    expect(new Webhook(secret).verify(r.requests[4].body, r.requests[4].headers)).toBeTruthy();
    expect(codeOf(await stack.query(Resend, { id: randomUUID() }, t.admin))).toBe('NOT_FOUND');
    ok(await stack.query(Deactivate, { id: webhook.id }, t.admin));
  });

  it('keeps each secret sealed in the database, bound to its webhook and to NOTIFY_WEBHOOK_KEY; one that does not open sends nothing', async () => {
    const r = await receiver();
    const first = await register(r.url, ['WORK_ORDER_CLOSED'], [compoundA]);
    const second = await register(r.url, ['WORK_ORDER_CLOSED'], [compoundB]);
    const stored = async (id: string) =>
      (await stack.dataSources.notify.query<{ secret: string }[]>('SELECT secret FROM webhook WHERE id = $1', [id]))[0].secret;
    const sealed = await stored(first.webhook.id);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(first.secret.slice('whsec_'.length, 20));
    expect(openWebhookSecret(sealed, first.webhook.id)).toBe(first.secret);
    // A plain secret cannot be stored again.
    await expect(
      stack.dataSources.notify.query('UPDATE webhook SET secret = $2 WHERE id = $1', [first.webhook.id, first.secret]),
    ).rejects.toThrow(/webhook_secret_sealed/);

    // The first's sealed secret copied onto the second does not open there: its delivery fails, and nothing is sent.
    await stack.dataSources.notify.query('UPDATE webhook SET secret = $2 WHERE id = $1', [second.webhook.id, sealed]);
    await recordEvent('WORK_ORDER_CLOSED', compoundB);
    const w = worker();
    expect(await w.runOnce()).toBe(1);
    const unopened = 'the signing secret does not open with NOTIFY_WEBHOOK_KEY (was the key changed?)';
    expect((await deliveriesOf(second.webhook.id)).edges[0].node).toMatchObject({ state: 'PENDING', attempts: 1, lastError: unopened });
    expect(r.requests).toHaveLength(0);

    // Another key opens none of them; rotating the secret under that key mends the webhook.
    process.env.NOTIFY_WEBHOOK_KEY = randomBytes(32).toString('base64');
    try {
      stack.clock.advance(1_000);
      expect(await w.runOnce()).toBe(1);
      expect((await deliveriesOf(second.webhook.id)).edges[0].node).toMatchObject({ attempts: 2, lastError: unopened });
      const rotated = ok(await stack.query(Rotate, { id: second.webhook.id }, t.admin)).rotateWebhookSecret;
      stack.clock.advance(2_000);
      expect(await w.runOnce()).toBe(1);
      expect((await deliveriesOf(second.webhook.id)).edges[0].node).toMatchObject({ state: 'DELIVERED', attempts: 3 });
      expect(r.requests).toHaveLength(1);
      expect(new Webhook(rotated.secret).verify(r.requests[0].body, r.requests[0].headers)).toMatchObject({ type: 'WORK_ORDER_CLOSED' });
    } finally {
      delete process.env.NOTIFY_WEBHOOK_KEY;
    }
    for (const { webhook } of [first, second]) ok(await stack.query(Deactivate, { id: webhook.id }, t.admin));
  });

  it('parks with a network error when nothing listens, naming no secret', async () => {
    const closed = await receiver();
    const url = closed.url;
    await closed.close();
    const { webhook } = await register(url, ['REPORT_HANDED_TO_PROPERTY']);
    await recordEvent('REPORT_HANDED_TO_PROPERTY', compoundA);
    const w = worker({ maxAttempts: 2 });
    await w.runOnce();
    stack.clock.advance(1_000);
    await w.runOnce();
    const node = (await deliveriesOf(webhook.id)).edges[0].node;
    expect(node).toMatchObject({ state: 'PARKED', attempts: 2, lastStatus: null, lastError: 'network error: ECONNREFUSED' });
    ok(await stack.query(Deactivate, { id: webhook.id }, t.admin));
  });

  it('sends an event only to the webhooks whose kinds and compounds take it', async () => {
    const r = await receiver();
    const onlyA = (await register(r.url, ['WORK_ORDER_DISPATCHED', 'WORK_ORDER_CLOSED'], [compoundA])).webhook;
    const everywhere = (await register(r.url, ['WORK_ORDER_DISPATCHED'])).webhook;
    const other = (await register(r.url, ['WORK_ORDER_REOPENED'], [compoundA])).webhook;
    const dispatchedA = await recordEvent('WORK_ORDER_DISPATCHED', compoundA);
    const dispatchedAInput = lastInput;
    const events = {
      dispatchedA,
      dispatchedB: await recordEvent('WORK_ORDER_DISPATCHED', compoundB),
      closedB: await recordEvent('WORK_ORDER_CLOSED', compoundB),
      resolvedA: await recordEvent('WORK_ORDER_RESOLVED', compoundA),
    };
    const eventsOf = async (id: string) => (await deliveriesOf(id)).edges.map((e) => e.node.eventId).sort();
    expect(await eventsOf(onlyA.id)).toEqual([events.dispatchedA]);
    expect(await eventsOf(everywhere.id)).toEqual([events.dispatchedA, events.dispatchedB].sort());
    expect(await eventsOf(other.id)).toEqual([]);
    // Handed over again (a relay's retry): no second delivery.
    await handOver(dispatchedAInput);
    expect(await count('SELECT count(*) AS n FROM webhook_delivery WHERE event_id = $1', [events.dispatchedA])).toBe(2);

    // Deactivated: no new deliveries.
    ok(await stack.query(Deactivate, { id: everywhere.id }, t.admin));
    await recordEvent('WORK_ORDER_DISPATCHED', compoundB);
    expect(await eventsOf(everywhere.id)).toHaveLength(2);
    expect(ok(await stack.query(Webhooks, {}, t.admin)).webhooks.find((h) => h.id === everywhere.id)?.active).toBe(false);

    // A rotated secret signs from the next attempt on; the old one no longer verifies.
    const old = (await register(r.url, ['REPORT_ESCALATED'], [compoundB])).webhook;
    const rotated = ok(await stack.query(Rotate, { id: old.id }, t.admin)).rotateWebhookSecret;
    expect(rotated.webhook.secretRotatedAt).not.toBeNull();
    await drain(worker());
    const before = r.requests.length;
    await stack.callAs('party', 'notify', RECORD, {
      input: {
        eventId: randomUUID(),
        kind: 'REPORT_ESCALATED',
        recordType: 'IssueReport',
        recordId: randomUUID(),
        compoundId: compoundB,
        audience: [{ kind: 'PARTY_SECRETARY', scopeId: compoundB }],
        personal: false,
        textZh: '报事超时升级',
        textEn: 'Report escalated',
        level: 1,
        occurredAt: stack.clock.now().toISOString(),
      },
    });
    await drain(worker());
    const [sent] = r.requests.slice(before);
    expect(new Webhook(rotated.secret).verify(sent.body, sent.headers)).toMatchObject({ type: 'REPORT_ESCALATED', data: { level: 1 } });
    for (const id of [onlyA.id, other.id, old.id]) ok(await stack.query(Deactivate, { id }, t.admin));
  });

  it('POSTs each delivery once per attempt with two workers racing', async () => {
    const r = await receiver();
    r.delayMs = 30;
    const { webhook } = await register(r.url, ['REPORT_FILED'], [compoundB]);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await recordEvent('REPORT_FILED', compoundB));
    const [a, b] = [worker({ batchSize: 3 }), worker({ batchSize: 3 })];
    for (let pass = 0; pass < 20; pass++) {
      const done = await Promise.all([a.runOnce(), b.runOnce()]);
      if (done[0] + done[1] === 0) break;
    }
    expect(r.requests).toHaveLength(12);
    const perDelivery = new Map<string, number>();
    for (const q of r.requests) perDelivery.set(q.headers['webhook-id'], (perDelivery.get(q.headers['webhook-id']) ?? 0) + 1);
    expect([...perDelivery.values()]).toEqual(Array(12).fill(1));
    const page = ok(await stack.query(Deliveries, { webhookId: webhook.id, state: 'DELIVERED', first: 5 }, t.admin)).webhookDeliveries;
    expect(page.totalCount).toBe(12);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await stack.query(Deliveries, { webhookId: webhook.id, first: 10, after: page.pageInfo.endCursor }, t.admin),
    ).webhookDeliveries;
    expect(new Set([...page.edges, ...next.edges].map((e) => e.node.eventId))).toEqual(new Set(ids));
    expect(next.pageInfo.hasNextPage).toBe(false);
    ok(await stack.query(Deactivate, { id: webhook.id }, t.admin));
  });

  it('counts webhook deliveries by state in the admin figures', async () => {
    const from = new Date(stack.clock.now().getTime() - 86_400_000).toISOString();
    const to = new Date(stack.clock.now().getTime() + 60_000).toISOString();
    const byState: { state: string; n: number }[] = await stack.dataSources.notify.query(
      `SELECT state, count(*)::int AS n FROM webhook_delivery GROUP BY state`,
    );
    const expected = ['PENDING', 'DELIVERED', 'PARKED'].map((state) => ({ state, count: byState.find((s) => s.state === state)?.n ?? 0 }));
    expect(expected.find((s) => s.state === 'DELIVERED')!.count).toBeGreaterThanOrEqual(14);
    expect(expected.find((s) => s.state === 'PARKED')!.count).toBe(1);
    for (const token of [t.admin, t.analyst]) {
      const stats = ok(await stack.query(Stats, { from, to }, token)).notificationStats;
      expect(stats.webhookDeliveries).toEqual(expected);
    }
    // Outside the period: none.
    const before = ok(await stack.query(Stats, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' }, t.admin)).notificationStats;
    expect(before.webhookDeliveries.map((s) => s.count)).toEqual([0, 0, 0]);
  });
});

/** The worker as `npm start` runs it: registered in notify's workers, polling by itself. */
describe('notify: the webhook delivery worker running in the background', () => {
  let stack: Stack;
  let r: WebhookReceiver;

  beforeAll(async () => {
    stack = await startStack({ clock: new ManualClock(new Date()), workers: ['notify'] });
    r = await startReceiver();
  });
  afterAll(async () => {
    await r.close();
    await stack.stop();
  });

  it('delivers a recorded event with nobody driving it', async () => {
    const admin = await tokenFor('admin', {}, { sub: 'admin:webhooks' });
    const compoundId = randomUUID();
    const input = { url: r.url, eventKinds: ['REPORT_FILED' as const] };
    const { secret } = ok(await stack.query(RegisterWebhook, { input }, admin)).registerWebhook;
    const eventId = randomUUID();
    const recorded = await stack.callAs('party', 'notify', RECORD, {
      input: {
        eventId,
        kind: 'REPORT_FILED',
        recordType: 'IssueReport',
        recordId: randomUUID(),
        compoundId,
        audience: [{ kind: 'GRID_WORKERS', scopeId: compoundId }],
        personal: false,
        textZh: '新报事',
        textEn: 'A new report',
        level: null,
        occurredAt: stack.clock.now().toISOString(),
      },
    });
    expect(recorded.errors).toBeUndefined();
    await eventually('the webhook to be POSTed', () => r.requests.length > 0);
    const payload = new Webhook(secret).verify(r.requests[0].body, r.requests[0].headers) as { data: { eventId: string } };
    expect(payload.data.eventId).toBe(eventId);
  });
});
