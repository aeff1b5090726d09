import type { Viewer } from '../../../shared/auth/viewer';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';

/** Committee members write their own compound's committee data (admins anywhere). */
export function assertCommitteeWriter(ctx: RequestContext, compoundId: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.canActInCompound(compoundId, 'committee_member')) {
    throw forbidden("Only a member of this compound's owners' committee may do this");
  }
  return viewer;
}

/** The owner roll, ledgers' authors and results: the compound's committee, analysts, admins. */
export function canReadRoll(viewer: Viewer | null, compoundId: string): boolean {
  if (!viewer) return false;
  return viewer.isAnalyst || viewer.isService || viewer.canActInCompound(compoundId, 'committee_member');
}

export function assertCanReadRoll(ctx: RequestContext, compoundId: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!canReadRoll(viewer, compoundId)) throw forbidden("Only this compound's owners' committee and analysts may read the owner roll");
  return viewer;
}

/**
 * An owner's name and resident link: the owner, the compound's committee (which keeps
 * the roll), admins and services. Analysts and everyone else read null.
 */
export function seesOwnerPersonalData(viewer: Viewer | null, owner: { compoundId: string; residentId: string | null }): boolean {
  if (!viewer) return false;
  if (viewer.seesPersonalDataOf(owner.residentId)) return true;
  return viewer.grants('committee_member').some((g) => g.compoundId === owner.compoundId);
}

/** Holdings are roll data: the owner themselves, the compound's committee, analysts, admins. */
export function seesOwnerHoldings(viewer: Viewer | null, owner: { compoundId: string; residentId: string | null }): boolean {
  return canReadRoll(viewer, owner.compoundId) || (!!owner.residentId && viewer?.residentId === owner.residentId);
}

/** Reports: analysts everywhere; a committee member for their own compound; admins. */
export function assertCanReadReports(ctx: RequestContext, compoundId: string | null): void {
  const viewer = requireViewer(ctx);
  if (compoundId ? canReadRoll(viewer, compoundId) : viewer.isAnalyst || viewer.isAdmin) return;
  throw forbidden('Reports are for analysts and the compound’s committee');
}
