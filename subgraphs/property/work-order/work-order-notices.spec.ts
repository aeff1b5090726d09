import { notifyEventId } from '../../../shared/notify/notify-event';
import { residentNotice, slaBreachNotice } from './work-order-notices';

const order = {
  id: 'aaaaaaaa-1111-4111-8111-111111111111',
  compoundId: 'cccccccc-1111-4111-8111-111111111111',
  companyId: 'bbbbbbbb-1111-4111-8111-111111111111',
  category: 'DOORS_LOCKS' as const,
  residentId: 'dddddddd-1111-4111-8111-111111111111',
  slaDeadline: new Date('2026-11-24T06:30:00Z'),
  reopenCount: 0,
};
const at = new Date('2026-11-24T07:00:00Z');

describe('work-order notices', () => {
  it("tells the requesting resident of a step, personal, with the step's stable id", () => {
    expect(residentNotice(order, 'WORK_ORDER_RESOLVED', '42', at)).toEqual({
      eventId: notifyEventId('property', 'WORK_ORDER_RESOLVED', order.id, '42'),
      kind: 'WORK_ORDER_RESOLVED',
      recordType: 'WorkOrder',
      recordId: order.id,
      compoundId: order.compoundId,
      audience: [{ kind: 'RESIDENT', scopeId: order.residentId }],
      personal: true,
      textZh: '您的门锁报修（工单 aaaaaaaa）已处理完毕，请确认并评价；如未解决，可申请重新处理。',
      textEn: 'Your doors and locks repair (work order aaaaaaaa) is done: please confirm and rate it, or reopen it if the problem remains.',
      level: null,
      occurredAt: at,
    });
    // Another step of the same kind is another event; the same step is the same one.
    expect(residentNotice(order, 'WORK_ORDER_RESOLVED', '43', at)!.eventId).not.toBe(
      residentNotice(order, 'WORK_ORDER_RESOLVED', '42', at)!.eventId,
    );
    expect(residentNotice(order, 'WORK_ORDER_RESOLVED', '42', new Date())!.eventId).toBe(
      residentNotice(order, 'WORK_ORDER_RESOLVED', '42', at)!.eventId,
    );
  });

  it('says which way an order was closed, and tells nobody of an order no resident requested', () => {
    expect(residentNotice(order, 'WORK_ORDER_CLOSED', '7', at, 'CANCELLED')!.textEn).toBe(
      'Your doors and locks repair (work order aaaaaaaa) was cancelled.',
    );
    expect(residentNotice(order, 'WORK_ORDER_CLOSED', '7', at, 'CONFIRMED')!.textZh).toBe(
      '您的门锁报修（工单 aaaaaaaa）已确认完成，感谢您的评价。',
    );
    expect(residentNotice({ ...order, residentId: null }, 'WORK_ORDER_DISPATCHED', '7', at)).toBeNull();
  });

  it("addresses a breach to the company's duty managers and the compound's grid workers, once per deadline, naming nobody", () => {
    const breach = slaBreachNotice(order, at);
    expect(breach).toMatchObject({
      eventId: notifyEventId('property', 'WORK_ORDER_SLA_BREACHED', order.id, '2026-11-24T06:30:00.000Z'),
      kind: 'WORK_ORDER_SLA_BREACHED',
      audience: [
        { kind: 'DUTY_MANAGERS', scopeId: order.companyId },
        { kind: 'GRID_WORKERS', scopeId: order.compoundId },
      ],
      personal: false,
      // The deadline in Shanghai time.
      textZh: '门锁工单 aaaaaaaa 已超过服务时限（2026-11-24 14:30）仍未完成，请值班经理跟进。',
      level: null,
    });
    expect(breach.textZh + breach.textEn).not.toContain(order.residentId);
    expect(slaBreachNotice({ ...order, reopenCount: 1 }, new Date()).eventId).toBe(breach.eventId);
    expect(slaBreachNotice({ ...order, slaDeadline: new Date('2026-11-25T06:30:00Z') }, at).eventId).not.toBe(breach.eventId);
  });
});
