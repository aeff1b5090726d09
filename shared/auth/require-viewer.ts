import { unauthenticated } from '../errors';
import type { RequestContext } from '../server/context';
import type { Viewer } from './viewer';

/**
 * The signed-in caller, or UNAUTHENTICATED with the token's refusal reason — the same
 * answer `@Authorized` gives, for code paths that need the viewer itself.
 */
export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated(ctx.tokenError ?? 'A valid token is required');
  return ctx.viewer;
}
