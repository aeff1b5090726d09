import { apportion, ratioProblem, splitProceeds, SplitParts, SplitRatios } from './settlement-split';

const SEED_READING: SplitRatios = { enterpriseBp: 8000, propertyBp: 2000, rebateBpOfProperty: 10_000 };
const OTHER_READING: SplitRatios = { enterpriseBp: 8000, propertyBp: 2000, rebateBpOfProperty: 2000 };

/** Exact shares as (numerator, denominator 10 000²). */
function exact(proceeds: bigint, r: SplitRatios): [bigint, bigint, bigint] {
  const bp = 10_000n;
  const e = BigInt(r.enterpriseBp);
  const p = BigInt(r.propertyBp);
  const k = BigInt(r.rebateBpOfProperty);
  return [proceeds * e * bp, proceeds * p * (bp - k), proceeds * p * k];
}

function expectWithinOneFen(proceeds: bigint, r: SplitRatios, parts: SplitParts): void {
  const den = 100_000_000n;
  const shares = exact(proceeds, r);
  [parts.enterprise, parts.propertyKept, parts.committeeRebate].forEach((part, i) => {
    const diff = part * den - shares[i];
    expect(diff < den && diff > -den).toBe(true);
  });
  expect(parts.enterprise + parts.propertyKept + parts.committeeRebate).toBe(proceeds);
}

/** mulberry32: a small deterministic PRNG, so a failure replays exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('splitProceeds (二八分成, one largest-remainder pass)', () => {
  it('splits 1 fen: the whole fen goes to the largest share (enterprise)', () => {
    const out = splitProceeds(1n, SEED_READING);
    expect(out).toEqual({ kind: 'SPLIT', parts: { enterprise: 1n, propertyKept: 0n, committeeRebate: 0n } });
    const other = splitProceeds(1n, OTHER_READING);
    expect(other.parts).toEqual({ enterprise: 1n, propertyKept: 0n, committeeRebate: 0n });
  });

  it('splits 999 fen: 799.2 / 0 / 199.8 → 799 / 0 / 200 under the seed reading', () => {
    const out = splitProceeds(999n, SEED_READING);
    expect(out.parts).toEqual({ enterprise: 799n, propertyKept: 0n, committeeRebate: 200n });
    expectWithinOneFen(999n, SEED_READING, out.parts);
  });

  it('splits 999 fen under the 20%-of-property reading: 799.2 / 159.84 / 39.96 → 799 / 160 / 40', () => {
    const out = splitProceeds(999n, OTHER_READING);
    // floors 799 + 159 + 39 = 997; remainders .2, .84, .96 → the two leftover fen go to rebate then property.
    expect(out.parts).toEqual({ enterprise: 799n, propertyKept: 160n, committeeRebate: 40n });
    expectWithinOneFen(999n, OTHER_READING, out.parts);
  });

  it('splits 10,000,000,001 fen exactly, beyond 2^31 and with bigint arithmetic', () => {
    const proceeds = 10_000_000_001n;
    const seed = splitProceeds(proceeds, SEED_READING);
    // 8,000,000,000.8 / 0 / 2,000,000,000.2 → the one leftover fen goes to the .8.
    expect(seed.parts).toEqual({ enterprise: 8_000_000_001n, propertyKept: 0n, committeeRebate: 2_000_000_000n });
    expectWithinOneFen(proceeds, SEED_READING, seed.parts);
    const other = splitProceeds(proceeds, OTHER_READING);
    // 8,000,000,000.8 / 1,600,000,000.16 / 400,000,000.04
    expect(other.parts).toEqual({ enterprise: 8_000_000_001n, propertyKept: 1_600_000_000n, committeeRebate: 400_000_000n });
    expectWithinOneFen(proceeds, OTHER_READING, other.parts);
  });

  it('breaks equal remainders in the order enterprise, property kept, committee rebate', () => {
    // 50/50 with half the property share returned: 1 fen → 0.5 / 0.25 / 0.25.
    expect(splitProceeds(1n, { enterpriseBp: 5000, propertyBp: 5000, rebateBpOfProperty: 5000 }).parts).toEqual({
      enterprise: 1n,
      propertyKept: 0n,
      committeeRebate: 0n,
    });
    // 0/100, half returned: 1 fen → 0 / 0.5 / 0.5: the tie goes to property kept.
    expect(splitProceeds(1n, { enterpriseBp: 0, propertyBp: 10_000, rebateBpOfProperty: 5000 }).parts).toEqual({
      enterprise: 0n,
      propertyKept: 1n,
      committeeRebate: 0n,
    });
    expect(apportion(2n, [1n, 1n, 1n])).toEqual([1n, 1n, 0n]);
  });

  it('splits nothing for zero or negative proceeds, and says so', () => {
    const zero = splitProceeds(0n, SEED_READING);
    expect(zero.kind).toBe('NOTHING_TO_SPLIT');
    expect(zero.parts).toEqual({ enterprise: 0n, propertyKept: 0n, committeeRebate: 0n });
    const loss = splitProceeds(-1234n, SEED_READING);
    expect(loss.kind).toBe('NOTHING_TO_SPLIT');
    expect(loss.kind === 'NOTHING_TO_SPLIT' && loss.reason).toMatch(/loss of 1234 fen/);
    expect(loss.parts).toEqual({ enterprise: 0n, propertyKept: 0n, committeeRebate: 0n });
  });

  it('refuses ratios that do not add up to 100% or are out of range', () => {
    expect(ratioProblem({ enterpriseBp: 8000, propertyBp: 1999, rebateBpOfProperty: 10_000 })).toMatch(/must be 10000/);
    expect(ratioProblem({ enterpriseBp: 8000, propertyBp: 2000, rebateBpOfProperty: 10_001 })).toMatch(/rebateBpOfProperty/);
    expect(ratioProblem({ enterpriseBp: 80.5, propertyBp: 9919.5, rebateBpOfProperty: 0 })).toMatch(/enterpriseBp/);
    expect(ratioProblem(SEED_READING)).toBeNull();
    expect(() => splitProceeds(100n, { enterpriseBp: 7000, propertyBp: 2000, rebateBpOfProperty: 0 })).toThrow(RangeError);
  });

  it('adds up exactly and stays within 1 fen of each exact share over 5,000 random amounts and ratios (seeded)', () => {
    const random = prng(20261122);
    for (let n = 0; n < 5000; n++) {
      const magnitude = Math.floor(random() * 14); // 1 fen up to ~10^13 fen
      const proceeds = BigInt(Math.floor(random() * 10 ** magnitude)) + 1n;
      const enterpriseBp = Math.floor(random() * 10_001);
      const ratios: SplitRatios = { enterpriseBp, propertyBp: 10_000 - enterpriseBp, rebateBpOfProperty: Math.floor(random() * 10_001) };
      const out = splitProceeds(proceeds, ratios);
      expect(out.kind).toBe('SPLIT');
      expectWithinOneFen(proceeds, ratios, out.parts);
      expect(out.parts.enterprise >= 0n && out.parts.propertyKept >= 0n && out.parts.committeeRebate >= 0n).toBe(true);
    }
  });
});
