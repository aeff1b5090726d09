import type { Viewer } from '../../../shared/auth/viewer';
import { forbidden } from '../../../shared/errors';

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
