import { dailySalePrice, discountProblem } from './veg-pricing';

describe('veg shop daily price (market price less 20–30%, half-up to the fen)', () => {
  it('takes 20% and 30% off exactly when the result is whole', () => {
    expect(dailySalePrice(1000n, 2000)).toBe(800n);
    expect(dailySalePrice(1000n, 3000)).toBe(700n);
    expect(dailySalePrice(1000n, 2500)).toBe(750n);
  });

  it('rounds half a fen up and less than half down', () => {
    // 5 × 0.7 = 3.5 → 4 ; 7 × 0.8 = 5.6 → 6 ; 11 × 0.75 = 8.25 → 8 ; 13 × 0.7 = 9.1 → 9 ; 15 × 0.77 = 11.55 → 12
    expect(dailySalePrice(5n, 3000)).toBe(4n);
    expect(dailySalePrice(7n, 2000)).toBe(6n);
    expect(dailySalePrice(11n, 2500)).toBe(8n);
    expect(dailySalePrice(13n, 3000)).toBe(9n);
    expect(dailySalePrice(15n, 2300)).toBe(12n);
    // 0.5 fen exactly: 1 × 0.75 → 0.75 → 1; 2 × 0.75 = 1.5 → 2
    expect(dailySalePrice(1n, 2500)).toBe(1n);
    expect(dailySalePrice(2n, 2500)).toBe(2n);
  });

  it('accepts 2000 and 3000 bp (bounds inclusive) and refuses anything outside', () => {
    expect(discountProblem(2000)).toBeNull();
    expect(discountProblem(3000)).toBeNull();
    expect(discountProblem(1999)).toMatch(/2000 to 3000/);
    expect(discountProblem(3001)).toMatch(/2000 to 3000/);
    expect(discountProblem(2500.5)).toMatch(/whole number/);
    expect(() => dailySalePrice(1000n, 1999)).toThrow(RangeError);
    expect(() => dailySalePrice(0n, 2500)).toThrow(RangeError);
  });

  it('stays exact for large prices (bigint)', () => {
    expect(dailySalePrice(12_345_678_901_234n, 2000)).toBe(9_876_543_120_987n);
  });
});
