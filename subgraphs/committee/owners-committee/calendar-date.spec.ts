import { validDate } from './calendar-date';

describe('calendar date YYYY-MM-DD', () => {
  it('accepts real days, leap days included', () => {
    expect(validDate('2026-12-01', 'termStartsOn')).toBe('2026-12-01');
    expect(validDate('2028-02-29', 'termStartsOn')).toBe('2028-02-29');
  });

  it('refuses days that do not exist and other spellings', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '01/12/2026', ''])
      expect(() => validDate(bad, 'termEndsOn')).toThrow('termEndsOn must be a date YYYY-MM-DD');
  });
});
