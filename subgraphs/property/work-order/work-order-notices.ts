import { localDate, localMoment } from '../../../shared/time/local-time';
import { notifyEventId, type NotifyEvent, type NotifyEventKind } from '../../../shared/notify/notify-event';
import type { WorkOrder } from './work-order.entity';
import type { WorkOrderCategory } from './work-order-flow';

/**
 * What property tells notify about a work order, in Chinese and English. The texts name
 * the order by its category and a short reference only: never the requester, their
 * contact, their description or the worker's name (the readers may be grid workers, or
 * a resident who is not owed the staff's names).
 */

const CATEGORY_ZH: Record<WorkOrderCategory, string> = {
  PLUMBING: '水管',
  ELECTRICAL: '电路',
  DOORS_LOCKS: '门锁',
  ELEVATOR: '电梯',
  LIGHTING: '照明',
  GREENERY: '绿化',
  CLEANING: '保洁',
  SECURITY: '安保',
  PARKING: '停车',
  FACILITIES: '设施',
  OTHER: '其他',
};

type Order = Pick<WorkOrder, 'id' | 'compoundId' | 'companyId' | 'category' | 'residentId' | 'slaDeadline' | 'reopenCount'>;

/** A short reference a person can read out: the id's first eight characters. */
export const orderRef = (id: string) => id.slice(0, 8);

const categoryEn = (c: WorkOrderCategory) => c.toLowerCase().replace('_', ' and ');

/** The resident-facing progress kinds and their texts. */
const RESIDENT_TEXTS: Record<
  'WORK_ORDER_DISPATCHED' | 'WORK_ORDER_RESOLVED' | 'WORK_ORDER_CLOSED' | 'WORK_ORDER_REOPENED',
  (o: Order, closedAs?: 'CONFIRMED' | 'CANCELLED') => [string, string]
> = {
  WORK_ORDER_DISPATCHED: (o) => [
    `您的${CATEGORY_ZH[o.category]}报修（工单 ${orderRef(o.id)}）已派给维修人员。`,
    `Your ${categoryEn(o.category)} repair (work order ${orderRef(o.id)}) has been assigned to a member of staff.`,
  ],
  WORK_ORDER_RESOLVED: (o) => [
    `您的${CATEGORY_ZH[o.category]}报修（工单 ${orderRef(o.id)}）已处理完毕，请确认并评价；如未解决，可申请重新处理。`,
    `Your ${categoryEn(o.category)} repair (work order ${orderRef(o.id)}) is done: please confirm and rate it, or reopen it if the problem remains.`,
  ],
  WORK_ORDER_CLOSED: (o, closedAs) =>
    closedAs === 'CANCELLED'
      ? [
          `您的${CATEGORY_ZH[o.category]}报修（工单 ${orderRef(o.id)}）已取消。`,
          `Your ${categoryEn(o.category)} repair (work order ${orderRef(o.id)}) was cancelled.`,
        ]
      : [
          `您的${CATEGORY_ZH[o.category]}报修（工单 ${orderRef(o.id)}）已确认完成，感谢您的评价。`,
          `Your ${categoryEn(o.category)} repair (work order ${orderRef(o.id)}) is confirmed and closed. Thank you for your rating.`,
        ],
  WORK_ORDER_REOPENED: (o) => [
    `您的${CATEGORY_ZH[o.category]}报修（工单 ${orderRef(o.id)}）已重新打开，将由维修人员继续处理。`,
    `Your ${categoryEn(o.category)} repair (work order ${orderRef(o.id)}) was reopened and goes back to the repair staff.`,
  ],
};
export type ResidentNoticeKind = keyof typeof RESIDENT_TEXTS;

/**
 * The event telling the requesting resident of a step, or null when nobody requested the
 * order (staff- or grid-filed). `step` makes the id unique per occurrence: the work-order
 * event id of the step, so a second dispatch after a reopen is a second event.
 */
export function residentNotice(
  order: Order,
  kind: ResidentNoticeKind,
  step: string,
  at: Date,
  closedAs?: 'CONFIRMED' | 'CANCELLED',
): NotifyEvent | null {
  if (!order.residentId) return null;
  const [textZh, textEn] = RESIDENT_TEXTS[kind](order, closedAs);
  return {
    eventId: notifyEventId('property', kind, order.id, step),
    kind,
    recordType: 'WorkOrder',
    recordId: order.id,
    compoundId: order.compoundId,
    audience: [{ kind: 'RESIDENT', scopeId: order.residentId }],
    personal: true,
    textZh,
    textEn,
    level: null,
    occurredAt: at,
  };
}

/** `2026-11-22 14:05` in the compound's time zone. */
function localStamp(at: Date): string {
  const { minutes } = localMoment(at);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${localDate(at)} ${hh}:${mm}`;
}

/**
 * The breach: the order is still open at its SLA deadline. To the company's duty managers
 * and the compound's grid workers; one per deadline (the id names it, so a re-armed row
 * for the same deadline is the same event).
 */
export function slaBreachNotice(order: Order, at: Date): NotifyEvent {
  const ref = orderRef(order.id);
  const deadline = localStamp(order.slaDeadline);
  return {
    eventId: notifyEventId('property', 'WORK_ORDER_SLA_BREACHED', order.id, order.slaDeadline.toISOString()),
    kind: 'WORK_ORDER_SLA_BREACHED' satisfies NotifyEventKind,
    recordType: 'WorkOrder',
    recordId: order.id,
    compoundId: order.compoundId,
    audience: [
      { kind: 'DUTY_MANAGERS', scopeId: order.companyId },
      { kind: 'GRID_WORKERS', scopeId: order.compoundId },
    ],
    personal: false,
    textZh: `${CATEGORY_ZH[order.category]}工单 ${ref} 已超过服务时限（${deadline}）仍未完成，请值班经理跟进。`,
    textEn: `The ${categoryEn(order.category)} work order ${ref} is still open past its SLA deadline (${deadline}): duty manager, please follow up.`,
    level: null,
    occurredAt: at,
  };
}
