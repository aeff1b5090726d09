import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { importPrivateKey } from '../../shared/auth/keys';
import { ASSERTION_HEADER, ASSERTION_TYPE, GATEWAY_TOKEN_HEADER } from '../../shared/auth/service-identity';
import type { ServiceName } from '../../shared/config';
import { InternalCallError, InternalClient } from '../../shared/handover/internal-client';
import { receiveOnce } from '../../shared/handover/receiver';
import { devServiceKey, gatewayHeaders, tokenFor } from '../support/tokens';
import { CREDIT_TOPIC, receiverControl } from './credit-receiver';
import { APPLY_CREDIT, CreditReceiptData, HandoverWorld, RECEIVER, SENDER, startHandoverWorld } from './harness';

/** The receiving side on its own: `receiveOnce` behind a real service, and who may call it. */
describe('hand-over receiver: idempotent by the sender record id, its one sending service only', () => {
  let world: HandoverWorld;
  let client: InternalClient;

  beforeAll(async () => {
    world = await startHandoverWorld();
    client = world.client(world.direct);
  });
  afterAll(() => world.stop());
  beforeEach(() => world.reset());

  const apply = async (recordId: string, amount: number) =>
    (await client.request<{ applyCredit: CreditReceiptData }>(RECEIVER, APPLY_CREDIT, { recordId, amount })).applyCredit;
  const count = async (table: string) => (await world.receiverDb.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const refusal = async (promise: Promise<unknown>): Promise<InternalCallError> => {
    try {
      await promise;
    } catch (error) {
      return error as InternalCallError;
    }
    throw new Error('should have been refused');
  };

  it('same key and payload returns the first result and writes nothing; other payload is CONFLICT', async () => {
    const recordId = randomUUID();
    const first = await apply(recordId, 10);
    expect(first).toEqual({ creditId: expect.any(String), recordId, amount: 10 });
    const stored = await world.receiverDb.query('SELECT id, amount, created_by AS "createdBy" FROM credit');
    expect(stored).toEqual([{ id: first.creditId, amount: 10, createdBy: 'service:enterprise' }]);
    const [receipt] = await world.receiverDb.query(
      'SELECT topic, payload, result, received_by AS "receivedBy", received_at AS "receivedAt" FROM handover_inbox',
    );
    expect(receipt).toEqual({
      topic: CREDIT_TOPIC,
      payload: { amount: 10 },
      result: first,
      receivedBy: 'service:enterprise',
      receivedAt: world.clock.now(),
    });

    world.clock.advance(60_000);
    expect(await apply(recordId, 10)).toEqual(first);
    expect(await count('credit')).toBe(1);
    expect(await count('handover_inbox')).toBe(1);

    const error = await refusal(apply(recordId, 11));
    expect(error).toBeInstanceOf(InternalCallError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      permanent: true,
      message: `${CREDIT_TOPIC} ${recordId} was already received with different content`,
    });
    expect(await world.receiverDb.query('SELECT id, amount FROM credit')).toEqual([{ id: first.creditId, amount: 10 }]);
    expect(receiverControl.calls).toBe(3);
  });

  it('10 concurrent identical deliveries: one effect, all get the same answer', async () => {
    receiverControl.applyDelayMs = 100;
    const recordId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => apply(recordId, 30)));
    expect(receiverControl.calls).toBe(10);
    const [row] = await world.receiverDb.query('SELECT id FROM credit');
    expect(await count('credit')).toBe(1);
    expect(answers).toEqual(Array.from({ length: 10 }, () => ({ creditId: row.id, recordId, amount: 30 })));
  });

  it('concurrent deliveries with two different payloads: one wins, the others replay it or get CONFLICT', async () => {
    receiverControl.applyDelayMs = 50;
    const recordId = randomUUID();
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => apply(recordId, i % 2 === 0 ? 10 : 20)));
    const [row] = await world.receiverDb.query('SELECT id, amount FROM credit');
    expect(await count('credit')).toBe(1);
    for (const [i, outcome] of outcomes.entries()) {
      const amount = i % 2 === 0 ? 10 : 20;
      if (amount === row.amount) {
        expect(outcome).toEqual({ status: 'fulfilled', value: { creditId: row.id, recordId, amount } });
      } else {
        expect(outcome.status).toBe('rejected');
        expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT', permanent: true });
      }
    }
  });

  it('a failed apply keeps no receipt, so a later delivery applies it', async () => {
    const recordId = randomUUID();
    const incoming = { topic: 'test.direct', recordId, payload: { amount: 1 }, receivedBy: 'test', at: world.clock.now() };
    await expect(
      receiveOnce(world.receiverDb, incoming, async (manager) => {
        await manager.query(`INSERT INTO credit (id, record_id, amount, created_by, created_at) VALUES ($1, $2, 1, 'test', now())`, [
          randomUUID(),
          recordId,
        ]);
        throw new Error('the business rule said no');
      }),
    ).rejects.toThrow('the business rule said no');
    expect(await count('handover_inbox')).toBe(0);
    expect(await count('credit')).toBe(0);
    expect(await receiveOnce(world.receiverDb, incoming, async () => ({ ok: true }))).toEqual({ ok: true });
    expect(await count('handover_inbox')).toBe(1);
  });

  it('bigint amounts and Dates: accepted, compared by value, and the first answer equals every replay', async () => {
    const recordId = randomUUID();
    const payload = { amountFen: 123_456_789_012n, period: '2026-10', decidedAt: new Date('2026-10-31T16:00:00Z') };
    let applied = 0;
    const applyOnce = async () => {
      applied++;
      return { entryId: 'e-1', amountFen: 123_456_789_012n, at: new Date('2026-11-22T02:00:00Z') };
    };
    const incoming = { topic: 'test.fen', recordId, payload, receivedBy: 'test', at: world.clock.now() };
    const first = await receiveOnce(world.receiverDb, incoming, applyOnce);
    expect(first).toEqual({ entryId: 'e-1', amountFen: '123456789012', at: '2026-11-22T02:00:00.000Z' });
    // The same amount as the wire sends it (a decimal string) is the same payload.
    const replay = await receiveOnce(
      world.receiverDb,
      { ...incoming, payload: { ...payload, amountFen: '123456789012', decidedAt: '2026-10-31T16:00:00.000Z' } },
      applyOnce,
    );
    expect(replay).toEqual(first);
    expect(applied).toBe(1);
    const [receipt] = await world.receiverDb.query('SELECT payload FROM handover_inbox WHERE record_id = $1', [recordId]);
    expect(receipt.payload).toEqual({ amountFen: '123456789012', period: '2026-10', decidedAt: '2026-10-31T16:00:00.000Z' });

    await expect(
      receiveOnce(world.receiverDb, { ...incoming, payload: { ...payload, amountFen: 123_456_789_013n } }, applyOnce),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    // Another date is other content too (Dates once all hashed as `{}`).
    await expect(
      receiveOnce(world.receiverDb, { ...incoming, payload: { ...payload, decidedAt: new Date('2026-11-30T16:00:00Z') } }, applyOnce),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(applied).toBe(1);
  });

  describe('who may call the internal mutation: the enterprise service alone, with a fresh assertion', () => {
    const post = async (headers: Record<string, string>) => {
      const response = await fetch(world.direct.urlOf(RECEIVER), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: APPLY_CREDIT, variables: { recordId: randomUUID(), amount: 5 } }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, body };
    };
    const now = () => Math.floor(Date.now() / 1000);
    /** An assertion built by hand, so each claim can be wrong on its own. */
    const assertion = (
      over: { iss?: string; aud?: string; kid?: string; signer?: ServiceName; iat?: number; exp?: number; jti?: string } = {},
    ) => {
      const key = devServiceKey(over.signer ?? SENDER);
      const iat = over.iat ?? now();
      return new SignJWT({})
        .setProtectedHeader({ alg: 'EdDSA', kid: over.kid ?? key.kid, typ: ASSERTION_TYPE })
        .setIssuer(over.iss ?? SENDER)
        .setAudience(over.aud ?? RECEIVER)
        .setIssuedAt(iat)
        .setExpirationTime(over.exp ?? iat + 30)
        .setJti(over.jti ?? randomUUID())
        .sign(key.key)
        .then((token) => ({ [ASSERTION_HEADER]: token }));
    };

    it('without a gateway token or an assertion: HTTP 401, even with a user token; a guessed one: 401', async () => {
      const bearer = { authorization: `Bearer ${await tokenFor('admin')}` };
      expect(await post(bearer)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await post({ ...bearer, [GATEWAY_TOKEN_HEADER]: 'guessed' })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await post({ [ASSERTION_HEADER]: 'guessed' })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(receiverControl.calls).toBe(0);
    });

    it("the gateway's token forwards people, never to an internal operation: FORBIDDEN even for an admin", async () => {
      const gateway = await gatewayHeaders(RECEIVER);
      expect(await post(gateway)).toMatchObject({ status: 200, code: 'UNAUTHENTICATED' });
      for (const role of ['committee_member', 'admin'] as const) {
        const result = await post({ ...gateway, authorization: `Bearer ${await tokenFor(role, { compoundId: randomUUID() })}` });
        expect(result).toMatchObject({ code: 'FORBIDDEN', message: 'applyCredit is internal: only the enterprise service may call it' });
      }
      expect(receiverControl.calls).toBe(0);
      expect(await count('credit')).toBe(0);
    });

    it('another service with a valid assertion: FORBIDDEN, nothing written', async () => {
      for (const caller of ['property', 'party'] as const) {
        expect(await post(await assertion({ iss: caller, signer: caller }))).toMatchObject({ status: 200, code: 'FORBIDDEN' });
      }
      expect(receiverControl.calls).toBe(0);
      expect(await count('credit')).toBe(0);
    });

    it('forged, expired, replayed, over-long or misaddressed assertions: HTTP 401, nothing written', async () => {
      const refusals: [string, Record<string, string>, RegExp][] = [
        [
          "property's key, claiming to be enterprise",
          await assertion({ signer: 'property' }),
          /signed with a key of property, not of enterprise/,
        ],
        ["property's key under enterprise's key id", await assertion({ signer: 'property', kid: 'enterprise:dev' }), /not validly signed/],
        ['a key id no JWKS lists', await assertion({ kid: 'enterprise:stolen' }), /not validly signed/],
        ['expired', await assertion({ iat: now() - 120, exp: now() - 60 }), /expired/],
        ['valid for ten minutes', await assertion({ exp: now() + 600 }), /longer than 60 s/],
        ['for another receiver', await assertion({ aud: 'party' }), /aud is not valid/],
      ];
      for (const [label, headers, reason] of refusals) {
        const result = await post(headers);
        expect({ label, status: result.status, code: result.code }).toEqual({ label, status: 401, code: 'UNAUTHENTICATED' });
        expect(result.message).toMatch(reason);
      }
      const once = await assertion();
      expect(await post(once)).toMatchObject({ status: 200, code: undefined });
      expect(await post(once)).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'Service assertion refused: it was already used',
      });
      expect(receiverControl.calls).toBe(1);
      expect(await count('credit')).toBe(1);
      // The id is kept in the receiver's own database, so a replica refuses the replay too.
      const jti = decodeJwt(once[ASSERTION_HEADER]).jti;
      expect(await world.receiverDb.query('SELECT caller FROM seen_service_assertion WHERE jti = $1', [jti])).toEqual([{ caller: SENDER }]);
    });

    it('the internal client signs a fresh assertion per call; one with a key the receiver does not know is refused (and retried)', async () => {
      expect(
        (await client.request<{ applyCredit: CreditReceiptData }>(RECEIVER, APPLY_CREDIT, { recordId: randomUUID(), amount: 5 }))
          .applyCredit,
      ).toMatchObject({ amount: 5 });
      expect(
        (await client.request<{ applyCredit: CreditReceiptData }>(RECEIVER, APPLY_CREDIT, { recordId: randomUUID(), amount: 6 }))
          .applyCredit,
      ).toMatchObject({ amount: 6 });
      const { privateKey } = generateKeyPairSync('ed25519');
      const unknownKey = importPrivateKey(
        JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: 'enterprise:unlisted' }),
        'a test key',
      );
      const misconfigured = new InternalClient(SENDER, world.direct, unknownKey);
      const error = await refusal(misconfigured.request(RECEIVER, APPLY_CREDIT, { recordId: randomUUID(), amount: 5 }));
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', permanent: false });
      expect(receiverControl.calls).toBe(2);
      expect(await count('credit')).toBe(2);
    });
  });
});
