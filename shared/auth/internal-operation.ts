import { createMethodMiddlewareDecorator, Directive } from 'type-graphql';
import type { ServiceName } from '../config';
import { forbidden, unauthenticated } from '../errors';
import type { RequestContext } from '../server/context';

const declared = new Map<string, readonly ServiceName[]>();

/** Refuses every caller but the named services (each proven by its own signed assertion). */
export function assertInternalCaller(context: RequestContext, operation: string, callers: readonly ServiceName[]): void {
  const allowed =
    callers.length === 0
      ? `${operation} is internal and no service may call it yet`
      : `${operation} is internal: only the ${callers.join(' or ')} service may call it`;
  if (!context.viewer) throw unauthenticated(`${allowed}, with its signed assertion`);
  // A person's token, even an admin's, forwarded by the gateway, is never enough.
  if (!context.viewer.service || !callers.includes(context.viewer.service)) throw forbidden(allowed);
}

/**
 * An internal operation: `@inaccessible` (absent from the public graph) and callable
 * only by the services named here, every other caller FORBIDDEN even with a valid
 * assertion. The check runs before the arguments are read. The README's table of who
 * may call what is checked against these declarations (test/schema/internal-operations.test.ts).
 */
export function InternalOperation(...callers: ServiceName[]): MethodDecorator {
  const guard = createMethodMiddlewareDecorator<RequestContext>(({ context, info }, next) => {
    assertInternalCaller(context, info.fieldName, callers);
    return next();
  });
  return (target, key, descriptor) => {
    declared.set(String(key), callers);
    Directive('@inaccessible')(target, key, descriptor);
    guard(target, key, descriptor);
  };
}

/** Every internal operation declared so far (by field name) and the services that may call it. */
export function internalOperationCallers(): ReadonlyMap<string, readonly ServiceName[]> {
  return declared;
}
