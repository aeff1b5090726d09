import { calendarDate } from '../../../shared/time/calendar-date';
import { localDate, localMoment } from '../../../shared/time/local-time';
import { birthDate } from './birth-date';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions: { code: string } }).extensions.code;
  }
  return 'OK';
};

describe('resident birth dates', () => {
  it('refuses birth dates in the future of the local day, and non-dates', () => {
    // 2026-11-21T16:30Z is already 22 November in Shanghai.
    const now = new Date('2026-11-21T16:30:00Z');
    expect(birthDate('2026-11-22', now)).toBe('2026-11-22');
    expect(codeOf(() => birthDate('2026-11-23', now))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => birthDate('2026-02-29', now))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => calendarDate('22/11/2026', 'd'))).toBe('BAD_USER_INPUT');
  });

  it('refuses birth dates before 1900', () => {
    const now = new Date('2026-11-21T16:30:00Z');
    expect(birthDate('1900-01-01', now)).toBe('1900-01-01');
    expect(codeOf(() => birthDate('1899-12-31', now))).toBe('BAD_USER_INPUT');
    expect(birthDate(null, now)).toBeNull();
  });

  it('reads local dates and weekdays in the compound time zone', () => {
    expect(localDate(new Date('2026-10-31T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-10-31');
    expect(localDate(new Date('2026-10-31T16:01:00Z'), 'Asia/Shanghai')).toBe('2026-11-01');
    expect(localMoment(new Date('2026-11-23T12:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-11-23', weekday: 1, minutes: 20 * 60 });
  });
});
