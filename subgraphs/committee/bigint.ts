import type { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint (fen, hundredths of m²) ↔ JavaScript bigint; pg returns strings. */
export const bigintColumn: ValueTransformer = {
  from: (value: string | null) => (value === null || value === undefined ? value : BigInt(value)),
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
};

/** A bigint that GraphQL's Int can carry (areas of one compound, headcounts). */
export function toInt(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > 2147483647 || n < -2147483648) throw new Error(`Out of Int range: ${value}`);
  return n;
}

/** PostgreSQL unique violation. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
