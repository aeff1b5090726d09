import { isOverdue, nextStatus, slaDeadline, STATUSES, TRANSITIONS, WorkOrderAction } from './work-order-flow';

describe('work order rules', () => {
  it('sets the SLA deadline by priority', () => {
    const t = new Date('2026-11-22T02:00:00Z');
    expect(slaDeadline(t, 'URGENT').toISOString()).toBe('2026-11-22T06:00:00.000Z');
    expect(slaDeadline(t, 'HIGH').toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(slaDeadline(t, 'NORMAL').toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(slaDeadline(t, 'LOW').toISOString()).toBe('2026-11-29T02:00:00.000Z');
  });

  it('is overdue only strictly after the deadline and only while open', () => {
    const d = new Date('2026-11-22T06:00:00Z');
    expect(isOverdue('IN_PROGRESS', d, new Date('2026-11-22T06:00:00.000Z'))).toBe(false);
    expect(isOverdue('IN_PROGRESS', d, new Date('2026-11-22T06:00:00.001Z'))).toBe(true);
    expect(isOverdue('RESOLVED', d, new Date('2026-11-30T00:00:00Z'))).toBe(false);
    expect(isOverdue('CANCELLED', d, new Date('2026-11-30T00:00:00Z'))).toBe(false);
  });

  it('allows exactly the transitions of the flow', () => {
    const allowed = new Set<string>();
    for (const [action, t] of Object.entries(TRANSITIONS)) for (const from of t.from) allowed.add(`${from}-${action}`);
    expect([...allowed].sort()).toEqual(
      [
        'SUBMITTED-ACCEPT',
        'ACCEPTED-DISPATCH',
        'DISPATCHED-START',
        'IN_PROGRESS-RESOLVE',
        'RESOLVED-CONFIRM',
        'RESOLVED-REOPEN',
        'SUBMITTED-CANCEL',
        'ACCEPTED-CANCEL',
        'DISPATCHED-CANCEL',
      ].sort(),
    );
    for (const s of STATUSES) {
      for (const a of Object.keys(TRANSITIONS) as WorkOrderAction[]) {
        expect(nextStatus(s, a) !== null).toBe(allowed.has(`${s}-${a}`));
      }
    }
    expect(nextStatus('RESOLVED', 'REOPEN')).toBe('DISPATCHED');
  });
});
