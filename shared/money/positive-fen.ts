import { badInput } from '../errors';

/** A positive amount in fen (a price, a cost, a contribution). */
export function assertPositiveFen(fen: bigint, field: string): bigint {
  if (typeof fen !== 'bigint' || fen <= 0n) throw badInput(`${field} must be more than 0 fen`, { field });
  return fen;
}
