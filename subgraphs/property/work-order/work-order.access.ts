import type { Viewer } from '../../../shared/auth/viewer';
import type { WorkOrder } from './work-order.entity';

/** Staff of the order's company (or admin): they do the work and see the requester. */
export function isCompanyStaffOf(viewer: Viewer, order: Pick<WorkOrder, 'companyId'>): boolean {
  return viewer.canActForCompany(order.companyId, 'property_staff');
}

/** The resident who asked for it. */
export function isRequesterOf(viewer: Viewer, order: Pick<WorkOrder, 'residentId'>): boolean {
  return !!order.residentId && viewer.hasRole('resident', 'owner') && viewer.residentId === order.residentId;
}

/** The grid of the compound follows the orders its reports opened. */
export const GRID_ROLES = ['grid_worker', 'party_secretary'] as const;

/**
 * Who may read an order: admins, services and analysts all; company staff their
 * company's; a resident their own, and the common-area orders of their compound; the
 * compound's grid workers the orders opened from its issue reports (they handed them over).
 */
export function canSee(
  viewer: Viewer,
  order: Pick<WorkOrder, 'companyId' | 'residentId' | 'kind' | 'compoundId'> & { sourceReportId?: string | null },
): boolean {
  if (viewer.isAdmin || viewer.isService || viewer.isAnalyst) return true;
  if (isCompanyStaffOf(viewer, order) || isRequesterOf(viewer, order)) return true;
  if (order.sourceReportId && viewer.compoundsWith(...GRID_ROLES).includes(order.compoundId)) return true;
  return order.kind === 'COMMON_AREA' && viewer.compoundsWith('resident', 'owner').includes(order.compoundId);
}

/** Who may read the requester's identity and contact: the requester, their company's staff, admins, services. */
export function seesRequester(viewer: Viewer, order: Pick<WorkOrder, 'companyId' | 'residentId'>): boolean {
  if (viewer.isAdmin || viewer.isService) return true;
  return isCompanyStaffOf(viewer, order) || isRequesterOf(viewer, order);
}
