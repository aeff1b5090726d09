import { idempotencyKey } from './idempotency-key';

describe('idempotencyKey: the one rule for every money-moving mutation', () => {
  it('accepts 1 to 200 characters, trimmed', () => {
    expect(idempotencyKey('k')).toBe('k');
    expect(idempotencyKey('  order-42 ')).toBe('order-42');
    expect(idempotencyKey('x'.repeat(200))).toBe('x'.repeat(200));
    expect(idempotencyKey('缴费-十月')).toBe('缴费-十月');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(201)],
    ['a NUL byte', 'a\u0000b'],
    ['a line break', 'a\nb'],
    ['not text', 42],
    ['missing', undefined],
  ])('refuses %s with BAD_USER_INPUT on the field', (_what, value) => {
    expect(() => idempotencyKey(value)).toThrow(
      expect.objectContaining({
        message: 'idempotencyKey must be 1 to 200 characters',
        extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
      }),
    );
  });
});
