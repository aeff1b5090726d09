import { boundedText, intInRange } from './validation';

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
});
