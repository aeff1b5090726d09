import { badInput } from '../../../shared/errors';

/**
 * Floor area is counted in hundredths of m² (12345 = 123.45 m²), in integers, on the
 * roll and in every tally. The public schema carries it as GraphQL Int, so a unit's area
 * is bounded to keep one compound's roll within Int.
 */
export const MAX_UNIT_AREA_CENTI_M2 = 10_000_000;

export function validArea(value: unknown, field = 'areaCentiM2'): bigint {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_UNIT_AREA_CENTI_M2) {
    throw badInput(`${field} must be a whole number of hundredths of m², from 1 to ${MAX_UNIT_AREA_CENTI_M2}`, { field });
  }
  return BigInt(value);
}
