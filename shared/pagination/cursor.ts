import { badInput } from '../errors';

export type CursorValue = string | number;

/** Where a cursor points: the sort values of a row and its id, under one order. */
export interface CursorKey {
  values: CursorValue[];
  id: string;
}

/**
 * A cursor names the order it was made under (`order`, e.g. `SLA_DEADLINE:DESC`) and the
 * row's sort values and id: under another order the same values point somewhere else,
 * so such a cursor is refused rather than silently skipping or repeating rows.
 */
export function encodeCursor(order: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([order, key.values, key.id]), 'utf8').toString('base64url');
}

const isCursorValue = (v: unknown): v is CursorValue => typeof v === 'string' || typeof v === 'number';

/** The key in a cursor made under `order` with `arity` sort values; BAD_USER_INPUT naming `field` otherwise. */
export function decodeCursor(cursor: string, order: string, arity: number, field = 'after'): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    /* refused below */
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !Array.isArray(parsed[1]) ||
    !(parsed[1] as unknown[]).every(isCursorValue) ||
    typeof parsed[2] !== 'string'
  ) {
    throw badInput(`${field} is not a cursor of this list`, { field });
  }
  const [madeUnder, values, id] = parsed as [string, CursorValue[], string];
  if (madeUnder !== order || values.length !== arity) {
    throw badInput(`${field} is a cursor of another order of this list: page with the orderBy it was made under`, { field });
  }
  return { values, id };
}
