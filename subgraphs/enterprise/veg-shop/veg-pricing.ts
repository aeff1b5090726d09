import { BASIS_POINTS } from '../settlement/settlement-split';

/** The shop sells 20–30% below the market (均价较市场便宜两到三成); bounds inclusive. */
export const MIN_DISCOUNT_BP = 2000;
export const MAX_DISCOUNT_BP = 3000;

export function discountProblem(discountBp: number): string | null {
  if (!Number.isInteger(discountBp) || discountBp < MIN_DISCOUNT_BP || discountBp > MAX_DISCOUNT_BP) {
    return `discountBp must be a whole number from ${MIN_DISCOUNT_BP} to ${MAX_DISCOUNT_BP} (20%–30% below the market price), got ${discountBp}`;
  }
  return null;
}

/**
 * The day's sale price per unit: the market reference price less the discount, rounded
 * to the fen HALF-UP (a remainder of exactly half a fen rounds up). Integer arithmetic:
 * floor((market × (10000 − discount) + 5000) / 10000). Never below 1 fen for a positive
 * market price, since the factor is at least 70%.
 */
export function dailySalePrice(marketPriceFen: bigint, discountBp: number): bigint {
  if (marketPriceFen <= 0n) throw new RangeError('market price must be positive');
  const problem = discountProblem(discountBp);
  if (problem) throw new RangeError(problem);
  const bp = BigInt(BASIS_POINTS);
  return (marketPriceFen * (bp - BigInt(discountBp)) + bp / 2n) / bp;
}
