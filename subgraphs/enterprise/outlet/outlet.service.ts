import type { EntityManager } from 'typeorm';
import { assertUuid, badInput } from '../../../shared/errors';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { Outlet } from './outlet.entity';
import { OutletKind } from './outlet.enums';

/** An outlet by id, or NOT_FOUND; `field` names the argument in a malformed-id error. */
export async function outletOrNotFound(m: EntityManager, id: string, field = 'outletId'): Promise<Outlet> {
  const outletId = assertUuid(id, field);
  return loadOrNotFound(m.getRepository(Outlet).findOneBy({ id: outletId }), 'Outlet', outletId);
}

/** An outlet by id, of the kind the operation needs. */
export async function outletOfKind(m: EntityManager, id: string, kind: OutletKind, field = 'outletId'): Promise<Outlet> {
  const outlet = await outletOrNotFound(m, id, field);
  if (outlet.kind !== kind) throw badInput(`Outlet ${outlet.id} is a ${outlet.kind}, not a ${kind}`, { field });
  return outlet;
}

/** The enterprise an outlet belongs to: whose staff may write its records. */
export async function enterpriseOfOutlet(m: EntityManager, outletId: string): Promise<string> {
  const [row] = await m.query('SELECT enterprise_id FROM outlet WHERE id = $1', [outletId]);
  return row.enterprise_id;
}
