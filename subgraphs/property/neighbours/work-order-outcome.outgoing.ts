import type { EntityManager } from 'typeorm';
import { enqueueHandover } from '../../../shared/handover/outbox';
import type { HandoverRoute } from '../../../shared/handover/handover-route';
import { WORK_ORDER_OUTCOME_TOPIC } from '../../../shared/handover/topics';
import type { WorkOrder } from '../work-order/work-order.entity';

/**
 * property → party (topic work-order.outcome): an order that came from a report was
 * resolved or cancelled, so party can update the report. Enqueued inside the
 * transition's transaction, so the state change and the outbox row commit together.
 * Keyed by the order's event id: each outcome is delivered once, and resolve → reopen →
 * resolve delivers twice.
 */
export async function onWorkOrderOutcome(m: EntityManager, order: WorkOrder, eventId: string, actor: string, at: Date): Promise<void> {
  if (!order.sourceReportId) return;
  if (order.status !== 'RESOLVED' && order.status !== 'CANCELLED') return;
  await enqueueHandover(m, {
    topic: WORK_ORDER_OUTCOME_TOPIC,
    recordId: eventId,
    payload: { outcomeId: eventId, reportId: order.sourceReportId, workOrderId: order.id, status: order.status, at: at.toISOString() },
    actor,
    at,
  });
}

const RECORD_OUTCOME = `mutation RecordWorkOrderOutcome($input: RecordWorkOrderOutcomeInput!) {
  recordWorkOrderOutcome(input: $input) { id }
}`;

/** The relay's delivery of an outcome to party's internal mutation. */
export const workOrderOutcomeRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ recordWorkOrderOutcome: { id: string } }>('party', RECORD_OUTCOME, { input: message.payload });
    return { reportId: data.recordWorkOrderOutcome.id };
  },
};
