import type { EntityManager } from 'typeorm';
import { conflict } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';

/**
 * Runs one mutation in ONE transaction, so a refused mutation leaves the database as it
 * was. A unique-constraint race (two writers, one slot) becomes CONFLICT, a check
 * constraint (balance below zero, ...) too: the database is the last guard.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (m: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.dataSource.transaction(work);
  } catch (error) {
    const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
    if (code === '23505') throw conflict('That already exists', { reason: 'unique' });
    if (code === '23514') throw conflict('The change would break a rule the database guards', { reason: 'check' });
    throw error;
  }
}
