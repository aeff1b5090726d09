import { MAX_UNIT_AREA_CENTI_M2, validArea } from './area';

describe('floor area in hundredths of m²', () => {
  it('accepts a whole number from 0.01 m² up to the bound', () => {
    expect(validArea(1)).toBe(1n);
    expect(validArea(MAX_UNIT_AREA_CENTI_M2)).toBe(BigInt(MAX_UNIT_AREA_CENTI_M2));
  });

  it('refuses zero, fractions, negatives and more than the bound', () => {
    for (const bad of [0, -1, 1.5, MAX_UNIT_AREA_CENTI_M2 + 1, '100']) expect(() => validArea(bad)).toThrow('hundredths of m²');
  });
});
