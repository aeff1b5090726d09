import { excerpt } from './errors';
import { boundedText, checkText, chinesePhone, intInRange, isCleanText, isPhoneField, optionalText, textRuleFor } from './validation';

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

  describe('the text rule', () => {
    const line = textRuleFor('name');
    const lines = textRuleFor('description');

    it('reads the rule from the field name: multi-line prose by name, one line otherwise', () => {
      expect(line).toEqual({ multiline: false, max: 1000 });
      expect(lines).toEqual({ multiline: true, max: 10_000 });
      expect(textRuleFor('body')).toEqual({ multiline: true, max: 100_000 });
      expect(textRuleFor('constructor')).toEqual({ multiline: false, max: 1000 });
    });

    it('refuses NUL and every other control character, naming the field', () => {
      for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\nb', 'a\tb', 'a\rb']) {
        expect(fails(() => checkText(bad, 'name', line))).toEqual({
          code: 'BAD_USER_INPUT',
          message: 'name must not contain control characters',
        });
      }
      expect(isCleanText('a\u0000')).toBe(false);
    });

    it('lets line feeds, tabs and CRLF line ends through where the field holds several lines', () => {
      expect(checkText('one\n\ttwo\r\nthree', 'description', lines)).toBe('one\n\ttwo\r\nthree');
      for (const bad of ['a\u0000b', 'a\rb', 'a\u000bb', 'a\u0000\n']) {
        expect(fails(() => checkText(bad, 'description', lines))?.message).toBe(
          'description must not contain control characters other than line breaks and tabs',
        );
      }
    });

    it('refuses unpaired surrogates but not the pairs of an emoji or a rare character', () => {
      expect(checkText('🏠 𠀀 张三', 'name', line)).toBe('🏠 𠀀 张三');
      for (const bad of ['a\ud800b', 'a\udc00', '\ud83c', '\udfe0\ud83c']) {
        expect(fails(() => checkText(bad, 'name', line))).toEqual({
          code: 'BAD_USER_INPUT',
          message: 'name is not valid Unicode text (an unpaired surrogate)',
        });
      }
    });

    it('bounds the length in characters', () => {
      expect(checkText('王'.repeat(1000), 'name', line)).toHaveLength(1000);
      expect(checkText('🏠'.repeat(1000), 'name', line)).toHaveLength(2000);
      expect(fails(() => checkText('x'.repeat(1001), 'name', line))?.message).toBe('name must be at most 1000 characters');
    });

    it('knows a phone field by its name', () => {
      expect(['phone', 'contactPhone', 'callerPhone'].map(isPhoneField)).toEqual([true, true, true]);
      expect(['phones', 'telephoneNote', 'name'].map(isPhoneField)).toEqual([false, false, false]);
    });
  });

  it('quotes an excerpt of a value, never all of it', () => {
    expect(excerpt('short')).toBe('"short"');
    expect(excerpt('x'.repeat(900_000))).toBe(`"${'x'.repeat(20)}…"`);
    expect(excerpt('🏠'.repeat(30))).toBe(`"${'🏠'.repeat(20)}…"`);
    expect(excerpt('a\u0000\ud800')).toBe('"a\\u0000\\ud800"');
    expect(excerpt(42)).toBe('42');
    expect(excerpt({ name: '张三' })).toBe('an object');
    expect(excerpt(null)).toBe('null');
  });
});
