import { refusalOf } from '../../../shared/errors/refusal-of';
import { notifyEventPayload, type NotifyEvent } from '../../../shared/notify/notify-event';
import { checkNotifyEvent, MAX_AUDIENCES, MAX_TEXT, type NotifyEventWire } from './notify-event-check';

const COMPOUND = '11111111-1111-4111-8111-111111111111';
const event: NotifyEvent = {
  eventId: 'AAAAAAAA-1111-4111-8111-111111111111',
  kind: 'REPORT_FILED',
  recordType: 'IssueReport',
  recordId: '22222222-2222-4222-8222-222222222222',
  compoundId: COMPOUND,
  audience: [{ kind: 'GRID_WORKERS', scopeId: COMPOUND }],
  personal: false,
  textZh: ' 新的随手报 ',
  textEn: 'A new report',
  level: null,
  occurredAt: new Date('2026-11-22T02:00:00Z'),
};
const wire = (change: Partial<Record<keyof NotifyEventWire, unknown>> = {}) =>
  ({ ...notifyEventPayload(event), ...change }) as unknown as NotifyEventWire;

describe('the check of a handed-over event', () => {
  it('normalises what it keeps: ids lower-cased, texts trimmed, the same audience twice kept once', () => {
    const checked = checkNotifyEvent(wire({ audience: [...event.audience, { kind: 'GRID_WORKERS', scopeId: COMPOUND.toUpperCase() }] }));
    expect(checked.eventId).toBe(event.eventId.toLowerCase());
    expect(checked.textZh).toBe('新的随手报');
    expect(checked.audience).toEqual([{ kind: 'GRID_WORKERS', scopeId: COMPOUND }]);
    expect(checked.occurredAt).toEqual(event.occurredAt);
  });

  it.each([
    ['kind', { kind: 'REPORT_LOST' }],
    ['recordType', { recordType: 'Ballot' }],
    ['recordId', { recordId: 'nope' }],
    ['compoundId', { compoundId: undefined }],
    ['audience', { audience: [] }],
    [
      'audience',
      {
        audience: Array.from({ length: MAX_AUDIENCES + 1 }, (_, i) => ({
          kind: 'RESIDENT',
          scopeId: `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`,
        })),
      },
    ],
    ['audience[0].kind', { audience: [{ kind: 'EVERYONE', scopeId: COMPOUND }] }],
    ['audience[0].scopeId', { audience: [{ kind: 'RESIDENT', scopeId: 'me' }] }],
    ['personal', { personal: 'yes' }],
    ['textZh', { textZh: '   ' }],
    ['textEn', { textEn: 'x'.repeat(MAX_TEXT + 1) }],
    ['level', { level: 2 }],
    ['level', { kind: 'REPORT_ESCALATED', level: null }],
    ['level', { kind: 'REPORT_ESCALATED', level: 0 }],
    ['occurredAt', { occurredAt: 'yesterday' }],
  ])('refuses a bad %s as BAD_USER_INPUT naming it', (field, change) => {
    expect(refusalOf(() => checkNotifyEvent(wire(change)))).toEqual({ code: 'BAD_USER_INPUT', field, message: expect.any(String) });
  });
});
