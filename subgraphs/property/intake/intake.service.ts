import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { chinesePhone } from '../../../shared/validation';
import { canSeeIntake, canWriteForCompany } from '../access/access';
import { responsibleFor } from '../contract/coverage.service';
import { areaZone, STATION_AREA } from '../contract/zone-key';
import { requestGridHandback } from '../neighbours/intake-to-grid.outgoing';
import { assertBuildingInCompound, partyDirectory } from '../neighbours/party.lookups';
import { createWorkOrder, locationZone, NewWorkOrder } from '../work-order/work-order.service';
import { AfterHoursIntake } from './after-hours-intake.entity';
import { isGridDutyTimeOn } from './duty-hours';
import { intakeById } from './intake.loaders';

export interface NewIntake extends Omit<NewWorkOrder, 'compoundId' | 'description' | 'contactName' | 'contactPhone'> {
  stationId: string;
  text: string;
  callerName?: string | null;
  callerPhone?: string | null;
  handBackToGrid?: boolean | null;
}

/**
 * Records what a resident brought to the station after hours and opens the work order
 * for it, routed like any other. Only staff of the company whose contract covers the
 * compound's service station are on duty there; during the grid's hours the station
 * is the grid's (CONFLICT).
 */
export async function recordAfterHoursIntake(ctx: RequestContext, input: NewIntake): Promise<AfterHoursIntake> {
  const viewer = requireViewer(ctx);
  const stationId = assertUuid(input.stationId, 'stationId');
  const text = (input.text ?? '').trim();
  if (text.length < 1 || text.length > 2000) throw badInput('text must be 1 to 2000 characters', { field: 'text' });
  locationZone(input);
  const callerPhone = chinesePhone(input.callerPhone, 'callerPhone');
  const station = await partyDirectory().stationInfo(stationId);
  if (!station) throw badInput(`Service station ${stationId} is not known to the party registry`, { field: 'stationId' });
  const compoundId = station.compoundId;
  if (input.buildingId) await assertBuildingInCompound(input.buildingId.toLowerCase(), compoundId);

  const now = ctx.clock.now();
  // The grid's hours follow the compound's calendar (调休), which party keeps.
  const gridHolds = isGridDutyTimeOn(now, await partyDirectory().workingDay(stationId, now));
  return ctx.dataSource.transaction(async (m) => {
    const duty = await responsibleFor(m, compoundId, areaZone(STATION_AREA), localDate(now));
    if (!duty)
      throw conflict(`No property company covers the service station of compound ${compoundId}`, { uncoveredZone: areaZone(STATION_AREA) });
    if (!canWriteForCompany(viewer, duty.companyId))
      throw forbidden('Only staff of the company covering the station take its after-hours intake');
    if (gridHolds) throw conflict('Grid workers hold the station now (weekdays 08:30–20:00); intake is theirs');
    const intake = stampCreated(
      m.create(AfterHoursIntake, {
        id: randomUUID(),
        stationId,
        compoundId,
        companyId: duty.companyId,
        receivedAt: now,
        callerName: input.callerName ?? null,
        callerPhone,
        text,
        gridHandback: 'NOT_REQUESTED',
        gridHandbackError: null,
        gridReportId: null,
      }),
      viewer.actor,
      now,
    );
    const order = await createWorkOrder(
      ctx,
      {
        compoundId,
        kind: input.kind,
        buildingId: input.buildingId,
        areaKey: input.areaKey,
        locationDetail: input.locationDetail,
        category: input.category,
        priority: input.priority,
        description: text,
        contactName: input.callerName,
        contactPhone: callerPhone,
      },
      { intakeId: intake.id, onBehalfOfAnyCompany: true, placeChecked: true },
      m,
    );
    intake.workOrderId = order.id;
    if (input.handBackToGrid) await requestGridHandback(m, intake, input, viewer.actor);
    await m.insert(AfterHoursIntake, intake);
    return intake;
  });
}

/** One intake record, if the viewer may read it: NOT_FOUND, then FORBIDDEN. */
export async function intakeFor(ctx: RequestContext, id: string): Promise<AfterHoursIntake> {
  const intake = await loadOrNotFound(intakeById(ctx).load(assertUuid(id)), 'AfterHoursIntake', id);
  if (!canSeeIntake(requireViewer(ctx), intake)) throw forbidden('You may not see this intake record');
  return intake;
}

/** Party opened the issue report the intake was handed back as. */
export async function markGridHandbackDelivered(m: EntityManager, intakeId: string, reportId: string): Promise<void> {
  await m.query(
    `UPDATE after_hours_intake SET grid_handback = 'DELIVERED', grid_report_id = $2, grid_handback_error = NULL WHERE id = $1`,
    [intakeId, reportId],
  );
}

/** Party refused the hand-back for good: the intake shows why. */
export async function markGridHandbackFailed(m: EntityManager, intakeId: string, reason: string): Promise<void> {
  await m.query(`UPDATE after_hours_intake SET grid_handback = 'FAILED', grid_handback_error = $2 WHERE id = $1`, [intakeId, reason]);
}
