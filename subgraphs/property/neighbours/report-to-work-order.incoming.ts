import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput } from '../../../shared/errors';
import { receiveOnce } from '../../../shared/handover/receiver';
import { REPORT_TO_PROPERTY_TOPIC } from '../../../shared/handover/topics';
import type { RequestContext } from '../../../shared/server/context';
import { WorkOrder } from '../work-order/work-order.entity';
import { workOrderById } from '../work-order/work-order.loaders';
import { openWorkOrderFromReport } from '../work-order/work-order.service';
import { OpenWorkOrderFromReportInput } from './report-to-work-order.types';

/**
 * party → property (topic report.to-property): the grid handed an issue report over to
 * become a work order. Applied once per report id; a repeat returns the first order.
 * Party's ids arrive as party's own facts and are only checked for shape.
 */
export async function receiveReport(ctx: RequestContext, input: OpenWorkOrderFromReportInput): Promise<{ workOrderId: string }> {
  const viewer = requireViewer(ctx);
  const reportId = assertUuid(input.reportId, 'reportId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const buildingId = input.buildingId ? assertUuid(input.buildingId, 'buildingId') : null;
  const area = input.area?.trim() || null;
  if (!buildingId && !area) throw badInput('The report names neither a building nor an area', { field: 'area' });
  const residentId = input.residentId ? assertUuid(input.residentId, 'residentId').toLowerCase() : null;
  // The resident is only in the payload when named, so replays of reports handed over before it existed still match.
  const report = {
    reportId,
    compoundId,
    buildingId,
    area,
    category: input.category,
    text: input.text,
    ...(residentId ? { residentId } : {}),
  };
  return receiveOnce(
    ctx.dataSource,
    { topic: REPORT_TO_PROPERTY_TOPIC, recordId: reportId, payload: report, receivedBy: viewer.actor, at: ctx.clock.now() },
    async (m) => ({ workOrderId: (await openWorkOrderFromReport(ctx, m, report)).id }),
  );
}

@Resolver()
export class ReportToWorkOrderResolver {
  @InternalOperation('party')
  @Mutation(() => WorkOrder, {
    description: 'Internal: the grid (party) hands an issue report over; opens its work order once (topic report.to-property).',
  })
  async openWorkOrderFromReport(
    @Arg('input', () => OpenWorkOrderFromReportInput) @Directive('@inaccessible') input: OpenWorkOrderFromReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    const { workOrderId } = await receiveReport(ctx, input);
    return loadOrNotFound(workOrderById(ctx).load(workOrderId), 'WorkOrder', workOrderId);
  }
}
