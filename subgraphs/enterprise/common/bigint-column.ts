import type { ValueTransformer } from 'typeorm';

/** `bigint` columns: pg hands them over as strings; the services compute with bigint. */
export const bigintColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null || value === undefined ? value : BigInt(value)),
};
