import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { escalationSettings } from './escalation-settings';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { IssueReport } from '../issue-report/issue-report.entity';
import { Compound } from '../org-tree/compound.entity';
import { CompoundCalendarDay } from '../station/compound-calendar-day.entity';
import { dutyAt } from '../station/duty';
import { promiseStart } from '../station/promise-start';
import { DutyTeam } from '../station/station.enums';
import { defaultEscalationLevels, type EscalationLevel } from './escalation-policy';
import { CompoundEscalationPolicy } from './escalation-policy.entity';
import { enqueueReportEvent } from './report-events';
import { EscalationStatus, ReportEscalation } from './report-escalation.entity';

/** Whether the grid is on duty at the filing and when the promise starts, by the compound's zone and calendar. */
export interface FilingDuty {
  onDuty: DutyTeam;
  promiseStartedAt: Date;
}

export async function filingDuty(m: EntityManager, compoundId: string, at: Date): Promise<FilingDuty> {
  const compound = await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
  // The exceptions from the day before on: enough for any start, a year of holidays at most.
  const days = await m
    .getRepository(CompoundCalendarDay)
    .createQueryBuilder('d')
    .where('d.compound_id = :compoundId', { compoundId })
    .andWhere(`d.day >= (:at::timestamptz AT TIME ZONE :zone)::date - 1`, { at, zone: compound.timeZone })
    .getMany();
  const exceptions = new Map(days.map((d) => [d.day, d.kind]));
  const exceptionOf = (day: string) => exceptions.get(day);
  // PROMISE_HOURS=always (a demo at night) starts every promise at filing; who hears of the report still follows duty.
  const promiseStartedAt = escalationSettings().promiseHours === 'always' ? at : promiseStart(at, compound.timeZone, exceptionOf);
  return { onDuty: dutyAt(at, compound.timeZone, exceptionOf).team, promiseStartedAt };
}

/** The compound's policy, or the defaults (with `ESCALATION_DEADLINES_S`) when it set none. */
export async function escalationLevelsOf(m: EntityManager, compoundId: string): Promise<{ levels: EscalationLevel[]; isDefault: boolean }> {
  const own = await m.findOneBy(CompoundEscalationPolicy, { compoundId });
  return own ? { levels: own.levels, isDefault: false } : { levels: defaultEscalationLevels(), isDefault: true };
}

/**
 * Every way a report is filed ends here, in the filing's transaction: one due-time row per
 * level of the compound's policy (promise start + the level's seconds), and REPORT_FILED
 * to whoever is on duty — the compound's grid workers in duty hours, else the property
 * staff on after-hours intake (the station's `onDuty` rule).
 */
export async function reportFiled(m: EntityManager, report: IssueReport, duty: FilingDuty, actor: string, at: Date): Promise<void> {
  const { levels } = await escalationLevelsOf(m, report.compoundId);
  await m.insert(
    ReportEscalation,
    levels.map((l) => ({
      id: randomUUID(),
      reportId: report.id,
      compoundId: report.compoundId,
      level: l.level,
      dueAt: new Date(report.promiseStartedAt.getTime() + l.afterSeconds * 1000),
      recipients: l.recipients,
      status: EscalationStatus.PENDING,
      doneAt: null,
    })),
  );
  const audience = duty.onDuty === DutyTeam.GRID_WORKERS ? 'GRID_WORKERS' : 'PROPERTY_ON_DUTY';
  await enqueueReportEvent(m, 'REPORT_FILED', report, [{ kind: audience, scopeId: report.compoundId }], actor, at);
}
