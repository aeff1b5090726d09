import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ManualClock } from '../../shared/clock';
import { enqueueHandover } from '../../shared/handover/outbox';
import { InternalClient } from '../../shared/handover/internal-client';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { OutboxRelay } from '../../shared/handover/relay';
import { CREDIT_TOPIC, receiverControl } from './credit-receiver';
import { creditRoute, drain, HandoverWorld, SENDER, startHandoverWorld } from './harness';

/**
 * The hand-over mechanism between two real services: a sender with its outbox and a
 * relay, and a receiver subgraph over HTTP applying credits through `receiveOnce`.
 */
describe('hand-over: outbox, relay and idempotent receiver between two services', () => {
  let world: HandoverWorld;

  beforeAll(async () => {
    world = await startHandoverWorld();
  });
  afterAll(() => world.stop());
  beforeEach(() => world.reset());

  /** The sender's own write and its hand-over, in one transaction. */
  async function sendGrant(amount: number, dataSource: DataSource = world.sender, clock: ManualClock = world.clock): Promise<string> {
    const id = randomUUID();
    await dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO grant_record (id, amount) VALUES ($1, $2)', [id, amount]);
      await enqueueHandover(manager, { topic: CREDIT_TOPIC, recordId: id, payload: { amount }, actor: 'test-sender', at: clock.now() });
    });
    return id;
  }

  const outboxRow = (recordId: string) => world.sender.getRepository(OutboxMessage).findOneByOrFail({ topic: CREDIT_TOPIC, recordId });
  const credits = (recordId?: string) =>
    world.receiverDb.query<{ id: string; recordId: string; amount: number; createdBy: string }[]>(
      `SELECT id, record_id AS "recordId", amount, created_by AS "createdBy" FROM credit ${recordId ? 'WHERE record_id = $1' : ''} ORDER BY created_at, id`,
      recordId ? [recordId] : [],
    );
  const grant = async (id: string) =>
    (await world.sender.query('SELECT status, credit_id AS "creditId", refusal FROM grant_record WHERE id = $1', [id]))[0];

  it('enqueues inside the sender transaction: a rollback leaves no outbox row, a commit leaves one PENDING row', async () => {
    const rolledBack = randomUUID();
    await expect(
      world.sender.transaction(async (manager) => {
        await manager.query('INSERT INTO grant_record (id, amount) VALUES ($1, 10)', [rolledBack]);
        await enqueueHandover(manager, {
          topic: CREDIT_TOPIC,
          recordId: rolledBack,
          payload: { amount: 10 },
          actor: 'test-sender',
          at: world.clock.now(),
        });
        throw new Error('the business rule said no after the enqueue');
      }),
    ).rejects.toThrow('the business rule said no');
    expect(await world.sender.query('SELECT count(*)::int AS n FROM handover_outbox')).toEqual([{ n: 0 }]);
    expect(await world.sender.query('SELECT count(*)::int AS n FROM grant_record')).toEqual([{ n: 0 }]);

    const id = await sendGrant(10);
    // Enqueuing the same record again (a retried sender request) keeps the first.
    await world.sender.transaction((manager) =>
      enqueueHandover(manager, { topic: CREDIT_TOPIC, recordId: id, payload: { amount: 10 }, actor: 'test-sender', at: world.clock.now() }),
    );
    const rows = await world.sender.getRepository(OutboxMessage).find();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      topic: CREDIT_TOPIC,
      recordId: id,
      payload: { amount: 10 },
      status: 'PENDING',
      attempts: 0,
      lastError: null,
      result: null,
      createdBy: 'test-sender',
      deliveredAt: null,
      failedAt: null,
    });
    expect(rows[0].nextAttemptAt.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    expect(rows[0].createdAt.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    // Nothing reached the receiver: enqueuing only promises the delivery.
    expect(world.proxy.requests).toBe(0);
  });

  it('receiver down: stays PENDING with doubling, capped back-off; delivered exactly once after it comes back', async () => {
    await world.stopReceiver();
    const relay = world.relay({ directory: world.direct, baseDelayMs: 1000, maxDelayMs: 4000 });
    const id = await sendGrant(25);
    const t0 = world.clock.now().getTime();

    expect(await relay.runOnce()).toBe(1);
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, result: null, deliveredAt: null });
    expect(row.lastError).toMatch(/^SERVICE_UNAVAILABLE: The committee service could not be reached/);
    expect(row.nextAttemptAt.getTime()).toBe(t0 + 1000);

    // Not due yet: nothing is attempted.
    world.clock.advance(999);
    expect(await relay.runOnce()).toBe(0);
    expect((await outboxRow(id)).attempts).toBe(1);

    // Each further failure doubles the wait, up to maxDelayMs.
    const expectedDelays = [2000, 4000, 4000, 4000];
    for (const [i, delay] of expectedDelays.entries()) {
      world.clock.set(row.nextAttemptAt);
      expect(await relay.runOnce()).toBe(1);
      row = await outboxRow(id);
      expect(row.attempts).toBe(i + 2);
      expect(row.status).toBe('PENDING');
      expect(row.nextAttemptAt.getTime() - world.clock.now().getTime()).toBe(delay);
    }
    expect(await credits()).toEqual([]);
    expect(await grant(id)).toMatchObject({ status: 'SENT', creditId: null });

    await world.startReceiver();
    // Back up, but the message waits for its due time.
    expect(await relay.runOnce()).toBe(0);
    world.clock.set(row.nextAttemptAt);
    expect(await relay.runOnce()).toBe(1);
    row = await outboxRow(id);
    const applied = await credits();
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ recordId: id, amount: 25, createdBy: 'service:enterprise' });
    expect(row).toMatchObject({
      status: 'DELIVERED',
      attempts: 6,
      lastError: null,
      result: { creditId: applied[0].id, recordId: id, amount: 25 },
    });
    expect(row.deliveredAt?.toISOString()).toBe(world.clock.now().toISOString());
    expect(await grant(id)).toMatchObject({ status: 'CREDITED', creditId: applied[0].id });

    // Delivered means done: later passes do not call the receiver again.
    world.clock.advance(3_600_000);
    expect(await relay.runOnce()).toBe(0);
    expect(receiverControl.calls).toBe(1);
    expect(await credits()).toHaveLength(1);
  });

  it('lost response (receiver applied, sender never heard): retried, and the replay returns the first result, one effect', async () => {
    const relay = world.relay({ baseDelayMs: 1000 });
    const id = await sendGrant(40);
    world.proxy.loseResponses = 1;

    expect(await relay.runOnce()).toBe(1);
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, result: null });
    expect(row.lastError).toMatch(/^SERVICE_UNAVAILABLE/);
    // The receiver did apply it; only the answer was lost.
    const applied = await credits(id);
    expect(applied).toHaveLength(1);
    expect(await grant(id)).toMatchObject({ status: 'SENT', creditId: null });

    world.clock.advance(1000);
    expect(await relay.runOnce()).toBe(1);
    row = await outboxRow(id);
    expect(row).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      lastError: null,
      result: { creditId: applied[0].id, recordId: id, amount: 40 },
    });
    expect(await credits()).toEqual(applied);
    expect(await world.receiverDb.query('SELECT count(*)::int AS n FROM handover_inbox')).toEqual([{ n: 1 }]);
    expect(await grant(id)).toMatchObject({ status: 'CREDITED', creditId: applied[0].id });
    expect(world.proxy.requests).toBe(2);
    expect(receiverControl.calls).toBe(2);
  });

  it('a slow receiver (client timeout while it still applies): retried while the first is in flight, one effect', async () => {
    receiverControl.applyDelayMs = 800;
    const impatient = new OutboxRelay(
      world.sender,
      new InternalClient(SENDER, world.viaProxy, undefined, 500),
      { [CREDIT_TOPIC]: creditRoute },
      { clock: world.clock, baseDelayMs: 1000 },
    );
    const id = await sendGrant(60);
    expect(await impatient.runOnce()).toBe(1);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toMatch(/^SERVICE_UNAVAILABLE/);
    // Retry at once, while the receiver still holds the first attempt's transaction: the
    // duplicate waits on the inbox key, then replays the first result.
    for (let attempt = 0; attempt < 5 && (await outboxRow(id)).status === 'PENDING'; attempt++) {
      world.clock.advance(60_000);
      await impatient.runOnce();
    }
    const applied = await credits(id);
    expect(applied).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: 'DELIVERED', result: { creditId: applied[0].id, amount: 60 } });
    expect(receiverControl.calls).toBeGreaterThanOrEqual(2);
  });

  it('a relay that dies mid-delivery (its connection killed after the receiver applied): another replica delivers, one effect', async () => {
    receiverControl.applyDelayMs = 300;
    const id = await sendGrant(70);
    const doomedDb = await world.openSender();
    const doomed = world.relay({ dataSource: doomedDb, baseDelayMs: 1000 });
    const pass = doomed.runOnce().catch((error: unknown) => error);
    const deadline = Date.now() + 120_000; // a bound for a loaded machine; ends as soon as it holds
    while (receiverControl.calls === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(receiverControl.calls).toBe(1);
    // The replica holding the claim goes away: its transaction (and row lock) with it.
    const killed = await world.sender.query(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()`,
    );
    expect(killed).toEqual([{ ok: true }]);
    await pass;
    expect((await outboxRow(id)).status).toBe('PENDING');
    expect(await credits(id)).toHaveLength(1);

    world.clock.advance(60_000);
    expect(await world.relay().runOnce()).toBe(1);
    const applied = await credits(id);
    expect(applied).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: 'DELIVERED', result: { creditId: applied[0].id } });
    expect(await grant(id)).toMatchObject({ status: 'CREDITED', creditId: applied[0].id });
    expect(receiverControl.calls).toBe(2);
  });

  it('permanent refusal (BAD_USER_INPUT, CONFLICT): FAILED with the reason, never retried', async () => {
    const relay = world.relay({ baseDelayMs: 1000 });
    const negative = await sendGrant(-5);

    // Another sender record id already received with other content → CONFLICT.
    const clashing = randomUUID();
    await world.client().request('committee', 'mutation($r: ID!) { applyCredit(recordId: $r, amount: 7) { creditId } }', { r: clashing });
    await world.sender.transaction(async (manager) => {
      await manager.query('INSERT INTO grant_record (id, amount) VALUES ($1, 8)', [clashing]);
      await enqueueHandover(manager, {
        topic: CREDIT_TOPIC,
        recordId: clashing,
        payload: { amount: 8 },
        actor: 'test-sender',
        at: world.clock.now(),
      });
    });
    world.proxy.requests = 0;

    expect(await relay.runOnce()).toBe(2);
    const refused = await outboxRow(negative);
    expect(refused).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      result: null,
      deliveredAt: null,
      lastError: 'BAD_USER_INPUT: A credit must be positive',
    });
    expect(refused.failedAt?.toISOString()).toBe(world.clock.now().toISOString());
    expect(await grant(negative)).toMatchObject({ status: 'REFUSED', refusal: 'BAD_USER_INPUT: A credit must be positive' });

    const conflicting = await outboxRow(clashing);
    expect(conflicting.status).toBe('FAILED');
    expect(conflicting.lastError).toBe(`CONFLICT: ${CREDIT_TOPIC} ${clashing} was already received with different content`);
    expect(await credits(clashing)).toEqual([expect.objectContaining({ amount: 7 })]);
    expect(world.proxy.requests).toBe(2);

    for (const wait of [1000, 60_000, 86_400_000]) {
      world.clock.advance(wait);
      expect(await relay.runOnce()).toBe(0);
    }
    expect(world.proxy.requests).toBe(2);
    expect((await outboxRow(negative)).attempts).toBe(1);
  });

  it('a receiver bug (INTERNAL_SERVER_ERROR) is transient: retried, not failed', async () => {
    const relay = world.relay({ baseDelayMs: 1000 });
    const id = await sendGrant(500);
    expect(await relay.runOnce()).toBe(1);
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'INTERNAL_SERVER_ERROR: Internal server error' });
    world.clock.advance(1000);
    expect(await relay.runOnce()).toBe(1);
    row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(world.proxy.requests).toBe(2);
  });

  it('a topic without a route is FAILED without calling anyone', async () => {
    const relay = world.relay();
    await world.sender.transaction((manager) =>
      enqueueHandover(manager, { topic: 'test.unknown', recordId: 'r-1', payload: {}, actor: 'test-sender', at: world.clock.now() }),
    );
    expect(await relay.runOnce()).toBe(1);
    const row = await world.sender.getRepository(OutboxMessage).findOneByOrFail({ topic: 'test.unknown' });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'No route for topic test.unknown' });
    expect(world.proxy.requests).toBe(0);
  });

  it('two relays (two replicas, own connections) over 50 messages: each delivered once, 50 calls in all', async () => {
    receiverControl.applyDelayMs = 5;
    const ids: string[] = [];
    for (let i = 1; i <= 50; i++) ids.push(await sendGrant(i));
    const secondSender = await world.openSender();
    const relayA = world.relay();
    const relayB = world.relay({ dataSource: secondSender, batchSize: 7 });

    const [byA, byB] = await Promise.all([drain(relayA), drain(relayB)]);
    expect(byA + byB).toBe(50);
    // Both really worked at the same time.
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);

    expect(world.proxy.requests).toBe(50);
    expect(receiverControl.calls).toBe(50);
    const rows = await world.sender.getRepository(OutboxMessage).find();
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.status === 'DELIVERED' && r.attempts === 1)).toBe(true);
    const applied = await credits();
    expect(applied).toHaveLength(50);
    expect(new Set(applied.map((c) => c.recordId))).toEqual(new Set(ids));
    expect(await world.receiverDb.query('SELECT count(*)::int AS n FROM handover_inbox')).toEqual([{ n: 50 }]);
  });

  it('two relays running in the background (start/stop) deliver everything once', async () => {
    receiverControl.applyDelayMs = 2;
    for (let i = 1; i <= 20; i++) await sendGrant(i);
    const secondSender = await world.openSender();
    // A long poll and small batches: a full batch goes on at once, so the backlog drains
    // in well under one poll interval.
    const relays = [world.relay({ pollMs: 60_000, batchSize: 3 }), world.relay({ pollMs: 60_000, batchSize: 3, dataSource: secondSender })];
    relays.forEach((r) => r.start());
    try {
      const deadline = Date.now() + 120_000; // a bound for a loaded machine; ends as soon as it holds
      for (;;) {
        const [{ n }] = await world.sender.query(`SELECT count(*)::int AS n FROM handover_outbox WHERE status = 'DELIVERED'`);
        if (n === 20 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
    expect(await world.sender.query(`SELECT status, count(*)::int AS n FROM handover_outbox GROUP BY status`)).toEqual([
      { status: 'DELIVERED', n: 20 },
    ]);
    expect(world.proxy.requests).toBe(20);
    expect(await credits()).toHaveLength(20);
  });

  it('a failure after the call (onDelivered throws) backs off instead of blocking the queue', async () => {
    const first = await sendGrant(1);
    world.clock.advance(1);
    const second = await sendGrant(2);
    let failures = 1;
    const relay = new OutboxRelay(
      world.sender,
      world.client(),
      {
        [CREDIT_TOPIC]: {
          ...creditRoute,
          async onDelivered(manager, message, result) {
            if (message.recordId === first && failures-- > 0) throw new Error('sender bookkeeping failed');
            await creditRoute.onDelivered!(manager, message, result);
          },
        },
      },
      { clock: world.clock, baseDelayMs: 1000 },
    );

    // The first message's failure does not stop the pass: the second is delivered.
    expect(await relay.runOnce()).toBe(2);
    let row = await outboxRow(first);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, result: null });
    expect(row.lastError).toContain('sender bookkeeping failed');
    expect(row.nextAttemptAt.getTime()).toBe(world.clock.now().getTime() + 1000);
    expect(await outboxRow(second)).toMatchObject({ status: 'DELIVERED', attempts: 1 });

    // No spinning: not due again until the back-off has passed.
    expect(await relay.runOnce()).toBe(0);
    world.clock.advance(1000);
    expect(await relay.runOnce()).toBe(1);
    row = await outboxRow(first);
    const applied = await credits(first);
    expect(applied).toHaveLength(1);
    expect(row).toMatchObject({ status: 'DELIVERED', attempts: 2, result: { creditId: applied[0].id } });
    expect(await grant(first)).toMatchObject({ status: 'CREDITED', creditId: applied[0].id });
  });
});
