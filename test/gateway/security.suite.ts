import { SignJWT } from 'jose';
import { startGateway } from '../../gateway/gateway';
import { INTERNAL_CREDENTIAL_HEADER } from '../../shared/auth/internal-credential';
import { signToken } from '../../shared/auth/jwt';
import { assertProductionSecrets, authSettings, DEV_INTERNAL_CREDENTIAL, DEV_JWT_SECRET } from '../../shared/config';
import { demoCommitteeId, demoCompound } from '../../shared/demo/manifest';
import { sharedDemoStack } from '../support/shared-stack';
import type { Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';

const COMPOUND_QUERY = `query($id: ID!) { compound(id: $id) { name ownersCommittee { name } } }`;

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
    const result = await stack.query(COMPOUND_QUERY, { id: compoundId }, await tokenFor('resident', { compoundId }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.compound).toEqual({
      name: 'Kuiguangta Compound',
      ownersCommittee: { name: "Kuiguangta Compound Owners' Committee" },
    });
  });

  it('answers UNAUTHENTICATED on protected fields without a token', async () => {
    const result = await stack.query(COMPOUND_QUERY, { id: compoundId });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  const now = () => Math.floor(Date.now() / 1000);
  const secret = new TextEncoder().encode(DEV_JWT_SECRET);
  const claims = { roles: [{ role: 'analyst' }] };
  const badTokens: [string, () => Promise<string>][] = [
    ['alg none', async () => unsignedToken({ ...claims, sub: 'x', iss: 'doorstep', aud: 'doorstep', exp: now() + 600 })],
    [
      'expired',
      () =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer('doorstep')
          .setAudience('doorstep')
          .setExpirationTime(now() - 60)
          .sign(secret),
    ],
    [
      'wrong audience',
      () =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer('doorstep')
          .setAudience('elsewhere')
          .setExpirationTime(now() + 600)
          .sign(secret),
    ],
    [
      'wrong issuer',
      () =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer('mallory')
          .setAudience('doorstep')
          .setExpirationTime(now() + 600)
          .sign(secret),
    ],
    [
      'wrong key',
      () =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer('doorstep')
          .setAudience('doorstep')
          .setExpirationTime(now() + 600)
          .sign(new TextEncoder().encode('another-secret-another-secret-another')),
    ],
    [
      'unknown role',
      () =>
        new SignJWT({ roles: [{ role: 'emperor' }] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer('doorstep')
          .setAudience('doorstep')
          .setExpirationTime(now() + 600)
          .sign(secret),
    ],
    ['not a JWT', async () => 'garbage'],
  ];

  it.each(badTokens)('refuses a token with %s before calling any subgraph', async (_label, make) => {
    const before = stack.subgraphRequests();
    const result = await stack.query(COMPOUND_QUERY, { id: compoundId }, await make());
    expect(result.status).toBe(401);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
    expect(stack.subgraphRequests()).toBe(before);
  });

  it('a subgraph called directly without the internal credential answers 401, except health checks', async () => {
    const url = stack.directory.urlOf('party');
    const token = await tokenFor('admin');
    const direct = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ compounds { totalCount } }' }),
    });
    expect(direct.status).toBe(401);
    expect(((await direct.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [INTERNAL_CREDENTIAL_HEADER]: 'guess' },
      body: JSON.stringify({ query: '{ compounds { totalCount } }' }),
    });
    expect(wrong.status).toBe(401);
    const base = url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('a subgraph verifies the token again even with the credential', async () => {
    const url = stack.directory.urlOf('party');
    const forged = unsignedToken({ sub: 'x', roles: [{ role: 'admin' }], iss: 'doorstep', aud: 'doorstep', exp: now() + 600 });
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${forged}`,
        [INTERNAL_CREDENTIAL_HEADER]: DEV_INTERNAL_CREDENTIAL,
      },
      body: JSON.stringify({ query: '{ compounds { totalCount } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('entity resolution applies the same rules as root fields', async () => {
    const url = stack.directory.urlOf('committee');
    const ask = (authorization?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_CREDENTIAL_HEADER]: DEV_INTERNAL_CREDENTIAL,
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OwnersCommittee { name } } }',
          variables: { r: [{ __typename: 'OwnersCommittee', id: demoCommitteeId('kuiguangta') }] },
        }),
      }).then((r) => r.json() as Promise<any>);
    const anonymous = await ask();
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data._entities).toEqual([null]);
    const signedIn = await ask(`Bearer ${await tokenFor('analyst')}`);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data._entities).toEqual([{ name: "Kuiguangta Compound Owners' Committee" }]);
  });

  it('refuses to start in production with the dev secrets', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => assertProductionSecrets(authSettings())).toThrow(
        /JWT_SECRET is the dev secret.*INTERNAL_CREDENTIAL is the dev credential/,
      );
      await expect(startGateway(0, { urlOf: stack.directory.urlOf })).rejects.toThrow(/Refusing to start/);
      expect(() =>
        assertProductionSecrets({ ...authSettings(), jwtSecret: 'p'.repeat(40), internalCredential: 'q'.repeat(40) }),
      ).not.toThrow();
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('issues dev tokens that the gateway accepts, scoped as asked', async () => {
    const token = await signToken({ sub: 'u1', roles: [{ role: 'grid_worker', compoundId }] });
    const result = await stack.query('{ compounds(first: 1) { totalCount } }', {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.compounds.totalCount).toBe(13);
  });
});
