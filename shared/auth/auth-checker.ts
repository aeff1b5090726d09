import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors';
import type { RequestContext } from '../server/context';
import type { Role } from './viewer';

/**
 * type-graphql's `@Authorized(...roles)`: no roles means any signed-in caller; roles
 * mean any one of them (admin passes every check but `service`-only ones). Scope
 * (which compound, company or enterprise) is checked by the services, which know it.
 */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    return checkRoles(context, roles);
  }
}

export function checkRoles(context: RequestContext, roles: readonly Role[]): boolean {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated(context.tokenError ?? 'A valid token is required');
  if (roles.length === 0) return true;
  const serviceOnly = roles.length === 1 && roles[0] === 'service';
  if (!serviceOnly && viewer.isAdmin) return true;
  if (viewer.hasRole(...roles)) return true;
  throw forbidden(`This needs one of the roles: ${roles.join(', ')}`);
}
