import { generateKeyPairSync, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, type JWK } from 'jose';
import { signUserToken } from '../../shared/auth/jwt';
import { importPrivateKey, publicJwks, type SigningKey } from '../../shared/auth/keys';
import { ASSERTION_HEADER, ASSERTION_TYPE } from '../../shared/auth/service-identity';
import { loadTrust } from '../../shared/auth/trust';
import { authSettings } from '../../shared/config';
import { demoCommitteeId, demoCompound } from '../../shared/demo/manifest';
import { enqueueSettlementRebate } from '../../subgraphs/enterprise/neighbours/settlement-rebate.outgoing';
import { eventually } from '../support/eventually';
import { codeOf, startStack, type GraphQLResult, type Stack } from '../support/stack';
import { assertionHeaders, devServiceKey, gatewayHeaders } from '../support/tokens';
import { graphql } from '../typed';

const Fund = graphql(`
  query TrustFund($c: ID!) {
    publicFund(compoundId: $c) {
      balance {
        fen
      }
      entries(first: 100) {
        totalCount
      }
    }
  }
`);

/** A query that every subgraph helps answer, so every service verifies the token. */
const FundAndPlaces = graphql(`
  query TrustFundAndPlaces($c: ID!) {
    compound(id: $c) {
      name
      buildings {
        id
      }
      ownersCommittee {
        id
      }
      serviceContracts {
        id
      }
      outlets {
        id
      }
    }
  }
`);

/**
 * Trust between stakeholders, tried as an attacker would: straight at a subgraph with
 * another service's valid assertion, a replayed or expired one, the gateway's token on an
 * internal operation, a rebate for a settlement that never existed; and a rotation of the
 * identity provider's keys under a steady stream of requests. The stack's user tokens
 * come from a JWKS file of this test's own issuer keys, as a real deployment's would.
 */
describe('trust between stakeholders', () => {
  let stack: Stack;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-jwks-'));
  const jwksFile = path.join(dir, 'users.jwks.json');
  const newIssuerKey = (kid: string): { jwk: JWK; key: SigningKey } => {
    const jwk = { ...(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK), kid };
    return { jwk, key: importPrivateKey(JSON.stringify(jwk), kid) };
  };
  /** Publishes a JWKS as an operator would: a new file renamed over the old, never half-written. */
  const publish = (...keys: JWK[]) => {
    fs.writeFileSync(`${jwksFile}.new`, JSON.stringify(publicJwks(keys)));
    fs.renameSync(`${jwksFile}.new`, jwksFile);
  };
  const oldKey = newIssuerKey('issuer-2026-06');
  const newKey = newIssuerKey('issuer-2026-12');
  const analystOf = (key: SigningKey) => signUserToken({ sub: 'analyst-1', roles: [{ role: 'analyst' }] }, { key, expiresIn: '10m' });

  const KUIGUANGTA = demoCompound('kuiguangta').id;
  const COMMITTEE = demoCommitteeId('kuiguangta');
  /** Internal (not in the API schema): sent straight to committee, as text. */
  const REBATE = `mutation($input: ApplySettlementRebateInput!) { applySettlementRebate(input: $input) { id amount { fen } } }`;
  const fund = async () => {
    const result = await stack.query(Fund, { c: KUIGUANGTA }, await analystOf(oldKey.key));
    expect(result.errors).toBeUndefined();
    const receipts = await stack.dataSources.committee.query(
      `SELECT count(*)::int AS n FROM handover_inbox WHERE topic = 'settlement.rebate'`,
    );
    return { ...result.data!.publicFund, receipts: receipts[0].n };
  };
  const rebate = (over: Record<string, unknown> = {}) => ({
    settlementId: randomUUID(),
    committeeId: COMMITTEE,
    compoundId: KUIGUANGTA,
    amountFen: '123456',
    period: '2026-10',
    ...over,
  });

  beforeAll(async () => {
    publish(oldKey.jwk);
    const auth = { ...authSettings(), jwks: jwksFile };
    stack = await startStack({ seedDemo: true, trust: (service) => loadTrust(service, { auth }) });
  });
  afterAll(async () => {
    await stack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('the settlement rebate receiver (committee), which credits money', () => {
    it('refuses a rebate for a settlement the enterprise never made, even from the enterprise itself: the fund is unchanged', async () => {
      const before = await fund();
      const result = await stack.callAs('enterprise', 'committee', REBATE, { input: rebate() });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.errors![0].message).toMatch(/^The enterprise service has no rebate for settlement .+; nothing was credited$/);
      expect(await fund()).toEqual(before);
    });

    it('refuses another service, even with a valid assertion and a rebate the enterprise did promise; the enterprise then gets it credited once', async () => {
      const input = rebate({ amountFen: '4321' });
      await stack.dataSources.enterprise.transaction((m) =>
        enqueueSettlementRebate(m, { ...input, amountFen: BigInt(input.amountFen) }, 'fixture', new Date()),
      );
      const before = await fund();
      // The caller is refused before its input is read: a hostile input from it is FORBIDDEN too.
      expect(codeOf(await stack.callAs('property', 'committee', REBATE, { input: { ...input, period: '2026-10\u0000' } }))).toBe(
        'FORBIDDEN',
      );
      for (const caller of ['property', 'party'] as const) {
        const refused = await stack.callAs(caller, 'committee', REBATE, { input });
        expect({ caller, code: codeOf(refused), message: refused.errors?.[0]?.message }).toEqual({
          caller,
          code: 'FORBIDDEN',
          message: 'applySettlementRebate is internal: only the enterprise service may call it',
        });
      }
      // The gateway's token with an admin's token behind it: refused the same way.
      const admin = await signUserToken({ sub: 'admin-1', roles: [{ role: 'admin' }] }, { key: oldKey.key });
      const viaGatewayToken = await post(
        'committee',
        REBATE,
        { input },
        { ...(await gatewayHeaders('committee')), authorization: `Bearer ${admin}` },
      );
      expect(codeOf(viaGatewayToken)).toBe('FORBIDDEN');
      expect(await fund()).toEqual(before);

      const applied = await stack.callAs<{ applySettlementRebate: { amount: { fen: string } } }>('enterprise', 'committee', REBATE, {
        input,
      });
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applySettlementRebate.amount).toEqual({ fen: '4321' });
      const after = await fund();
      expect(after).toEqual({
        balance: { fen: String(BigInt(before.balance.fen) + 4321n) },
        entries: { totalCount: before.entries.totalCount + 1 },
        receipts: before.receipts + 1,
      });
    });

    it('refuses a replayed or an expired assertion with 401, and writes nothing', async () => {
      const input = rebate({ amountFen: '99' });
      await stack.dataSources.enterprise.transaction((m) =>
        enqueueSettlementRebate(m, { ...input, amountFen: 99n }, 'fixture', new Date()),
      );
      const before = await fund();
      const headers = await assertionHeaders('enterprise', 'committee');
      // Captured off the wire and sent again: refused, whatever it carries.
      const first = await post('committee', REBATE, { input }, headers);
      expect(first.errors).toBeUndefined();
      const replay = await post('committee', REBATE, { input: rebate({ amountFen: '99' }) }, headers);
      expect({ status: replay.status, code: codeOf(replay), message: replay.errors?.[0]?.message }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'Service assertion refused: it was already used',
      });
      const expired = await expiredAssertion();
      const late = await post('committee', REBATE, { input: rebate() }, { [ASSERTION_HEADER]: expired });
      expect({ status: late.status, code: codeOf(late) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await fund()).toMatchObject({ receipts: before.receipts + 1, entries: { totalCount: before.entries.totalCount + 1 } });
    });
  });

  it("rotates the identity provider's key with no failed request: both keys accepted during the rotation, the old one refused after", async () => {
    let current = oldKey.key;
    let sent = 0;
    const failures: GraphQLResult[] = [];
    let running = true;
    // A steady stream of requests through the gateway, each with a fresh token of the
    // issuer's current key (a token fans out to all four subgraphs, each verifying it).
    const loop = (async () => {
      while (running) {
        const result = await stack.query(FundAndPlaces, { c: KUIGUANGTA }, await analystOf(current));
        sent++;
        if (result.status !== 200 || result.errors) failures.push(result);
      }
    })();
    const accepted = async (key: SigningKey) => {
      const result = await stack.query(FundAndPlaces, { c: KUIGUANGTA }, await analystOf(key));
      return result.status === 200 && !result.errors;
    };
    try {
      await eventually('requests flowing with the old key', () => sent >= 5);
      // 1. Publish the new key beside the old one; every service picks it up within a second.
      publish(oldKey.jwk, newKey.jwk);
      await new Promise((r) => setTimeout(r, 1_100));
      expect(await accepted(newKey.key)).toBe(true);
      expect(await accepted(oldKey.key)).toBe(true);
      // 2. The issuer signs with the new key; tokens of the old one are still valid.
      const oldToken = await analystOf(oldKey.key);
      current = newKey.key;
      const atSwitch = sent;
      await eventually('requests flowing with the new key', () => sent >= atSwitch + 5);
      expect((await stack.query(FundAndPlaces, { c: KUIGUANGTA }, oldToken)).errors).toBeUndefined();
      // 3. Once the old key's tokens have expired, it is withdrawn; its tokens are refused from then on.
      publish(newKey.jwk);
      // Each service holds its own copy of the keys and looks at the file at most once a second.
      // The same query straight at committee, which owns publicFund.
      const direct = () => stack.querySubgraph('committee', Fund.toString(), { c: KUIGUANGTA }, oldToken);
      await eventually(
        'the old key refused',
        async () =>
          (await stack.query(FundAndPlaces, { c: KUIGUANGTA }, oldToken)).status === 401 && codeOf(await direct()) === 'UNAUTHENTICATED',
        { boundMs: 10_000 },
      );
      const refused = await stack.query(FundAndPlaces, { c: KUIGUANGTA }, oldToken);
      expect({ status: refused.status, code: codeOf(refused) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect((await direct()).errors?.[0]?.message).toBe('Token is not valid');
      expect(await accepted(newKey.key)).toBe(true);
    } finally {
      running = false;
      await loop;
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(15);
  });

  async function post(name: 'committee', query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const response = await fetch(stack.directory.urlOf(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResult;
    return { ...body, status: response.status };
  }

  /** An enterprise assertion that expired a minute ago, signed with its real key. */
  async function expiredAssertion(): Promise<string> {
    const key = devServiceKey('enterprise');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: ASSERTION_TYPE })
      .setIssuer('enterprise')
      .setAudience('committee')
      .setIssuedAt(now - 90)
      .setExpirationTime(now - 60)
      .setJti(randomUUID())
      .sign(key.key);
  }
});
