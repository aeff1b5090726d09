/**
 * 爱有味 canteen prices by the diner's age on the day of the meal: whole years (周岁) in
 * Asia/Shanghai; a diner born on 29 February has the birthday on 1 March in non-leap
 * years. Tiers are data: the price of the highest tier whose minimum age the diner has
 * reached ("70 and over" includes 70).
 */

export interface MealTier {
  minAge: number;
  priceFen: bigint;
}

/** The seed reports' table: under 70 → 15 yuan, 70+ → 12, 80+ → 10, 90+ → free. */
export const DEFAULT_MEAL_TIERS: readonly MealTier[] = [
  { minAge: 0, priceFen: 1500n },
  { minAge: 70, priceFen: 1200n },
  { minAge: 80, priceFen: 1000n },
  { minAge: 90, priceFen: 0n },
];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD, local dates). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(onDate);
  let age = y - by;
  // This year's birthday; 29 February falls on 1 March when the year has none.
  const [hm, hd] = bm === 2 && bd === 29 && !isLeap(y) ? [3, 1] : [bm, bd];
  if (m < hm || (m === hm && d < hd)) age -= 1;
  return age;
}

/** The tier for an age: the one with the highest minimum age not above it. */
export function tierFor(tiers: readonly MealTier[], age: number): MealTier {
  let best: MealTier | undefined;
  for (const t of tiers) if (t.minAge <= age && (!best || t.minAge > best.minAge)) best = t;
  if (!best) throw new RangeError(`No meal price tier covers age ${age}`);
  return best;
}

/**
 * Half price from a supplying merchant (商家半价供应): the canteen pays half, the other
 * half is credited to the charity fund (爱心基金). With an odd number of fen the fund gets
 * the floor and the canteen pays the rest, so the two halves add to the value exactly.
 */
export function halfPriceSplit(valueFen: bigint): { paidFen: bigint; creditedFen: bigint } {
  const creditedFen = valueFen / 2n;
  return { paidFen: valueFen - creditedFen, creditedFen };
}
