import { conflict } from '../../../shared/errors';
import { IssuePath, IssueStatus, WorkOrderOutcome } from './issue-report.enums';

/**
 * The 10-minute promise (10分钟响应): a grid worker answers within 600 s of the promise's
 * start, inclusive. The promise runs in the grid's duty hours: it starts when the report
 * is filed in them, or when duty next begins (station/promise-start.ts); a response
 * before then keeps it.
 */
export const RESPONSE_PROMISE_MS = 600_000;

export function respondedWithinPromise(promiseStartedAt: Date, respondedAt: Date | null): boolean | null {
  if (!respondedAt) return null;
  return respondedAt.getTime() - promiseStartedAt.getTime() <= RESPONSE_PROMISE_MS;
}

/** Still unanswered and past the promise at `now`: the report a grid worker must take first. */
export function responseOverdue(promiseStartedAt: Date, respondedAt: Date | null, now: Date): boolean {
  return !respondedAt && now.getTime() - promiseStartedAt.getTime() > RESPONSE_PROMISE_MS;
}

export type IssueAction = 'respond' | 'resolve' | 'handToProperty' | 'blowWhistle' | 'followUp' | 'close' | 'reopen';

/** Which states each action may start from; anything else is a CONFLICT. */
const FROM: Record<IssueAction, IssueStatus[]> = {
  respond: [IssueStatus.SUBMITTED],
  resolve: [IssueStatus.RESPONDED, IssueStatus.REOPENED, IssueStatus.ESCALATED],
  handToProperty: [IssueStatus.RESPONDED, IssueStatus.REOPENED],
  blowWhistle: [IssueStatus.RESPONDED, IssueStatus.REOPENED],
  followUp: [IssueStatus.ESCALATED],
  close: [IssueStatus.RESOLVED],
  reopen: [IssueStatus.RESOLVED],
};

export function assertCan(action: IssueAction, status: IssueStatus): void {
  if (!FROM[action].includes(status)) {
    throw conflict(`Cannot ${action} a report that is ${status}`, { status, action });
  }
}

export function allowedFrom(action: IssueAction): readonly IssueStatus[] {
  return FROM[action];
}

/**
 * What property's outcome of the work order does to a report. RESOLVED: a report still
 * with property (or already resolved by it, when property resolves the order again after
 * reopening it) is RESOLVED, so the reporter closes it out (销号) or reopens it as after a
 * resolution in the community. CANCELLED: a report still with property goes back to the
 * grid (RESPONDED, no path) to be resolved in the community or escalated; it cannot open
 * a second work order. A report that has moved on (closed, reopened by the reporter) only
 * records the outcome. Returns the new status and path, or null to leave them.
 */
export function outcomeEffect(
  status: IssueStatus,
  path: IssuePath | null,
  outcome: WorkOrderOutcome,
): { status: IssueStatus; path: IssuePath | null; resolves: boolean } | null {
  if (outcome === WorkOrderOutcome.RESOLVED) {
    if (status === IssueStatus.HANDED_TO_PROPERTY || (status === IssueStatus.RESOLVED && path === IssuePath.PROPERTY)) {
      return { status: IssueStatus.RESOLVED, path: IssuePath.PROPERTY, resolves: true };
    }
    return null;
  }
  return status === IssueStatus.HANDED_TO_PROPERTY ? { status: IssueStatus.RESPONDED, path: null, resolves: false } : null;
}
