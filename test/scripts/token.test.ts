import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { verifyToken } from '../../shared/auth/jwt';
import { repoRoot } from '../../shared/schema/compose';

const run = promisify(execFile);

/** `npm run token -- …` prints a dev token with exactly the claims asked for. */
describe('npm run token', () => {
  const token = (...args: string[]) =>
    run(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(repoRoot(), 'scripts', 'token.ts'), ...args], {
      cwd: repoRoot(),
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
});
