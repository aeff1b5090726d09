import { accountSubOf } from './staff.service';

describe('accountSubOf', () => {
  it('keeps a token subject as issued, and null for none', () => {
    expect(accountSubOf('persona:property-desk')).toBe('persona:property-desk');
    expect(accountSubOf('用户:张三')).toBe('用户:张三');
    expect(accountSubOf(null)).toBeNull();
    expect(accountSubOf(undefined)).toBeNull();
  });

  it('refuses empty, over-long, spaced or control-character subjects', () => {
    for (const bad of ['', 'a b', 'a\tb', 'a\u0000b', 'x'.repeat(201)]) {
      expect(() => accountSubOf(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'accountSub' }) }),
      );
    }
    expect(accountSubOf('x'.repeat(200))).toHaveLength(200);
  });
});
