import { Kind } from 'graphql';
import { FenScalar } from './fen.scalar';
import { formatYuan, Money } from './money.type';

describe('Money', () => {
  it.each([
    [0n, '0.00'],
    [1n, '0.01'],
    [99n, '0.99'],
    [100n, '1.00'],
    [1234n, '12.34'],
    [-5n, '-0.05'],
    [-1234n, '-12.34'],
    [10_000_000_001n, '100000000.01'],
    [2n ** 63n - 1n, '92233720368547758.07'],
  ])('formats %s fen as %s yuan', (fen, yuan) => {
    expect(formatYuan(fen)).toBe(yuan);
    expect(Money.of(fen)).toEqual({ fen, yuan });
  });

  it('serialises fen beyond 2^53 exactly as a decimal string', () => {
    expect(FenScalar.serialize(9_007_199_254_740_993n)).toBe('9007199254740993');
    expect(FenScalar.serialize('123')).toBe('123');
    expect(FenScalar.serialize(42)).toBe('42');
  });

  it('parses strings of digits and safe integers, nothing else', () => {
    expect(FenScalar.parseValue('9007199254740993')).toBe(9_007_199_254_740_993n);
    expect(FenScalar.parseValue(-15)).toBe(-15n);
    expect(FenScalar.parseLiteral({ kind: Kind.STRING, value: '100' } as never)).toBe(100n);
    expect(FenScalar.parseLiteral({ kind: Kind.INT, value: '7' } as never)).toBe(7n);
    for (const bad of [1.5, '1.50', '', 'abc', 2 ** 60, null, true]) {
      expect(() => FenScalar.parseValue(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
    expect(() => FenScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' } as never)).toThrow(/integer/);
  });
});
