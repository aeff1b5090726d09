import type { EntityManager } from 'typeorm';
import { enqueueHandover } from '../../../shared/handover/outbox';
import type { HandoverRoute } from '../../../shared/handover/handover-route';
import { INTAKE_TO_GRID_TOPIC } from '../../../shared/handover/topics';
import type { AfterHoursIntake } from '../intake/after-hours-intake.entity';
import { markGridHandbackDelivered, markGridHandbackFailed } from '../intake/intake.service';

/**
 * property → party (topic intake.to-grid): after-hours intake handed back to the grid
 * as an issue report. Enqueued inside the intake's transaction, keyed by the intake id;
 * the intake shows the hand-back's fate (PENDING, then DELIVERED or FAILED).
 */
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

const OPEN_REPORT = `mutation OpenReportFromIntake($input: OpenReportFromIntakeInput!) {
  openReportFromIntake(input: $input) { id }
}`;

/** The relay's delivery of a hand-back to party's internal mutation, and its outcome on the intake. */
export const intakeToGridRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ openReportFromIntake: { id: string } }>('party', OPEN_REPORT, { input: message.payload });
    return { reportId: data.openReportFromIntake.id };
  },
  async onDelivered(m, message, result) {
    await markGridHandbackDelivered(m, message.recordId, result.reportId as string);
  },
  async onFailed(m, message, reason) {
    await markGridHandbackFailed(m, message.recordId, reason);
  },
};
