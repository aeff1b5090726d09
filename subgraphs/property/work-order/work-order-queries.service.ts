import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, forbidden } from '../../../shared/errors';
import { periodFilter, setFilter, whereInPeriod } from '../../../shared/pagination/filters';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import type { Period } from '../../../shared/time/date-range';
import { canSeeWorkOrder, GRID_ROLES, staffCompanies } from '../access/access';
import { WorkOrder } from './work-order.entity';
import { WorkOrderOrderField } from './work-order.enums';
import { OPEN_STATUSES, PRIORITIES, type Priority, type WorkOrderStatus } from './work-order-flow';
import { workOrderById, workOrdersByReport } from './work-order.loaders';
import type { WorkOrderFilterArgs } from './work-order.types';

export interface WorkOrderFilter {
  companyId?: string | null;
  compoundId?: string | null;
  statuses?: WorkOrderStatus[] | null;
  priorities?: Priority[] | null;
  overdue?: boolean | null;
  period?: Period | null;
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

const bySubmission = sortKey<WorkOrder>('w', ['w.submitted_at', (w) => w.submittedAt.toISOString()]);

/** A priority's rank, 0 URGENT to 3 LOW, as the priority indexes hold it (migration ListOrders1796178700300). */
const PRIORITY_RANK = `(CASE w.priority ${PRIORITIES.map((p, rank) => `WHEN '${p}' THEN ${rank}`).join(' ')} END)`;

/**
 * The work orders a viewer may list, oldest first unless `orderBy` says otherwise. The scope is `canSeeWorkOrder` in
 * SQL: staff their companies', residents their own and their compound's common-area
 * orders, the grid the orders its reports opened; admins, analysts and services all.
 */
const workOrderList = defineList<WorkOrder, WorkOrderFilter, WorkOrderOrderField>({
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
    statuses: (qb, statuses) => qb.andWhere('w.status = ANY(:statuses)', { statuses }),
    priorities: (qb, priorities) => qb.andWhere('w.priority = ANY(:priorities)', { priorities }),
    // Overdue is `isOverdue` in SQL: still open and strictly past the deadline, now.
    overdue: (qb, overdue, ctx) =>
      qb.andWhere(`${overdue ? '' : 'NOT '}(w.status = ANY(:openStatuses) AND w.sla_deadline < :now)`, {
        openStatuses: OPEN_STATUSES,
        now: ctx.clock.now(),
      }),
    period: (qb, period) => whereInPeriod(qb, 'w.submitted_at', period),
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
  order: bySubmission,
  orders: {
    SUBMITTED_AT: bySubmission,
    SLA_DEADLINE: sortKey<WorkOrder>('w', ['w.sla_deadline', (w) => w.slaDeadline.toISOString()]),
    PRIORITY: sortKey<WorkOrder>(
      'w',
      [PRIORITY_RANK, (w) => PRIORITIES.indexOf(w.priority)],
      ['w.submitted_at', (w) => w.submittedAt.toISOString()],
    ),
  },
});

/** `workOrders(...)`: the page its filters and order ask for. */
export function workOrders(ctx: RequestContext, args: WorkOrderFilterArgs) {
  const filter: WorkOrderFilter = {
    companyId: args.companyId,
    compoundId: args.compoundId,
    statuses: setFilter(args.statuses, args.status, { set: 'statuses', single: 'status' }),
    priorities: setFilter(args.priorities, null, { set: 'priorities', single: 'priority' }),
    overdue: args.overdue,
    period: periodFilter(args.period),
  };
  return workOrderList.page(ctx, filter, args);
}
