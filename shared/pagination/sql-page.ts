import { type CursorKey, type PageWindow, type Sort } from './connection';

/**
 * The keyset part of a list read with plain SQL (no query builder): the conditions that
 * bound the window's cursors, the ORDER BY it is read in and its LIMIT (one row more
 * than the page), with their parameters numbered from `$firstParam`. The rows go to
 * `toConnection` as `applyWindow`'s do, so both directions page alike everywhere.
 */
export interface SqlWindow {
  /** `AND …` conditions (empty when no cursor bounds the page). */
  bounds: string;
  orderBy: string;
  limit: number;
  params: unknown[];
}

export function sqlWindow<T>(window: PageWindow, sort: Sort<T>, firstParam: number, casts: string[] = []): SqlWindow {
  const columns = [...sort.key.columns, sort.key.idColumn];
  const params: unknown[] = [];
  const conditions: string[] = [];
  const bound = (cursor: CursorKey, after: boolean) => {
    const placeholders = [...cursor.values, cursor.id].map((value, i) => {
      params.push(value);
      return `$${firstParam + params.length - 1}${casts[i] ? `::${casts[i]}` : ''}`;
    });
    // After a cursor in an ascending order is greater than it; every other case follows from that.
    const greater = after === (sort.direction === 'ASC');
    conditions.push(`(${columns.join(', ')}) ${greater ? '>' : '<'} (${placeholders.join(', ')})`);
  };
  if (window.after) bound(window.after, true);
  if (window.before) bound(window.before, false);
  const readAscending = (sort.direction === 'ASC') !== window.backward;
  return {
    bounds: conditions.map((c) => ` AND ${c}`).join(''),
    orderBy: columns.map((c) => `${c} ${readAscending ? 'ASC' : 'DESC'}`).join(', '),
    limit: window.size + 1,
    params,
  };
}
