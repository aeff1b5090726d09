import type { EntityManager } from 'typeorm';
import { stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, intInRange, optionalText } from '../../../shared/validation';
import { assertCompoundRole, PARTY_ROLES } from '../access/access';
import { tellReporter } from '../escalation/report-events';
import { enqueueReportToProperty } from '../neighbours/report-to-property.outgoing';
import { addEntry } from './issue-report.service';
import { IssueEntryKind, IssuePath, IssueStatus } from './issue-report.enums';
import { IssueReport } from './issue-report.entity';
import { assertCan, type IssueAction } from './report-flow';

// A report's way after filing (report-flow.ts has the rules): each step one locked transaction with its timeline entry.

/**
 * Locks the report, checks who may act and from which state, applies the change and
 * writes the timeline entry, in one transaction.
 */
async function transition(
  ctx: RequestContext,
  rawId: string,
  action: IssueAction,
  who: typeof PARTY_ROLES | 'reporter',
  apply: (r: IssueReport, at: Date, by: string) => [IssueEntryKind, string | null],
  alsoInTransaction?: (m: EntityManager, r: IssueReport, at: Date, by: string) => Promise<void>,
): Promise<IssueReport> {
  const id = assertUuid(rawId);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const report = await loadOrNotFound(m.findOne(IssueReport, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'IssueReport', id);
    if (who === 'reporter') {
      if (report.reporterId !== viewer.actor) throw forbidden('Only the reporter confirms, closes out or reopens a report');
    } else {
      assertCompoundRole(ctx, report.compoundId, who);
    }
    assertCan(action, report.status);
    const [kind, note] = apply(report, now, viewer.actor);
    await alsoInTransaction?.(m, report, now, viewer.actor);
    stampUpdated(report, viewer.actor, now);
    await m.save(report);
    await addEntry(m, report.id, kind, note, viewer.actor, now);
    return report;
  });
}

/** A grid worker's first response; within 600 s keeps the 10-minute promise. */
export function respondToIssueReport(ctx: RequestContext, id: string, note: string | null): Promise<IssueReport> {
  return transition(
    ctx,
    id,
    'respond',
    ['grid_worker'],
    (r, at, by) => {
      r.status = IssueStatus.RESPONDED;
      r.respondedAt = at;
      r.respondedBy = by;
      return [IssueEntryKind.RESPONDED, optionalText(note, 'note', 1000)];
    },
    (m, r, at, by) => tellReporter(m, 'REPORT_RESPONDED', r, by, at),
  );
}

/** Resolved in the community (or after the whistle); the reporter closes it out. */
export function resolveIssueReport(ctx: RequestContext, id: string, note: string): Promise<IssueReport> {
  const text = boundedText(note, 'note', 1000);
  return transition(
    ctx,
    id,
    'resolve',
    PARTY_ROLES,
    (r, at, by) => {
      if (r.status !== IssueStatus.ESCALATED) r.path = IssuePath.COMMUNITY;
      r.status = IssueStatus.RESOLVED;
      r.resolvedAt = at;
      r.resolvedBy = by;
      r.resolutionNote = text;
      return [IssueEntryKind.RESOLVED, text];
    },
    (m, r, at, by) => tellReporter(m, 'REPORT_RESOLVED', r, by, at),
  );
}

/** Hand the report to the property company: the state change and the promise of a work order commit together. */
export function handIssueReportToProperty(ctx: RequestContext, id: string, note: string | null): Promise<IssueReport> {
  const text = optionalText(note, 'note', 1000);
  return transition(
    ctx,
    id,
    'handToProperty',
    PARTY_ROLES,
    (r) => {
      r.status = IssueStatus.HANDED_TO_PROPERTY;
      r.path = IssuePath.PROPERTY;
      r.workOrderOutcome = null;
      r.workOrderOutcomeAt = null;
      return [IssueEntryKind.HANDED_TO_PROPERTY, text];
    },
    async (m, r, at, by) => {
      await enqueueReportToProperty(m, r, by, at);
      await tellReporter(m, 'REPORT_HANDED_TO_PROPERTY', r, by, at);
    },
  );
}

/** Blow the whistle (吹哨) to a named department. */
export function blowWhistle(ctx: RequestContext, id: string, department: string, note: string | null): Promise<IssueReport> {
  const dept = boundedText(department, 'department', 100);
  return transition(ctx, id, 'blowWhistle', PARTY_ROLES, (r) => {
    r.status = IssueStatus.ESCALATED;
    r.path = IssuePath.WHISTLE;
    r.whistleDepartment = dept;
    return [IssueEntryKind.WHISTLE_BLOWN, optionalText(note, 'note', 1000) ?? dept];
  });
}

/** What the department did after the whistle. */
export function addIssueFollowUp(ctx: RequestContext, id: string, note: string): Promise<IssueReport> {
  const text = boundedText(note, 'note', 1000);
  return transition(ctx, id, 'followUp', PARTY_ROLES, () => [IssueEntryKind.FOLLOW_UP, text]);
}

/** The reporter closes the report out (销号) with a 1–5 satisfaction score. */
export function closeIssueReport(ctx: RequestContext, id: string, satisfaction: number, comment: string | null): Promise<IssueReport> {
  const score = intInRange(satisfaction, 'satisfaction', 1, 5);
  const text = optionalText(comment, 'comment', 1000);
  return transition(ctx, id, 'close', 'reporter', (r, at) => {
    r.status = IssueStatus.CLOSED;
    r.satisfaction = score;
    r.closedAt = at;
    return [IssueEntryKind.CLOSED, text];
  });
}

/** The reporter is not satisfied and reopens the report. */
export function reopenIssueReport(ctx: RequestContext, id: string, reason: string): Promise<IssueReport> {
  const text = boundedText(reason, 'reason', 1000);
  return transition(ctx, id, 'reopen', 'reporter', (r) => {
    r.status = IssueStatus.REOPENED;
    r.path = null;
    r.whistleDepartment = null;
    r.resolvedAt = null;
    r.resolvedBy = null;
    r.resolutionNote = null;
    r.reopenCount += 1;
    return [IssueEntryKind.REOPENED, text];
  });
}
