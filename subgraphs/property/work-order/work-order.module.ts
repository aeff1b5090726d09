import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { WorkOrderEvent } from './work-order-event.entity';
import { WorkOrder } from './work-order.entity';
import { WorkOrderResolver } from './work-order.resolver';
import { visibleWorkOrder } from './work-order-queries.service';

/** Work orders (工单): repairs routed to the responsible company, and their history. */
export const workOrderModule: SubgraphModule = {
  entities: [WorkOrder, WorkOrderEvent],
  resolvers: [WorkOrderResolver],
  orphanedTypes: [WorkOrder],
  referenceResolvers: { WorkOrder: entityReference([], (id, ctx) => visibleWorkOrder(ctx, id)) },
};
