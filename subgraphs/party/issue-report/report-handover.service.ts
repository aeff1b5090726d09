import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { badInput } from '../../../shared/errors';
import { Building } from '../org-tree/building.entity';
import { Compound } from '../org-tree/compound.entity';
import { IssueCategory, IssueEntryKind, IssueSource, IssueStatus, WorkOrderOutcome } from './issue-report.enums';
import { IssueReport } from './issue-report.entity';
import { filingDuty, reportFiled } from '../escalation/report-filed';
import { addEntry } from './issue-report.service';
import { outcomeEffect } from './report-flow';

/** Who writes party's side of a hand-over when no person does (the relay's bookkeeping). */
const RELAY_ACTOR = 'service:party-relay';

/** Property opened the work order the report was handed over for: the report keeps its id. */
export async function recordWorkOrderOpened(m: EntityManager, reportId: string, workOrderId: string): Promise<void> {
  await m.update(IssueReport, { id: reportId }, { workOrderId });
}

/**
 * Property refused the hand-over for good (nobody covers the place, an area it does not
 * know): a report still waiting on that hand-over goes back to the grid (RESPONDED), and
 * the reason goes on its timeline.
 */
export async function returnReportToGrid(m: EntityManager, reportId: string, handoverId: string, reason: string, at: Date): Promise<void> {
  const report = await m.findOne(IssueReport, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
  if (!report) return;
  if (report.status === IssueStatus.HANDED_TO_PROPERTY && report.handoverId === handoverId) {
    report.status = IssueStatus.RESPONDED;
    report.path = null;
    report.updatedBy = RELAY_ACTOR;
    report.updatedAt = at;
    await m.save(report);
  }
  await addEntry(m, report.id, IssueEntryKind.HANDOVER_FAILED, reason.slice(0, 1000), RELAY_ACTOR, at);
}

/** Records property's outcome of the work order on the report (see `outcomeEffect` for the states) and on its timeline. */
export async function recordWorkOrderOutcome(
  m: EntityManager,
  reportId: string,
  workOrderId: string,
  status: WorkOrderOutcome,
  at: Date,
  actor: string,
): Promise<void> {
  const report = await loadOrNotFound(
    m.findOne(IssueReport, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } }),
    'IssueReport',
    reportId,
  );
  report.workOrderId ??= workOrderId;
  report.workOrderOutcome = status;
  report.workOrderOutcomeAt = at;
  const effect = outcomeEffect(report.status, report.path, status);
  if (effect) {
    report.status = effect.status;
    report.path = effect.path;
    if (effect.resolves) {
      report.resolvedAt = at;
      report.resolvedBy = actor;
      report.resolutionNote = `Resolved by the property company (work order ${workOrderId})`;
    }
  }
  report.updatedBy = actor;
  report.updatedAt = at;
  await m.save(report);
  const kind = status === WorkOrderOutcome.RESOLVED ? IssueEntryKind.WORK_ORDER_RESOLVED : IssueEntryKind.WORK_ORDER_CANCELLED;
  await addEntry(m, report.id, kind, `Work order ${workOrderId}`, actor, at);
}

/**
 * After-hours intake handed back by property becomes a SUBMITTED report for the grid.
 * The grid's 10-minute promise runs from when the report reaches it, not from the visit
 * (the grid was off duty then) — and, when it reaches it outside duty hours, from when
 * duty next begins; the intake time is on the first entry.
 */
export async function openReportFromIntake(
  m: EntityManager,
  intake: { intakeId: string; compoundId: string; buildingId: string | null; area: string | null; text: string; takenAt: Date },
  actor: string,
  now: Date,
): Promise<string> {
  const { intakeId, compoundId, buildingId, area, text, takenAt } = intake;
  await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
  if (buildingId) {
    const building = await m.findOneBy(Building, { id: buildingId });
    if (!building || building.compoundId !== compoundId) throw badInput('The building is not in this compound', { field: 'buildingId' });
  }
  const duty = await filingDuty(m, compoundId, now);
  const report = Object.assign(new IssueReport(), {
    id: randomUUID(),
    compoundId,
    buildingId,
    // The intake happened at the station: without a building or area, that is where.
    area: buildingId ? null : (area ?? 'service-station'),
    category: IssueCategory.OTHER,
    description: text,
    source: IssueSource.PROPERTY_INTAKE,
    reporterId: actor,
    reporterResidentId: null,
    status: IssueStatus.SUBMITTED,
    path: null,
    reportedAt: now,
    promiseStartedAt: duty.promiseStartedAt,
    escalationLevel: 0,
    sourceIntakeId: intakeId,
    reopenCount: 0,
  });
  stampCreated(report, actor, now);
  await m.insert(IssueReport, report);
  await addEntry(
    m,
    report.id,
    IssueEntryKind.REPORTED,
    `After-hours intake at the service station, taken ${takenAt.toISOString()}`,
    actor,
    now,
  );
  await reportFiled(m, report, duty, actor, now);
  return report.id;
}
