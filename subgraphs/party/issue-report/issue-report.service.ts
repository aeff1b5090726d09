import { conflict } from '../../../shared/errors';
import { IssueStatus } from './issue-report.types';

/** The 10-minute promise (10分钟响应): a grid worker answers within 600 s of the report, inclusive. */
export const RESPONSE_PROMISE_MS = 600_000;

export function respondedWithinPromise(reportedAt: Date, respondedAt: Date | null): boolean | null {
  if (!respondedAt) return null;
  return respondedAt.getTime() - reportedAt.getTime() <= RESPONSE_PROMISE_MS;
}

/** Still unanswered and past the promise at `now`: the report a grid worker must take first. */
export function responseOverdue(reportedAt: Date, respondedAt: Date | null, now: Date): boolean {
  return !respondedAt && now.getTime() - reportedAt.getTime() > RESPONSE_PROMISE_MS;
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
