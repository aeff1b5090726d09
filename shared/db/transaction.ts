import type { EntityManager } from 'typeorm';
import { conflict } from '../errors';
import type { RequestContext } from '../server/context';
import { isCheckViolation, isUniqueViolation } from './pg-errors';

/**
 * Runs one mutation in ONE transaction, so a refused mutation leaves the database as it
 * was. A unique-constraint race (two writers, one slot) becomes CONFLICT, a check
 * constraint (balance below zero, ...) too: the database is the last guard.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (m: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.dataSource.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('That already exists', { reason: 'unique' });
    if (isCheckViolation(error)) throw conflict('The change would break a rule the database guards', { reason: 'check' });
    throw error;
  }
}
