import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `bigint` (fen, hundredths of m²) ↔ JavaScript bigint: pg hands bigint over as a string. */
export const bigintColumn: ValueTransformer = {
  from: (value: string | null) => (value === null || value === undefined ? value : BigInt(value)),
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
};
