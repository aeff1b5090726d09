import { keysetClauses, type PageWindow, type Sort } from './connection';

/**
 * The keyset part of a list read with plain SQL (no query builder): `keysetClauses` with
 * parameters numbered from `$firstParam` (cast by `casts`, in key order), as the clause
 * texts to splice in, and the LIMIT (one row more than the page). The rows go to
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
  const params: unknown[] = [];
  const { conditions, orderBy } = keysetClauses(window, sort, (value, i) => {
    params.push(value);
    return `$${firstParam + params.length - 1}${casts[i] ? `::${casts[i]}` : ''}`;
  });
  return {
    bounds: conditions.map((c) => ` AND ${c}`).join(''),
    orderBy: orderBy.map(({ column, direction }) => `${column} ${direction}`).join(', '),
    limit: window.size + 1,
    params,
  };
}
