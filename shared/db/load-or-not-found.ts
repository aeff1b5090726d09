import { notFound } from '../errors';

/**
 * The one way a root field or a mutation turns "no such row" into NOT_FOUND, so every
 * subgraph says it with the same code and wording (`<What> <id> not found`).
 */
export async function loadOrNotFound<T>(
  found: Promise<T | null | undefined> | T | null | undefined,
  what: string,
  id?: string,
): Promise<T> {
  const row = await found;
  if (row === null || row === undefined) throw notFound(what, id);
  return row;
}
