import type { EntityManager } from 'typeorm';
import { assertUuid, badInput, notFound } from '../../../shared/errors';
import { intInRange } from '../../../shared/validation';
import { Outlet } from '../outlet/outlet.entity';
import type { OutletKind } from '../outlet/outlet-kind';

/** An outlet by id, of the kind the operation needs. */
export async function outletOfKind(m: EntityManager, id: string, kind: OutletKind, field = 'outletId'): Promise<Outlet> {
  const outletId = assertUuid(id, field);
  const outlet = await m.getRepository(Outlet).findOneBy({ id: outletId });
  if (!outlet) throw notFound('Outlet', outletId);
  if (outlet.kind !== kind) throw badInput(`Outlet ${outletId} is a ${outlet.kind}, not a ${kind}`, { field });
  return outlet;
}

export function assertIdempotencyKey(key: unknown): string {
  const value = typeof key === 'string' ? key.trim() : '';
  if (!value || value.length > 200) throw badInput('idempotencyKey must be 1 to 200 characters', { field: 'idempotencyKey' });
  return value;
}

/** A positive whole quantity (units of the product, portions...). */
export function assertQuantity(q: number, field = 'quantity', max = 100_000): number {
  return intInRange(q, field, 1, max);
}

/** A positive amount in fen. */
export function assertPositiveFen(fen: bigint, field: string): bigint {
  if (typeof fen !== 'bigint' || fen <= 0n) throw badInput(`${field} must be more than 0 fen`, { field });
  return fen;
}
