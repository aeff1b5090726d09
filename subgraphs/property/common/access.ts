import type { Viewer } from '../../../shared/auth/viewer';
import { forbidden, unauthenticated } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';

/** The signed-in caller, or UNAUTHENTICATED. */
export function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated(ctx.tokenError ?? 'A valid token is required');
  return ctx.viewer;
}

/** Property staff write only for their own company; admins for any. */
export function canWriteForCompany(viewer: Viewer, companyId: string): boolean {
  return viewer.canActForCompany(companyId, 'property_staff');
}

export function assertWriteForCompany(viewer: Viewer, companyId: string): void {
  if (!canWriteForCompany(viewer, companyId)) throw forbidden('Only staff of this property company may do this');
}

/** Companies whose records the viewer may read in full as their staff. */
export function staffCompanies(viewer: Viewer): string[] {
  return viewer.grants('property_staff').flatMap((g) => (g.companyId ? [g.companyId] : []));
}
