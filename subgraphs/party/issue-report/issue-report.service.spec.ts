import { assertCan, respondedWithinPromise, responseOverdue } from './issue-report.service';
import { IssueStatus } from './issue-report.types';

describe('issue report rules', () => {
  it('keeps the 10-minute promise at 600 s and breaks it at 601 s', () => {
    const at = new Date('2026-11-22T02:00:00Z');
    expect(respondedWithinPromise(at, new Date(at.getTime() + 600_000))).toBe(true);
    expect(respondedWithinPromise(at, new Date(at.getTime() + 600_001))).toBe(false);
    expect(respondedWithinPromise(at, new Date(at.getTime() + 601_000))).toBe(false);
    expect(respondedWithinPromise(at, null)).toBeNull();
  });

  it('calls an unanswered report overdue only after 600 s', () => {
    const at = new Date('2026-11-22T02:00:00Z');
    expect(responseOverdue(at, null, new Date(at.getTime() + 600_000))).toBe(false);
    expect(responseOverdue(at, null, new Date(at.getTime() + 600_001))).toBe(true);
    expect(responseOverdue(at, new Date(at.getTime() + 1000), new Date(at.getTime() + 900_000))).toBe(false);
  });

  it('allows only the transitions of the flow', () => {
    expect(() => assertCan('respond', IssueStatus.SUBMITTED)).not.toThrow();
    expect(() => assertCan('resolve', IssueStatus.SUBMITTED)).toThrow(/Cannot resolve/);
    expect(() => assertCan('close', IssueStatus.RESPONDED)).toThrow();
    expect(() => assertCan('close', IssueStatus.RESOLVED)).not.toThrow();
    expect(() => assertCan('reopen', IssueStatus.CLOSED)).toThrow();
    expect(() => assertCan('resolve', IssueStatus.HANDED_TO_PROPERTY)).toThrow();
    expect(() => assertCan('followUp', IssueStatus.ESCALATED)).not.toThrow();
  });
});
