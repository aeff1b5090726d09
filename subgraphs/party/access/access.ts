import type { Role, Viewer } from '../../../shared/auth/viewer';
import { forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { requireViewer } from '../../../shared/auth/require-viewer';

/** The grid's own roles: they write party data, only within the compounds they are scoped to. */
export const PARTY_ROLES: Role[] = ['grid_worker', 'party_secretary'];

/** Throws FORBIDDEN unless the viewer holds one of `roles` in this compound (or is admin). */
export function assertCompoundRole(ctx: RequestContext, compoundId: string, roles: Role[] = PARTY_ROLES): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.canActInCompound(compoundId, ...roles)) {
    throw forbidden(`You need one of the roles ${roles.join(', ')} in compound ${compoundId}`);
  }
  return viewer;
}

/** Who may read a compound's people-related records (residents, reports): its grid, analysts, admins, services. */
export function readsCompoundPeople(viewer: Viewer, compoundId: string): boolean {
  return viewer.isAdmin || viewer.isService || viewer.isAnalyst || viewer.canActInCompound(compoundId, ...PARTY_ROLES);
}

/** Personal data (name, phone, birth date): the person, admins, services, and the grid of the person's compound, never analysts. */
export function seesPersonalData(viewer: Viewer, resident: { id: string; compoundId: string }): boolean {
  if (viewer.seesPersonalDataOf(resident.id)) return true;
  return viewer.canActInCompound(resident.compoundId, ...PARTY_ROLES);
}

/** A resident record is visible to the person and to readers of the compound's people. */
export function seesResident(viewer: Viewer, resident: { id: string; compoundId: string }): boolean {
  return resident.id === viewer.residentId || readsCompoundPeople(viewer, resident.compoundId);
}
