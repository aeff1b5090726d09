import { assertCan, outcomeEffect, respondedWithinPromise, responseOverdue } from './report-flow';
import { IssuePath, IssueStatus, WorkOrderOutcome } from './issue-report.enums';

describe('issue report rules', () => {
  it('keeps the 10-minute promise at 600 s and breaks it at 601 s', () => {
    const at = new Date('2026-11-22T02:00:00Z');
    expect(respondedWithinPromise(at, new Date(at.getTime() + 600_000))).toBe(true);
    expect(respondedWithinPromise(at, new Date(at.getTime() + 600_001))).toBe(false);
    expect(respondedWithinPromise(at, new Date(at.getTime() + 601_000))).toBe(false);
    expect(respondedWithinPromise(at, null)).toBeNull();
  });

  it('counts from the promise start, so an answer before duty began keeps it', () => {
    // Filed Sunday evening; the promise starts Monday 08:30 (station/promise-start.ts).
    const start = new Date('2026-11-23T08:30:00+08:00');
    expect(respondedWithinPromise(start, new Date('2026-11-22T21:00:00+08:00'))).toBe(true);
    expect(responseOverdue(start, null, new Date('2026-11-23T08:40:00+08:00'))).toBe(false);
    expect(responseOverdue(start, null, new Date('2026-11-23T08:40:01+08:00'))).toBe(true);
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

  it("applies property's outcome only to a report still with property (or resolved by it)", () => {
    const { RESOLVED, CANCELLED } = WorkOrderOutcome;
    expect(outcomeEffect(IssueStatus.HANDED_TO_PROPERTY, IssuePath.PROPERTY, RESOLVED)).toEqual({
      status: IssueStatus.RESOLVED,
      path: IssuePath.PROPERTY,
      resolves: true,
    });
    // Resolved again after property reopened its order: the resolution time moves.
    expect(outcomeEffect(IssueStatus.RESOLVED, IssuePath.PROPERTY, RESOLVED)).toEqual({
      status: IssueStatus.RESOLVED,
      path: IssuePath.PROPERTY,
      resolves: true,
    });
    expect(outcomeEffect(IssueStatus.HANDED_TO_PROPERTY, IssuePath.PROPERTY, CANCELLED)).toEqual({
      status: IssueStatus.RESPONDED,
      path: null,
      resolves: false,
    });
    // Moved on: closed out, reopened by the reporter, or resolved in the community.
    expect(outcomeEffect(IssueStatus.CLOSED, IssuePath.PROPERTY, RESOLVED)).toBeNull();
    expect(outcomeEffect(IssueStatus.REOPENED, null, RESOLVED)).toBeNull();
    expect(outcomeEffect(IssueStatus.RESOLVED, IssuePath.COMMUNITY, RESOLVED)).toBeNull();
    expect(outcomeEffect(IssueStatus.RESOLVED, IssuePath.PROPERTY, CANCELLED)).toBeNull();
    // The reporter closes out from the RESOLVED it leads to.
    expect(() => assertCan('close', outcomeEffect(IssueStatus.HANDED_TO_PROPERTY, IssuePath.PROPERTY, RESOLVED)!.status)).not.toThrow();
    expect(() => assertCan('resolve', outcomeEffect(IssueStatus.HANDED_TO_PROPERTY, IssuePath.PROPERTY, CANCELLED)!.status)).not.toThrow();
  });
});
