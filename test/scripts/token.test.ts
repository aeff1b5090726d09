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
import { DEMO_COMMUNITIES, DEMO_COMPOUNDS, DEMO_ENTERPRISES, DEMO_PROPERTY_COMPANIES } from '../../shared/demo/manifest';
import { repoRoot } from '../../shared/repo-root';
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

  it('runs as the README says (`npm run --silent token`), printing the token alone; a scope by its demo key', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'token', '--', '--role', 'grid_worker', '--compound', 'qinglan-jiayuan'], {
      cwd: repoRoot(),
      env: process.env,
    });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const qinglan = DEMO_COMPOUNDS.find((c) => c.key === 'qinglan-jiayuan')!;
    expect(await verifyToken(stdout.trim())).toEqual({
      sub: 'dev-grid_worker',
      name: 'Dev grid_worker',
      roles: [{ role: 'grid_worker', compoundId: qinglan.id }],
    });
  });

  it('prints a verifiable token with the role, its scope and the resident', async () => {
    const compoundId = '11111111-1111-4111-8111-111111111111';
    const residentId = '22222222-2222-4222-8222-222222222222';
    const { stdout } = await token('--role', 'resident', '--compound', compoundId, '--resident', residentId);
    const claims = await verifyToken(stdout.trim());
    expect(claims).toEqual({ sub: 'dev-resident', name: 'Dev resident', roles: [{ role: 'resident', compoundId }], residentId });
  });

  it('holds several roles, each with its own scope (an id in capitals as the services store it, in small letters)', async () => {
    const companyId = '3333aaaa-3333-4333-8333-333333333333';
    const { stdout } = await token(
      '--role',
      'property_staff',
      '--company',
      companyId.toUpperCase(),
      '--role',
      'enterprise_staff',
      '--enterprise',
      'chengnan-se',
      '--role',
      'analyst',
    );
    const claims = await verifyToken(stdout.trim());
    expect(claims.roles).toEqual([
      { role: 'property_staff', companyId },
      { role: 'enterprise_staff', enterpriseId: DEMO_ENTERPRISES.find((e) => e.key === 'chengnan-se')!.id },
      { role: 'analyst' },
    ]);
  });

  // The demo seeds each record under the id derived from its key (shared/demo/manifest.ts),
  // so the key alone names it, whether or not the system runs.
  it('takes a demo key for every scope: each compound, community, company and enterprise the demo seeds', async () => {
    const scopes = [
      ...DEMO_COMPOUNDS.map((c) => ({ option: '--compound', key: c.key, grant: { role: 'grid_worker', compoundId: c.id } })),
      ...DEMO_COMMUNITIES.map((c) => ({ option: '--community', key: c.key, grant: { role: 'party_secretary', communityId: c.id } })),
      ...DEMO_PROPERTY_COMPANIES.map((c) => ({ option: '--company', key: c.key, grant: { role: 'property_staff', companyId: c.id } })),
      ...DEMO_ENTERPRISES.map((e) => ({ option: '--enterprise', key: e.key, grant: { role: 'enterprise_staff', enterpriseId: e.id } })),
    ];
    const { stdout } = await token(...scopes.flatMap((s) => ['--role', s.grant.role, s.option, s.key]));
    expect((await verifyToken(stdout.trim())).roles).toEqual(scopes.map((s) => s.grant));
  });

  it('refuses an unknown key with one line naming the keys, exit code 1 and no token', async () => {
    const refused = (option: string, value: string) =>
      token('--role', 'grid_worker', option, value).then(
        () => {
          throw new Error(`${option} ${value} was taken`);
        },
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const compound = await refused('--compound', 'qinglan');
    expect(compound).toMatchObject({ code: 1, stdout: '' });
    expect(compound.stderr).toBe(
      `Unknown compound "qinglan" for --compound: give its id (a UUID) or a demo key, one of: ${DEMO_COMPOUNDS.map((c) => c.key).join(', ')}\n`,
    );
    const company = await refused('--company', 'c0');
    expect(company).toMatchObject({ code: 1, stdout: '' });
    expect(company.stderr).toBe(
      `Unknown property company "c0" for --company: give its id (a UUID) or a demo key, one of: ${DEMO_PROPERTY_COMPANIES.map((c) => c.key).join(', ')}\n`,
    );
    // A key of another kind is no key here: a company key is not a compound.
    expect((await refused('--compound', 'qingbo-property')).stderr).toMatch(/^Unknown compound "qingbo-property"/);
  });

  it('refuses an unknown role or a scope without a role, with the message alone and exit code 1', async () => {
    await expect(token('--role', 'emperor')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Unknown role emperor; one of: resident,[^\n]*\n$/),
    });
    await expect(token('--compound', 'x')).rejects.toMatchObject({ code: 1, stderr: '--compound must follow a --role\n' });
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
