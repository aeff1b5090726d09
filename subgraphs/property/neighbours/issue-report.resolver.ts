import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { WorkOrder } from '../work-order/work-order.entity';
import { visibleWorkOrdersOfReport } from '../work-order/work-order-queries.service';
import { IssueReport } from './issue-report.ref';

@Resolver(() => IssueReport)
export class IssueReportPropertyResolver {
  @FieldResolver(() => [WorkOrder], {
    nullable: true,
    description: 'The work orders opened from this report (at most one today), as far as you may see them.',
  })
  workOrders(@Root() report: IssueReport, @Ctx() ctx: RequestContext): Promise<WorkOrder[]> {
    return visibleWorkOrdersOfReport(ctx, report.id);
  }
}
