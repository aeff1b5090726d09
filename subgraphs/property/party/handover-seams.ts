import type { EntityManager } from 'typeorm';
import type { WorkOrder } from '../work-order/work-order.entity';

/**
 * Where the party ↔ property hand-overs plug in (wired in a later step, with party's
 * receivers). Each runs inside the sender's transaction, so the state change and the
 * outbox row commit together:
 *
 * - party → property, "open a work order from the report": an internal mutation
 *   (`@inaccessible`, role service) applies `receiveOnce(topic 'report.work-order',
 *   recordId reportId)` and calls `createWorkOrder(ctx, input, { sourceReportId,
 *   onBehalfOfAnyCompany: true }, manager)`; `work_order.source_report_id` is unique,
 *   so a report opens at most one order.
 * - property → party, "record the outcome on the report": `onWorkOrderOutcome` below,
 *   called when an order that came from a report is resolved or cancelled.
 * - property → party, "open an issue report for the grid": see `requestGridHandback`
 *   in intake/intake.service.ts.
 */
export async function onWorkOrderOutcome(_m: EntityManager, order: WorkOrder, _at: Date): Promise<void> {
  if (!order.sourceReportId) return;
  // Later: enqueueHandover(m, { topic: 'work-order.outcome', recordId: `${order.id}:${order.status}`,
  //   payload: { reportId, workOrderId, status, at }, actor, at }).
}
