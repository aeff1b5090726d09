import { createPublicKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { devUserIssuerKey, signUserToken } from '../../shared/auth/jwt';
import { ASSERTION_HEADER, GATEWAY_TOKEN_HEADER, mintGatewayToken } from '../../shared/auth/service-identity';
import { demoCommitteeId, demoCompound } from '../../shared/demo/manifest';
import { sharedDemoStack } from '../support/shared-stack';
import type { Stack } from '../support/stack';
import type { GraphQLResult } from '../support/post-graphql';
import { assertionHeaders, devServiceKey, gatewayHeaders, tokenFor } from '../support/tokens';
import { graphql } from '../typed';
import { CompoundAndCommittee } from './documents';

const CompoundCount = graphql(`
  query SecurityCompoundCount {
    compounds(first: 1) {
      totalCount
    }
  }
`);

/** A GraphQL answer's body as a subgraph sends it (straight to the subgraph: its own schema, not the API schema). */
type Body<T> = Omit<GraphQLResult<T>, 'status'>;

function unsignedToken(payload: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.`;
}

describe('access at the gateway and the subgraphs', () => {
  let stack: Stack;
  const compoundId = demoCompound('kuiguangta').id;

  beforeAll(async () => {
    stack = await sharedDemoStack();
  });

  it('serves a signed-in caller', async () => {
    const result = await stack.query(CompoundAndCommittee, { id: compoundId }, await tokenFor('resident', { compoundId }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.compound).toEqual({
      name: 'Kuiguangta Compound',
      ownersCommittee: { name: "Kuiguangta Compound Owners' Committee" },
    });
  });

  it('answers UNAUTHENTICATED on protected fields without a token', async () => {
    const result = await stack.query(CompoundAndCommittee, { id: compoundId });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = { roles: [{ role: 'analyst' }] };
  const issuer = () => devUserIssuerKey();
  /** A token as the dev identity provider would sign it, with one thing changed. */
  const signed = (over: { iss?: string; aud?: string; iat?: number | null; exp?: number; body?: Record<string, unknown> } = {}) => {
    const jwt = new SignJWT(over.body ?? claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: issuer().kid })
      .setSubject('x')
      .setIssuer(over.iss ?? 'doorstep')
      .setAudience(over.aud ?? 'doorstep')
      .setExpirationTime(over.exp ?? now() + 600);
    if (over.iat !== null) jwt.setIssuedAt(over.iat ?? now());
    return jwt.sign(issuer().key);
  };
  const badTokens: [string, () => Promise<string>][] = [
    ['alg none', async () => unsignedToken({ ...claims, sub: 'x', iss: 'doorstep', aud: 'doorstep', iat: now(), exp: now() + 600 })],
    [
      "HS256 with the issuer's public key as the secret",
      () =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', kid: issuer().kid })
          .setSubject('x')
          .setIssuer('doorstep')
          .setAudience('doorstep')
          .setIssuedAt()
          .setExpirationTime(now() + 600)
          .sign(new TextEncoder().encode(createPublicKey(issuer().key).export({ format: 'pem', type: 'spki' }) as string)),
    ],
    ["a service's key (the gateway's)", () => signUserToken({ sub: 'x', roles: [{ role: 'admin' }] }, { key: devServiceKey('gateway') })],
    [
      "a service's key under the issuer's key id",
      () => signUserToken({ sub: 'x', roles: [{ role: 'admin' }] }, { key: { ...devServiceKey('party'), kid: issuer().kid } }),
    ],
    ['a lifetime of ten years', () => signed({ exp: now() + 10 * 365 * 86_400 })],
    ['a lifetime of a day and a minute', () => signed({ exp: now() + 86_460 })],
    ['no iat', () => signed({ iat: null })],
    ['expired', () => signed({ iat: now() - 700, exp: now() - 60 })],
    ['wrong audience', () => signed({ aud: 'elsewhere' })],
    ['wrong issuer', () => signed({ iss: 'mallory' })],
    ['unknown role', () => signed({ body: { roles: [{ role: 'emperor' }] } })],
    ['the service role', () => signed({ body: { roles: [{ role: 'service' }] } })],
    ['not a JWT', async () => 'garbage'],
  ];

  it.each(badTokens)('refuses a token with %s before calling any subgraph', async (_label, make) => {
    const before = stack.subgraphRequests();
    const result = await stack.query(CompoundAndCommittee, { id: compoundId }, await make());
    expect(result.status).toBe(401);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
    expect(stack.subgraphRequests()).toBe(before);
  });

  const postTo = async (url: string, headers: Record<string, string>, query = '{ compounds { totalCount } }') => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Body<{ compounds: { totalCount: number } }> };
  };

  it("a subgraph called without the gateway's token or a service assertion answers 401, except health checks", async () => {
    const url = stack.directory.urlOf('party');
    const bearer = { authorization: `Bearer ${await tokenFor('admin')}` };
    const refused = async (headers: Record<string, string>, reason: RegExp) => {
      const { status, body } = await postTo(url, { ...bearer, ...headers });
      expect({ status, code: body.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(body.errors?.[0].message).toMatch(reason);
    };
    await refused({}, /answers only the gateway/);
    await refused({ [GATEWAY_TOKEN_HEADER]: 'guess' }, /Gateway token refused/);
    // The gateway's token for another subgraph, one signed with a subgraph's key, and a service assertion in its place.
    await refused(await gatewayHeaders('committee'), /Gateway token refused: aud is not valid/);
    const signedByParty = { ...devServiceKey('party') };
    await refused({ [GATEWAY_TOKEN_HEADER]: await mintGatewayToken(signedByParty, 'party') }, /signed with a key of party, not of gateway/);
    await refused({ [GATEWAY_TOKEN_HEADER]: (await assertionHeaders('gateway', 'party'))[ASSERTION_HEADER] }, /Gateway token refused/);
    // Both at once is ambiguous: refused before anything is read.
    await refused({ ...(await gatewayHeaders('party')), ...(await assertionHeaders('committee', 'party')) }, /with one of the two/);
    const base = url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it("a subgraph verifies the user's token again behind the gateway's token", async () => {
    const url = stack.directory.urlOf('party');
    const forged = unsignedToken({ sub: 'x', roles: [{ role: 'admin' }], iss: 'doorstep', aud: 'doorstep', iat: now(), exp: now() + 600 });
    for (const token of [forged, await badTokens[1][1](), await signed({ exp: now() + 10 * 365 * 86_400 })]) {
      const { body } = await postTo(url, { ...(await gatewayHeaders('party')), authorization: `Bearer ${token}` });
      expect(body.data).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { body } = await postTo(url, { ...(await gatewayHeaders('party')), authorization: `Bearer ${await tokenFor('analyst')}` });
    expect(body).toEqual({ data: { compounds: { totalCount: 13 } } });
  });

  it('entity resolution applies the same rules as root fields', async () => {
    const url = stack.directory.urlOf('committee');
    const gateway = (await gatewayHeaders('committee'))[GATEWAY_TOKEN_HEADER];
    const ask = (authorization?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_TOKEN_HEADER]: gateway,
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OwnersCommittee { name } } }',
          variables: { r: [{ __typename: 'OwnersCommittee', id: demoCommitteeId('kuiguangta') }] },
        }),
      }).then((r) => r.json() as Promise<Body<{ _entities: ({ name: string } | null)[] }>>);
    const anonymous = await ask();
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?._entities).toEqual([null]);
    const signedIn = await ask(`Bearer ${await tokenFor('analyst')}`);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?._entities).toEqual([{ name: "Kuiguangta Compound Owners' Committee" }]);
  });

  it('issues dev tokens that the gateway accepts, scoped as asked', async () => {
    const token = await signUserToken({ sub: 'u1', roles: [{ role: 'grid_worker', compoundId }] });
    const result = await stack.query(CompoundCount, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.compounds.totalCount).toBe(13);
  });
});
