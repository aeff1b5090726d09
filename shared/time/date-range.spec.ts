import { checkedPeriod, lastDayOf, monthsAsPeriod, monthsTouched, periodForm, periodInstants, periodOf } from './date-range';
import { refusalOf as fails } from '../errors/refusal-of';

describe('the period rule (DateRange)', () => {
  it('takes local days from..to, both inclusive, one day included', () => {
    expect(periodOf({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodOf({ from: '2028-02-29', to: '2028-02-29' })).toEqual({ from: '2028-02-29', to: '2028-02-29' });
  });

  it('names the part at fault: a day that does not exist, or the end before the start', () => {
    expect(fails(() => periodOf({ from: '2026-02-29', to: '2026-03-01' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period.from',
      message: 'period.from must be a date YYYY-MM-DD',
    });
    expect(fails(() => periodOf({ from: '2026-11-02', to: '2026-11-01' }, 'within'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'within.to',
      message: 'within.to must not be before within.from',
    });
    expect(fails(() => checkedPeriod('2026-11-01', '2026/11/30', { from: 'from', to: 'to' }))?.field).toBe('to');
  });

  it('spans at most ten years: up to the day before the same date ten years on', () => {
    expect(periodOf({ from: '2020-01-01', to: '2029-12-31' }).to).toBe('2029-12-31');
    expect(fails(() => periodOf({ from: '2020-01-01', to: '2030-01-01' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period.to',
      message: 'A period spans at most 10 years: period.to is after 2029-12-31',
    });
    expect(periodOf({ from: '2028-02-29', to: '2038-02-28' }).to).toBe('2038-02-28');
    expect(fails(() => periodOf({ from: '2028-02-29', to: '2038-03-01' }))?.field).toBe('period.to');
  });

  it('reads the old whole-month arguments as the days of those months, by the same rule', () => {
    expect(monthsAsPeriod('2028-01', '2028-02', { from: 'fromMonth', to: 'toMonth' })).toEqual({ from: '2028-01-01', to: '2028-02-29' });
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect(fails(() => monthsAsPeriod('2026-13', '2026-12', { from: 'fromMonth', to: 'toMonth' }))?.message).toBe(
      'fromMonth must be a month YYYY-MM',
    );
    expect(fails(() => monthsAsPeriod('2026-12', '2026-11', { from: 'from', to: 'to' }))?.message).toBe('to must not be before from');
  });

  it('bounds the days by local midnights (Asia/Shanghai unless told) and knows the months it touches', () => {
    expect(periodInstants({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      start: new Date('2026-10-31T16:00:00Z'),
      end: new Date('2026-11-30T16:00:00Z'),
    });
    expect(periodInstants({ from: '2026-03-08', to: '2026-03-08' }, 'America/New_York')).toEqual({
      start: new Date('2026-03-08T05:00:00Z'),
      end: new Date('2026-03-09T04:00:00Z'),
    });
    expect(monthsTouched({ from: '2026-11-15', to: '2027-01-02' })).toEqual({ first: '2026-11', last: '2027-01' });
  });

  it('takes a period in one form: the input or all of the old arguments, not both, not half', () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect(periodForm(period, { from: null, to: undefined }, true)).toBe('period');
    expect(periodForm(null, { from: '2026-11-01', to: '2026-11-30' }, true)).toBe('old');
    expect(periodForm(undefined, { date: null }, false)).toBe('none');
    expect(fails(() => periodForm(period, { from: '2026-11-01', to: null }, true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period',
      message: 'Give period or from and to, not both',
    });
    expect(fails(() => periodForm(null, { from: '2026-11-01', to: null }, true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
      message: 'to is required with from (or give period)',
    });
    expect(fails(() => periodForm(null, { from: null, to: null }, true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period',
      message: 'period is required',
    });
  });
});
