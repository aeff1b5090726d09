import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, type JWK } from 'jose';
import { UserTokenVerifier } from '../../shared/auth/jwt';
import { publicJwks } from '../../shared/auth/keys';
import { CallerVerifier } from '../../shared/auth/service-identity';
import { devServiceJwks } from '../../shared/auth/trust';
import { keySourceFrom } from '../../shared/auth/key-source';
import { authSettings } from '../../shared/config';
import { repoRoot } from '../../shared/schema/compose';
import { builtScript } from '../support/built';

const run = promisify(execFile);
// The built script (the run's global setup builds it): the same code `npm run token` runs
// through ts-node, without ts-node's start-up in every case.
const script = (name: string, args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [builtScript(`scripts/${name}.ts`), ...args], {
    cwd: repoRoot(),
    env: { ...process.env, ...env },
  });
const verifyToken = (token: string) => UserTokenVerifier.fromSettings().verify(token);

/** `npm run token -- …` prints a dev token with exactly the claims asked for. */
describe('npm run token', () => {
  const token = (...args: string[]) => script('token', args);

  it('runs as the README says (`npm run --silent token`), printing the token alone', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'token', '--', '--role', 'analyst'], { cwd: repoRoot(), env: process.env });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(await verifyToken(stdout.trim())).toEqual({ sub: 'dev-analyst', name: 'Dev analyst', roles: [{ role: 'analyst' }] });
  });

  it('prints a verifiable token with the role, its scope and the resident', async () => {
    const compoundId = '11111111-1111-4111-8111-111111111111';
    const residentId = '22222222-2222-4222-8222-222222222222';
    const { stdout } = await token('--role', 'resident', '--compound', compoundId, '--resident', residentId);
    const claims = await verifyToken(stdout.trim());
    expect(claims).toEqual({ sub: 'dev-resident', name: 'Dev resident', roles: [{ role: 'resident', compoundId }], residentId });
  });

  it('holds several roles, each with its own scope', async () => {
    const { stdout } = await token(
      '--role',
      'property_staff',
      '--company',
      'c0',
      '--role',
      'enterprise_staff',
      '--enterprise',
      'e0',
      '--role',
      'analyst',
    );
    const claims = await verifyToken(stdout.trim());
    expect(claims.roles).toEqual([
      { role: 'property_staff', companyId: 'c0' },
      { role: 'enterprise_staff', enterpriseId: 'e0' },
      { role: 'analyst' },
    ]);
  });

  it('refuses an unknown role or a scope without a role', async () => {
    await expect(token('--role', 'emperor')).rejects.toMatchObject({ stderr: expect.stringMatching(/Unknown role emperor/) });
    await expect(token('--compound', 'x')).rejects.toMatchObject({ stderr: expect.stringMatching(/must follow a --role/) });
  });

  it("refuses the service role: only a service's own assertion makes a caller a service", async () => {
    await expect(token('--role', 'service')).rejects.toMatchObject({ stderr: expect.stringMatching(/Unknown role service/) });
  });

  it("signs with JWT_PRIVATE_KEY when set (a self-run issuer), which only that issuer's JWKS verifies", async () => {
    const jwk = { ...(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK), kid: 'issuer-2026-12' };
    const { stdout } = await script('token', ['--role', 'analyst'], { JWT_PRIVATE_KEY: JSON.stringify(jwk) });
    expect(decodeProtectedHeader(stdout.trim())).toEqual({ alg: 'EdDSA', kid: 'issuer-2026-12', typ: 'JWT' });
    const own = new UserTokenVerifier(keySourceFrom('JWT_JWKS', JSON.stringify(publicJwks([jwk]))), authSettings());
    expect((await own.verify(stdout.trim())).roles).toEqual([{ role: 'analyst' }]);
    await expect(verifyToken(stdout.trim())).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Production signs with a configured key only.
    await expect(script('token', ['--role', 'analyst'], { NODE_ENV: 'production' })).rejects.toMatchObject({
      stderr: expect.stringMatching(/set JWT_PRIVATE_KEY/),
    });
  });
});

/** `npm run service-token -- --for <subgraph>` prints the gateway's token for another gateway to attach. */
describe('npm run service-token', () => {
  const accepts = (subgraph: 'party' | 'committee') =>
    new CallerVerifier(subgraph, keySourceFrom('SERVICE_JWKS', undefined, devServiceJwks()), {
      firstUse: () => Promise.reject(new Error('a gateway token is not an assertion')),
    });

  it('prints a token the named subgraph admits as the gateway, and no other subgraph does', async () => {
    const { stdout } = await script('service-token', ['--for', 'party']);
    await expect(accepts('party').admitGateway(stdout.trim())).resolves.toBeUndefined();
    await expect(accepts('committee').admitGateway(stdout.trim())).rejects.toThrow('Gateway token refused: aud is not valid');
    await expect(script('service-token', ['--for', 'bank'])).rejects.toMatchObject({ stderr: expect.stringMatching(/--for needs one of/) });
  });
});
