import type { RequestContext } from '../../../shared/server/context';
import { WorkOrder, WorkOrderEvent } from './work-order.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';

export function workOrderById(ctx: RequestContext) {
  return byIdLoader(ctx, 'workOrderById', WorkOrder);
}

export function eventsByWorkOrder(ctx: RequestContext) {
  return groupedLoader(ctx, 'eventsByWorkOrder', WorkOrderEvent, 'workOrderId', { at: 'ASC', id: 'ASC' });
}
