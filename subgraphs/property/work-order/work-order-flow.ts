/**
 * The pure rules of a work order (工单): its kinds, categories, priorities and SLA,
 * and which status each action leads from and to.
 */
export const WORK_ORDER_KINDS = ['HOME_REPAIR', 'COMMON_AREA'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

export const WORK_ORDER_CATEGORIES = [
  'PLUMBING',
  'ELECTRICAL',
  'DOORS_LOCKS',
  'ELEVATOR',
  'LIGHTING',
  'GREENERY',
  'CLEANING',
  'SECURITY',
  'PARKING',
  'FACILITIES',
  'OTHER',
] as const;
export type WorkOrderCategory = (typeof WORK_ORDER_CATEGORIES)[number];

export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * Hours from submission to the SLA deadline, by priority:
 * URGENT 4 h (water leaking, no power, someone stuck in a lift), HIGH 24 h,
 * NORMAL 72 h, LOW 7 days (168 h).
 */
export const SLA_HOURS: Record<Priority, number> = { URGENT: 4, HIGH: 24, NORMAL: 72, LOW: 168 };

export function slaDeadline(submittedAt: Date, priority: Priority): Date {
  return new Date(submittedAt.getTime() + SLA_HOURS[priority] * 3_600_000);
}

export const STATUSES = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED', 'CANCELLED'] as const;
export type WorkOrderStatus = (typeof STATUSES)[number];

/** Work is still owed: the SLA clock runs. RESOLVED stops it (reopening restarts it). */
export const OPEN_STATUSES: readonly WorkOrderStatus[] = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'];

/** Overdue is a question asked at a moment: still open and strictly past the deadline. */
export function isOverdue(status: WorkOrderStatus, deadline: Date, now: Date): boolean {
  return OPEN_STATUSES.includes(status) && now.getTime() > deadline.getTime();
}

export type WorkOrderAction = 'ACCEPT' | 'DISPATCH' | 'START' | 'RESOLVE' | 'CONFIRM' | 'REOPEN' | 'CANCEL';

/**
 * submitted → accepted → dispatched → in progress → resolved → confirmed; cancelled
 * before work starts; a resolved order the requester is unhappy with is reopened back
 * to its dispatched worker. Anything else is a CONFLICT.
 */
export const TRANSITIONS: Record<WorkOrderAction, { from: readonly WorkOrderStatus[]; to: WorkOrderStatus }> = {
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED' },
  DISPATCH: { from: ['ACCEPTED'], to: 'DISPATCHED' },
  START: { from: ['DISPATCHED'], to: 'IN_PROGRESS' },
  RESOLVE: { from: ['IN_PROGRESS'], to: 'RESOLVED' },
  CONFIRM: { from: ['RESOLVED'], to: 'CONFIRMED' },
  REOPEN: { from: ['RESOLVED'], to: 'DISPATCHED' },
  CANCEL: { from: ['SUBMITTED', 'ACCEPTED', 'DISPATCHED'], to: 'CANCELLED' },
};

/** The status an action leads to from `status`, or null when it is not allowed. */
export function nextStatus(status: WorkOrderStatus, action: WorkOrderAction): WorkOrderStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}
