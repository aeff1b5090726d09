import { signToken } from '../../shared/auth/jwt';
import type { Role, RoleGrant } from '../../shared/auth/viewer';

/** A dev-secret token as `npm run token` prints it. */
export function tokenFor(
  role: Role,
  scope: Omit<RoleGrant, 'role'> = {},
  extra: { residentId?: string; sub?: string } = {},
): Promise<string> {
  return signToken({ sub: extra.sub ?? `test-${role}`, name: `Test ${role}`, roles: [{ role, ...scope }], residentId: extra.residentId });
}

export function tokenWith(grants: RoleGrant[], extra: { residentId?: string; sub?: string } = {}): Promise<string> {
  return signToken({ sub: extra.sub ?? 'test-user', name: 'Test user', roles: grants, residentId: extra.residentId });
}
