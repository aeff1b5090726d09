import { checkRoles } from '../auth/auth-checker';
import type { Role } from '../auth/viewer';
import { isUuid } from '../errors';
import type { RequestContext } from '../server/context';

/**
 * An entity's `__resolveReference`, which @apollo/subgraph calls outside type-graphql's
 * auth checker: apply the same role check as the root field, then load through the
 * request's DataLoader so a list of references costs one statement.
 */
export function entityReference<T, C extends RequestContext = RequestContext>(
  roles: Role[],
  load: (id: string, ctx: C) => Promise<T | null | undefined>,
) {
  return {
    __resolveReference: async (ref: { id: string }, ctx: C): Promise<T | null> => {
      checkRoles(ctx, roles);
      if (!isUuid(ref.id)) return null;
      return (await load(ref.id.toLowerCase(), ctx)) ?? null;
    },
  };
}
