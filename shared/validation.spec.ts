import { boundedText, chinesePhone, intInRange, optionalText } from './validation';

const fails = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { code: (e as { extensions: { code: string; field: string } }).extensions.code, message: (e as Error).message };
  }
  return null;
};

describe('shared input checks', () => {
  it('takes whole numbers within bounds only', () => {
    expect(intInRange(1, 'n', 1, 5)).toBe(1);
    expect(intInRange(5, 'n', 1, 5)).toBe(5);
    expect(fails(() => intInRange(0, 'n', 1, 5))).toEqual({ code: 'BAD_USER_INPUT', message: 'n must be a whole number from 1 to 5' });
    expect(fails(() => intInRange(1.5, 'n', 1, 5))?.code).toBe('BAD_USER_INPUT');
  });

  it('trims text and bounds its length', () => {
    expect(boundedText('  菜  ', 'name', 3)).toBe('菜');
    expect(fails(() => boundedText('   ', 'name', 3))).toEqual({ code: 'BAD_USER_INPUT', message: 'name must be 1 to 3 characters' });
    expect(fails(() => boundedText('abcd', 'name', 3))?.code).toBe('BAD_USER_INPUT');
    expect(fails(() => boundedText(42, 'name', 3))?.code).toBe('BAD_USER_INPUT');
  });

  it('counts characters as code points', () => {
    expect(boundedText('  张三 ', 'name', 50)).toBe('张三');
    expect(boundedText('王'.repeat(50), 'name', 50)).toHaveLength(50);
    expect(fails(() => boundedText('王'.repeat(51), 'name', 50))?.code).toBe('BAD_USER_INPUT');
    expect(boundedText('🏠🏠', 'name', 2)).toBe('🏠🏠');
  });

  it('reads absent or blank optional text as null', () => {
    expect(optionalText(null, 'note', 5)).toBeNull();
    expect(optionalText('   ', 'note', 5)).toBeNull();
    expect(optionalText(' hi ', 'note', 5)).toBe('hi');
    expect(fails(() => optionalText('toolong', 'note', 5))?.code).toBe('BAD_USER_INPUT');
  });

  it('accepts Chinese mobiles and landlines, refuses others', () => {
    expect(chinesePhone('13812345678')).toBe('13812345678');
    expect(chinesePhone('199 1234 5678')).toBe('19912345678');
    expect(chinesePhone('0731-58561234')).toBe('0731-58561234');
    expect(chinesePhone('02287654321')).toBe('02287654321');
    expect(chinesePhone(null)).toBeNull();
    for (const bad of ['12812345678', '1381234567', '138123456789', '+14155550100', '5551234', 'abc']) {
      expect(fails(() => chinesePhone(bad))?.code).toBe('BAD_USER_INPUT');
    }
  });
});
