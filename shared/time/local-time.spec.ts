import { dayBounds, localDate, localMidnight, localMoment, localPeriod, periodBounds } from './local-time';

describe('local time in a zone', () => {
  it('reads the Shanghai date and month either side of local midnight at a month boundary', () => {
    expect(localDate(new Date('2026-01-31T15:59:00Z'))).toBe('2026-01-31'); // 23:59 Shanghai
    expect(localDate(new Date('2026-01-31T16:01:00Z'))).toBe('2026-02-01'); // 00:01 Shanghai
    expect(localPeriod(new Date('2026-01-31T15:59:00Z'))).toBe('2026-01');
    expect(localPeriod(new Date('2026-01-31T16:01:00Z'), 'Asia/Shanghai')).toBe('2026-02');
  });

  it('reads another zone by its own offset', () => {
    const at = new Date('2026-03-01T03:00:00Z');
    expect(localDate(at, 'America/New_York')).toBe('2026-02-28');
    expect(localDate(at, 'Asia/Shanghai')).toBe('2026-03-01');
    expect(localMoment(at, 'America/New_York')).toEqual({ date: '2026-02-28', weekday: 6, minutes: 22 * 60 });
  });

  it('knows 29 February in a leap year', () => {
    expect(localDate(new Date('2028-02-28T16:00:00Z'))).toBe('2028-02-29');
    expect(dayBounds('2028-02-29')).toEqual({ start: new Date('2028-02-28T16:00:00Z'), end: new Date('2028-02-29T16:00:00Z') });
    expect(periodBounds('2028-02').end).toEqual(new Date('2028-02-29T16:00:00Z'));
  });

  it('gives local midnight at 00:00 and minutes since it in h23', () => {
    expect(localMoment(new Date('2026-11-22T16:00:00Z'))).toEqual({ date: '2026-11-23', weekday: 1, minutes: 0 });
  });

  it('bounds a Shanghai month as the fixed +08:00 arithmetic did, across a year end', () => {
    expect(periodBounds('2026-12')).toEqual({ start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
  });

  it('bounds months and days in a zone with daylight saving', () => {
    // New York: EST (-05:00) in February, EDT (-04:00) from 8 March 2026.
    expect(periodBounds('2026-03', 'America/New_York')).toEqual({
      start: new Date('2026-03-01T05:00:00Z'),
      end: new Date('2026-04-01T04:00:00Z'),
    });
    expect(dayBounds('2026-03-08', 'America/New_York')).toEqual({
      start: new Date('2026-03-08T05:00:00Z'),
      end: new Date('2026-03-09T04:00:00Z'),
    });
    expect(dayBounds('2026-11-01', 'America/New_York')).toEqual({
      start: new Date('2026-11-01T04:00:00Z'),
      end: new Date('2026-11-02T05:00:00Z'),
    });
  });

  it('starts a day whose midnight DST skips at the end of the gap', () => {
    // Santiago moves from -04:00 to -03:00 at local midnight on 6 September 2026; 00:00 never happens.
    const start = localMidnight(2026, 9, 6, 'America/Santiago');
    expect(start).toEqual(new Date('2026-09-06T04:00:00Z'));
    expect(localMoment(start, 'America/Santiago')).toEqual({ date: '2026-09-06', weekday: 0, minutes: 60 });
  });
});
