import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { WorkOrder, WorkOrderEvent } from './work-order.entity';

export function workOrderById(ctx: RequestContext) {
  return ctx.loaders.get<string, WorkOrder | null>('workOrderById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(WorkOrder).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

export function eventsByWorkOrder(ctx: RequestContext) {
  return ctx.loaders.get<string, WorkOrderEvent[]>('eventsByWorkOrder', async (ids) => {
    const rows = await ctx.dataSource.getRepository(WorkOrderEvent).find({ where: { workOrderId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    return groupedByKeys(ids, rows, (r) => r.workOrderId);
  });
}
