import type { Viewer } from '../../../shared/auth/viewer';
import { forbidden } from '../../../shared/errors';
import type { AfterHoursIntake } from '../intake/after-hours-intake.entity';
import type { ServiceOpenDay } from '../open-day/service-open-day.entity';
import type { WorkOrder } from '../work-order/work-order.entity';
import type { WorkOrderAction, WorkOrderKind } from '../work-order/work-order-flow';

/**
 * Who may do what in the property subgraph. Services call these checks; the work-order
 * list applies `canSeeWorkOrder` as SQL (work-order.service.ts), and the two must agree.
 */

// ── Companies ───────────────────────────────────────────────────────────────

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

// ── Work orders (工单) ──────────────────────────────────────────────────────

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
export function canSeeWorkOrder(
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

/**
 * Who is filing an order: a resident for their own home (their resident id is kept), or
 * staff, admins and services (party's hand-over) on anyone's behalf.
 */
export function requesterOf(viewer: Viewer, order: { compoundId: string; kind: WorkOrderKind }): { residentId: string | null } {
  if (viewer.isAdmin || viewer.isService || viewer.hasRole('property_staff')) return { residentId: null };
  if (viewer.canActInCompound(order.compoundId, 'resident', 'owner') && viewer.residentId) {
    if (order.kind !== 'HOME_REPAIR') throw forbidden('Residents report common-area problems to the grid; they file home repairs here');
    return { residentId: viewer.residentId };
  }
  throw forbidden('Only residents of this compound and property staff may file work orders');
}

/** Who may take each action on an order. */
export function mayActOnWorkOrder(viewer: Viewer, order: WorkOrder, action: WorkOrderAction): boolean {
  const staff = isCompanyStaffOf(viewer, order);
  switch (action) {
    case 'ACCEPT':
    case 'DISPATCH':
    case 'START':
    case 'RESOLVE':
      return staff;
    case 'CONFIRM':
    case 'REOPEN':
      // The requester judges the repair; an order nobody requested is closed by its company.
      return order.residentId ? isRequesterOf(viewer, order) || viewer.isAdmin : staff;
    case 'CANCEL':
      return staff || isRequesterOf(viewer, order);
  }
}

// ── After-hours intake (接件登记) ───────────────────────────────────────────

/** The intake's company staff (and admins, analysts, services) read it. */
export function canSeeIntake(viewer: Viewer, intake: Pick<AfterHoursIntake, 'companyId'>): boolean {
  return viewer.isAdmin || viewer.isAnalyst || viewer.isService || viewer.canActForCompany(intake.companyId, 'property_staff');
}

/** Only the company's staff and admins see who called. */
export function seesIntakeCaller(viewer: Viewer, intake: Pick<AfterHoursIntake, 'companyId'>): boolean {
  return viewer.isAdmin || viewer.canActForCompany(intake.companyId, 'property_staff');
}

// ── Service open days (物业服务公开日) ──────────────────────────────────────

/** Residents see published open days; the company's own staff and admins also its drafts. */
export function canSeeOpenDay(viewer: Viewer, day: Pick<ServiceOpenDay, 'status' | 'companyId'>): boolean {
  return day.status === 'PUBLISHED' || canWriteForCompany(viewer, day.companyId);
}
