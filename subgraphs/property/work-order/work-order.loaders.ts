import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { WorkOrderEvent } from './work-order-event.entity';
import { WorkOrder } from './work-order.entity';

/** Orders by id: the intakes, references and report hand-overs of a page share one statement. */
export function workOrderById(ctx: RequestContext) {
  return byIdLoader(ctx, 'workOrderById', WorkOrder);
}

/** Each order's history: `history` on a page of orders is one statement, not one per order. */
export function eventsByWorkOrder(ctx: RequestContext) {
  return groupedLoader(ctx, 'eventsByWorkOrder', WorkOrderEvent, 'workOrderId', { at: 'ASC', id: 'ASC' });
}

/** The orders opened from each party issue report: `IssueReport.workOrders` over a page of reports is one statement. */
export function workOrdersByReport(ctx: RequestContext) {
  return groupedLoader(ctx, 'workOrdersByReport', WorkOrder, 'sourceReportId', { submittedAt: 'ASC', id: 'ASC' });
}
