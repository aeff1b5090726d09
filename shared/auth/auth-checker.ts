import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors';
import type { RequestContext } from '../server/context';
import { READ_ONLY_ROLES, READER_MUTATIONS, type Role } from './viewer';

/**
 * type-graphql's `@Authorized(...roles)`: no roles means any signed-in caller; roles
 * mean any one of them (admin passes every check but `service`-only ones). A mutation
 * also refuses a caller who only reads (an analyst), even where any signed-in caller may
 * call it. It runs before the arguments are checked (see shared/schema/input-check.ts),
 * so a caller without the role is FORBIDDEN whatever it sends. Scope (which compound,
 * company or enterprise) is checked by the services, which know it.
 */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context, info }: ResolverData<RequestContext>, roles: Role[]): boolean {
    const writes = info.parentType === info.schema.getMutationType() && !READER_MUTATIONS.includes(info.fieldName);
    return checkRoles(context, roles, writes ? 'write' : 'read');
  }
}

export function checkRoles(context: RequestContext, roles: readonly Role[], access: 'read' | 'write' = 'read'): boolean {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated(context.tokenError ?? 'A valid token is required');
  if (access === 'write' && viewer.readsOnly) throw forbidden(`Read-only roles (${READ_ONLY_ROLES.join(', ')}) cannot change anything`);
  if (roles.length === 0) return true;
  const serviceOnly = roles.length === 1 && roles[0] === 'service';
  if (!serviceOnly && viewer.isAdmin) return true;
  if (viewer.hasRole(...roles)) return true;
  throw forbidden(`This needs one of the roles: ${roles.join(', ')}`);
}
