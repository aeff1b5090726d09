import { calendarDate, calendarMonth, isCalendarDate, isCalendarMonth, pastOrToday } from './calendar-date';

const fails = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { code: (e as { extensions: { code: string } }).extensions.code, message: (e as Error).message };
  }
  return null;
};

describe('calendar dates and months', () => {
  it('accepts days that exist, leap days included', () => {
    expect(calendarDate('2026-12-01', 'termStartsOn')).toBe('2026-12-01');
    expect(calendarDate('2028-02-29', 'termStartsOn')).toBe('2028-02-29');
    expect(isCalendarDate('2026-04-30')).toBe(true);
  });

  it('refuses days that do not exist and other spellings, naming the field', () => {
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-1-1', '01/12/2026', '', 'yesterday'])
      expect(fails(() => calendarDate(bad, 'termEndsOn'))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'termEndsOn must be a date YYYY-MM-DD',
      });
    expect(isCalendarDate(20261201)).toBe(false);
  });

  it('refuses a day after today', () => {
    expect(pastOrToday('2026-11-22', '2026-11-22', 'birthDate')).toBe('2026-11-22');
    expect(fails(() => pastOrToday('2026-11-23', '2026-11-22', 'birthDate'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'birthDate is in the future',
    });
    expect(fails(() => pastOrToday('2026-02-30', '2026-11-22', 'birthDate'))?.code).toBe('BAD_USER_INPUT');
  });

  it('takes months YYYY-MM only', () => {
    expect(calendarMonth('2026-11')).toBe('2026-11');
    expect(isCalendarMonth('2026-12')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-1', '2026-11-01', ''])
      expect(fails(() => calendarMonth(bad))).toEqual({ code: 'BAD_USER_INPUT', message: 'period must be a month YYYY-MM' });
  });
});
