/**
 * The 二八分成 split: an outlet's proceeds for a period, in integer fen, divided between
 * the enterprise, the property company (what it keeps) and the owners' committee (the
 * part of the property share it returns to the public-affairs fund).
 *
 * Ratios are basis points (1 bp = 0.01 %) so they are data on the agreement:
 * - `enterpriseBp + propertyBp = 10 000`;
 * - `rebateBpOfProperty` is the part of the PROPERTY share returned (10 000 = all of it,
 *   the seed's reading of 80/20 "returned"; 2 000 = 20 % of the property share, the
 *   other reading).
 *
 * One largest-remainder pass over the three FINAL parts (never split, round, then split
 * the rounded property share again): each part is the floor of its exact share, and the
 * fen left over go one each to the largest fractional remainders, ties in the order
 * enterprise, property kept, committee rebate. So the parts add up to the proceeds
 * exactly and each is within 1 fen of its exact share.
 */

export const BASIS_POINTS = 10_000;

export interface SplitRatios {
  enterpriseBp: number;
  propertyBp: number;
  rebateBpOfProperty: number;
}

export interface SplitParts {
  enterprise: bigint;
  propertyKept: bigint;
  committeeRebate: bigint;
}

export type SplitOutcome =
  | { kind: 'SPLIT'; parts: SplitParts }
  /** Zero or negative proceeds: nothing to share, every part is zero. */
  | { kind: 'NOTHING_TO_SPLIT'; reason: string; parts: SplitParts };

/** Why a set of ratios is unusable, or null when it is fine. */
export function ratioProblem(r: SplitRatios): string | null {
  for (const [name, v] of Object.entries(r)) {
    if (!Number.isInteger(v) || v < 0 || v > BASIS_POINTS)
      return `${name} must be a whole number of basis points between 0 and ${BASIS_POINTS}`;
  }
  if (r.enterpriseBp + r.propertyBp !== BASIS_POINTS) {
    return `enterpriseBp + propertyBp must be ${BASIS_POINTS} (100%), got ${r.enterpriseBp + r.propertyBp}`;
  }
  return null;
}

/**
 * Largest-remainder apportionment of `total` (> 0) by integer weights: part i is
 * floor(total × w_i / Σw) plus one leftover fen if its remainder is among the largest
 * (ties to the lower index). Exact shares are compared as numerators over the common
 * denominator Σw, so no division is ever rounded before the end.
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError('apportion needs a non-negative total');
  const denominator = weights.reduce((a, b) => a + b, 0n);
  if (denominator <= 0n || weights.some((w) => w < 0n)) throw new RangeError('apportion needs non-negative weights with a positive sum');
  const numerators = weights.map((w) => total * w);
  const parts = numerators.map((n) => n / denominator);
  const remainders = numerators.map((n, i) => ({ i, rest: n % denominator }));
  let leftover = total - parts.reduce((a, b) => a + b, 0n);
  // Stable sort: equal remainders keep index order, which is the tie rule.
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of remainders) {
    if (leftover === 0n) break;
    parts[i] += 1n;
    leftover -= 1n;
  }
  return parts;
}

/** Splits proceeds (fen) by the agreement's ratios; see the file comment. */
export function splitProceeds(proceedsFen: bigint, ratios: SplitRatios): SplitOutcome {
  const problem = ratioProblem(ratios);
  if (problem) throw new RangeError(problem);
  const zero: SplitParts = { enterprise: 0n, propertyKept: 0n, committeeRebate: 0n };
  if (proceedsFen <= 0n) {
    return {
      kind: 'NOTHING_TO_SPLIT',
      reason:
        proceedsFen === 0n
          ? 'No proceeds in this period: nothing to split'
          : `The period made a loss of ${-proceedsFen} fen: nothing to split`,
      parts: zero,
    };
  }
  const bp = BigInt(BASIS_POINTS);
  const e = BigInt(ratios.enterpriseBp);
  const p = BigInt(ratios.propertyBp);
  const r = BigInt(ratios.rebateBpOfProperty);
  // Weights over the common denominator 10 000²: enterprise e·10 000, property kept p·(10 000 − r), rebate p·r.
  const [enterprise, propertyKept, committeeRebate] = apportion(proceedsFen, [e * bp, p * (bp - r), p * r]);
  return { kind: 'SPLIT', parts: { enterprise, propertyKept, committeeRebate } };
}
