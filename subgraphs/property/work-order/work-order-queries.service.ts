import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, forbidden } from '../../../shared/errors';
import { defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { canSeeWorkOrder, GRID_ROLES, staffCompanies } from '../access/access';
import { WorkOrder } from './work-order.entity';
import { WorkOrderStatus } from './work-order-flow';
import { workOrderById, workOrdersByReport } from './work-order.loaders';

export interface WorkOrderFilter {
  companyId?: string | null;
  compoundId?: string | null;
  status?: WorkOrderStatus | null;
}

/** One order, if the viewer may see it: NOT_FOUND, then FORBIDDEN. */
export async function workOrderFor(ctx: RequestContext, id: string): Promise<WorkOrder> {
  const order = await loadOrNotFound(workOrderById(ctx).load(assertUuid(id)), 'WorkOrder', id);
  if (!canSeeWorkOrder(requireViewer(ctx), order)) throw forbidden('You may not see this work order');
  return order;
}

/** An order reached through another type (`_entities`): no more than `workOrder(id)` shows, and null otherwise. */
export async function visibleWorkOrder(ctx: RequestContext, id: string): Promise<WorkOrder | null> {
  const order = await workOrderById(ctx).load(id);
  return order && ctx.viewer && canSeeWorkOrder(ctx.viewer, order) ? order : null;
}

/** The orders opened from a party issue report, as far as the viewer may see them. */
export async function visibleWorkOrdersOfReport(ctx: RequestContext, reportId: string): Promise<WorkOrder[]> {
  const viewer = requireViewer(ctx);
  return (await workOrdersByReport(ctx).load(reportId)).filter((o) => canSeeWorkOrder(viewer, o));
}

/**
 * The work orders a viewer may list, oldest first. The scope is `canSeeWorkOrder` in
 * SQL: staff their companies', residents their own and their compound's common-area
 * orders, the grid the orders its reports opened; admins, analysts and services all.
 */
export const workOrderList = defineList<WorkOrder, WorkOrderFilter>({
  entity: WorkOrder,
  alias: 'w',
  filters: {
    // An empty id names no filter.
    companyId: (qb, id) => {
      if (id) qb.andWhere('w.company_id = :companyId', { companyId: assertUuid(id, 'companyId') });
    },
    compoundId: (qb, id) => {
      if (id) qb.andWhere('w.compound_id = :compoundId', { compoundId: assertUuid(id, 'compoundId') });
    },
    status: (qb, status) => {
      qb.andWhere('w.status = :status', { status });
    },
  },
  scope: (qb, ctx) => {
    const viewer = requireViewer(ctx);
    if (viewer.isAdmin || viewer.isAnalyst || viewer.isService) return;
    qb.andWhere(
      `(w.company_id = ANY(:companies::uuid[]) OR (w.resident_id IS NOT NULL AND w.resident_id = :me) OR (w.kind = 'COMMON_AREA' AND w.compound_id = ANY(:compounds::uuid[]))
        OR (w.source_report_id IS NOT NULL AND w.compound_id = ANY(:gridCompounds::uuid[])))`,
      {
        companies: staffCompanies(viewer),
        compounds: viewer.compoundsWith('resident', 'owner'),
        gridCompounds: viewer.compoundsWith(...GRID_ROLES),
        me: viewer.residentId ?? null,
      },
    );
  },
  order: { column: 'w.submitted_at', idColumn: 'w.id', valueOf: (w) => w.submittedAt.toISOString(), idOf: (w) => w.id },
});
