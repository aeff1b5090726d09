import { ageOn, DEFAULT_MEAL_TIERS, halfPriceSplit, tierFor } from './meal-pricing';

const price = (birth: string, on: string) => tierFor(DEFAULT_MEAL_TIERS, ageOn(birth, on)).priceFen;

describe('canteen price by age on the meal date (周岁, bounds inclusive)', () => {
  it('counts whole years: the day before the birthday is one year less', () => {
    expect(ageOn('1956-11-22', '2026-11-21')).toBe(69);
    expect(ageOn('1956-11-22', '2026-11-22')).toBe(70);
    expect(ageOn('1956-11-22', '2026-11-23')).toBe(70);
    expect(ageOn('2026-11-22', '2026-11-22')).toBe(0);
  });

  it('prices at every tier boundary: 69/70, 79/80, 89/90', () => {
    expect(price('1956-11-22', '2026-11-21')).toBe(1500n); // 69
    expect(price('1956-11-22', '2026-11-22')).toBe(1200n); // exactly 70 pays 12
    expect(price('1946-11-22', '2026-11-21')).toBe(1200n); // 79
    expect(price('1946-11-22', '2026-11-22')).toBe(1000n); // 80
    expect(price('1936-11-22', '2026-11-21')).toBe(1000n); // 89
    expect(price('1936-11-22', '2026-11-22')).toBe(0n); // 90 eats free
    expect(price('1920-01-01', '2026-11-22')).toBe(0n);
    expect(price('2000-01-01', '2026-11-22')).toBe(1500n);
  });

  it('gives someone born on 29 February the birthday on 1 March in non-leap years', () => {
    // Born 1956-02-29 (leap): turns 70 on 2026-03-01 (2026 has no 29 February).
    expect(ageOn('1956-02-29', '2026-02-28')).toBe(69);
    expect(ageOn('1956-02-29', '2026-03-01')).toBe(70);
    expect(price('1956-02-29', '2026-02-28')).toBe(1500n);
    expect(price('1956-02-29', '2026-03-01')).toBe(1200n);
    // In a leap year the birthday is 29 February itself: born 1948-02-29 turns 80 on 2028-02-29.
    expect(ageOn('1948-02-29', '2028-02-28')).toBe(79);
    expect(ageOn('1948-02-29', '2028-02-29')).toBe(80);
    // A 28 February birthday is never moved.
    expect(ageOn('1956-02-28', '2026-02-28')).toBe(70);
  });

  it('reads tiers as data: the highest minimum age reached wins, whatever their order', () => {
    const tiers = [
      { minAge: 60, priceFen: 800n },
      { minAge: 0, priceFen: 2000n },
    ];
    expect(tierFor(tiers, 59).priceFen).toBe(2000n);
    expect(tierFor(tiers, 60).priceFen).toBe(800n);
    expect(() => tierFor([{ minAge: 18, priceFen: 1n }], 17)).toThrow(RangeError);
  });

  it('splits a half-price supply so the halves add up exactly', () => {
    expect(halfPriceSplit(1000n)).toEqual({ paidFen: 500n, creditedFen: 500n });
    expect(halfPriceSplit(1001n)).toEqual({ paidFen: 501n, creditedFen: 500n });
    expect(halfPriceSplit(1n)).toEqual({ paidFen: 1n, creditedFen: 0n });
  });
});
