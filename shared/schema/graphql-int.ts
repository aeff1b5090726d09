/** A bigint that GraphQL's Int can carry (areas of one compound, headcounts); a programming error otherwise. */
export function toInt(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > 2147483647 || n < -2147483648) throw new Error(`Out of Int range: ${value}`);
  return n;
}
