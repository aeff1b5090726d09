import { birthDate, calendarDate, chinesePhone, requiredText } from './input';
import { localDate, localMoment } from '../../../shared/time/local-time';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions: { code: string } }).extensions.code;
  }
  return 'OK';
};

describe('party input validation', () => {
  it('accepts Chinese mobiles and landlines, refuses others', () => {
    expect(chinesePhone('13812345678')).toBe('13812345678');
    expect(chinesePhone('199 1234 5678')).toBe('19912345678');
    expect(chinesePhone('0731-58561234')).toBe('0731-58561234');
    expect(chinesePhone('02287654321')).toBe('02287654321');
    expect(chinesePhone(null)).toBeNull();
    for (const bad of ['12812345678', '1381234567', '138123456789', '+14155550100', '5551234', 'abc']) {
      expect(codeOf(() => chinesePhone(bad))).toBe('BAD_USER_INPUT');
    }
  });

  it('trims names and bounds their length in characters', () => {
    expect(requiredText('  张三 ', 'name')).toBe('张三');
    expect(codeOf(() => requiredText('   ', 'name'))).toBe('BAD_USER_INPUT');
    expect(requiredText('王'.repeat(50), 'name')).toHaveLength(50);
    expect(codeOf(() => requiredText('王'.repeat(51), 'name'))).toBe('BAD_USER_INPUT');
  });

  it('refuses birth dates in the future of the local day, and non-dates', () => {
    // 2026-11-21T16:30Z is already 22 November in Shanghai.
    const now = new Date('2026-11-21T16:30:00Z');
    expect(birthDate('2026-11-22', now)).toBe('2026-11-22');
    expect(codeOf(() => birthDate('2026-11-23', now))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => birthDate('2026-02-29', now))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => calendarDate('22/11/2026', 'd'))).toBe('BAD_USER_INPUT');
  });

  it('reads local dates and weekdays in the compound time zone', () => {
    expect(localDate(new Date('2026-10-31T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-10-31');
    expect(localDate(new Date('2026-10-31T16:01:00Z'), 'Asia/Shanghai')).toBe('2026-11-01');
    expect(localMoment(new Date('2026-11-23T12:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-11-23', weekday: 1, minutes: 20 * 60 });
  });
});
