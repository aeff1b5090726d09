import type { EntityManager } from 'typeorm';
import { enqueueHandover } from '../../../shared/handover/outbox';
import type { AfterHoursIntake } from '../intake/after-hours-intake.entity';
import type { WorkOrder } from '../work-order/work-order.entity';
import { WORK_ORDER_OUTCOME_TOPIC, INTAKE_TO_GRID_TOPIC } from '../../../shared/handover/topics';

/**
 * Where the property → party hand-overs start. Each runs inside the sender's
 * transaction, so the state change and the outbox row commit together; property's relay
 * (report-handover.ts) delivers them. (party → property arrives through
 * `openWorkOrderFromReport`, also in report-handover.ts.)
 */

/**
 * An order that came from a report was resolved or cancelled: tell party. Keyed by the
 * order's event id, so each outcome is delivered once, and resolve → reopen → resolve
 * delivers twice.
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

/** After-hours intake handed back to the grid as an issue report (keyed by the intake id). */
export async function requestGridHandback(
  m: EntityManager,
  intake: AfterHoursIntake,
  place: { buildingId?: string | null; areaKey?: string | null },
  actor: string,
): Promise<void> {
  intake.gridHandback = 'PENDING';
  await enqueueHandover(m, {
    topic: INTAKE_TO_GRID_TOPIC,
    recordId: intake.id,
    payload: {
      intakeId: intake.id,
      compoundId: intake.compoundId,
      text: intake.text,
      at: intake.receivedAt.toISOString(),
      buildingId: place.buildingId ? place.buildingId.toLowerCase() : null,
      area: place.buildingId ? null : (place.areaKey ?? null),
    },
    actor,
    at: intake.receivedAt,
  });
}
