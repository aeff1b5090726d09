import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readEntities } from '../db/entity-loaders';
import { selectsField } from '../schema/selection';
import { selectedColumns } from '../db/selected-columns';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor, type CursorKey, type CursorValue } from './cursor';
import { PageInfo } from './page-info.type';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Relay paging, both ways: `first` rows after `after`, or the `last` rows before
 * `before`. A page read backwards comes in the list's own order all the same.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 1 to ${MAX_PAGE_SIZE}: page back with \`before\`.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'The `startCursor` of the page after the one wanted (paging back).' })
  before?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise where counting costs a statement: only run when a caller selects it. */
  totalCount: number | Promise<number>;
}

/** `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (with its filters).' })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}

export function pageSize(size: number | null | undefined, field = 'first'): number {
  if (size === null || size === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`${field} must be between 1 and ${MAX_PAGE_SIZE}`, { field });
  }
  return size;
}

/**
 * A keyset order: one or more sort expressions, then the row's id as the unique
 * tie-breaker, all in one direction. An index on (filter columns, sort columns, id)
 * serves it at any depth, forwards and backwards.
 */
export interface SortKey<T> {
  /** SQL expressions of the sort columns, most significant first, e.g. [`w.sla_deadline`]. */
  columns: string[];
  /** A row's values of those columns, as the cursor stores them. */
  valuesOf: (row: T) => CursorValue[];
  /** SQL expression of the unique tie-breaker, e.g. `w.id`. */
  idColumn: string;
  idOf: (row: T) => string;
}

export type Direction = 'ASC' | 'DESC';

/** A list's order as asked: the key, its direction, and the name cursors carry. */
export interface Sort<T> {
  key: SortKey<T>;
  direction: Direction;
  /** Tags the cursors made under this order, e.g. `SUBMITTED_AT:ASC`. */
  name: string;
}

/** The page asked for: its size, which end it is read from, and the cursors bounding it. */
export interface PageWindow {
  size: number;
  /** `last`: the rows nearest the end (or `before`), read backwards. */
  backward: boolean;
  after?: CursorKey;
  before?: CursorKey;
}

export function pageWindow(args: PageArgs, sort: { name: string; key: { columns: string[] } }): PageWindow {
  if (args.first !== null && args.first !== undefined && args.last !== null && args.last !== undefined) {
    throw badInput('Give first or last, not both', { field: 'last' });
  }
  const backward = args.last !== null && args.last !== undefined;
  const arity = sort.key.columns.length;
  return {
    size: backward ? pageSize(args.last, 'last') : pageSize(args.first, 'first'),
    backward,
    after: args.after ? decodeCursor(args.after, sort.name, arity, 'after') : undefined,
    before: args.before ? decodeCursor(args.before, sort.name, arity, 'before') : undefined,
  };
}

let boundCount = 0;

/**
 * The keyset of a window, for any way of writing SQL: the conditions bounding it by its
 * cursors (`placeholder` turns each cursor value into a parameter reference) and the
 * columns it is read in, in the list's order or its reverse for a backward page.
 */
export function keysetClauses<T>(
  window: PageWindow,
  sort: Sort<T>,
  placeholder: (value: CursorValue, index: number) => string,
): { conditions: string[]; orderBy: { column: string; direction: Direction }[] } {
  const columns = [...sort.key.columns, sort.key.idColumn];
  const conditions: string[] = [];
  const bound = (cursor: CursorKey, after: boolean) => {
    const names = [...cursor.values, cursor.id].map(placeholder);
    // After a cursor in an ascending order is greater than it; every other case follows from that.
    const greater = after === (sort.direction === 'ASC');
    conditions.push(`(${columns.join(', ')}) ${greater ? '>' : '<'} (${names.join(', ')})`);
  };
  if (window.after) bound(window.after, true);
  if (window.before) bound(window.before, false);
  const direction: Direction = (sort.direction === 'ASC') !== window.backward ? 'ASC' : 'DESC';
  return { conditions, orderBy: columns.map((column) => ({ column, direction })) };
}

/**
 * Bounds `qb` by the window's cursors and orders it as the window is read (the list's
 * order, or its reverse for a backward page), with one row more than the page to learn
 * whether another page follows. `limit` rather than `take`: the query may sit in a subquery.
 */
export function applyWindow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, window: PageWindow, sort: Sort<T>): SelectQueryBuilder<T> {
  const { conditions, orderBy } = keysetClauses(window, sort, (value) => {
    const name = `__cursor${boundCount++}`;
    qb.setParameter(name, value);
    return `:${name}`;
  });
  for (const condition of conditions) qb.andWhere(condition);
  orderBy.forEach(({ column, direction }, i) => (i === 0 ? qb.orderBy(column, direction) : qb.addOrderBy(column, direction)));
  return qb.limit(window.size + 1);
}

/**
 * An edge whose cursor is encoded when read: most pages are read for their nodes, and a
 * cursor per row is a JSON and a base64 each. A class, not an object literal with a
 * getter, so that each edge is one small object (a literal's getter is a closure per edge).
 */
class LazyEdge<T> implements Edge<T> {
  private encoded: string | undefined;

  constructor(
    readonly node: T,
    private readonly sort: Sort<T>,
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.sort.name, {
      values: this.sort.key.valuesOf(this.node),
      id: this.sort.key.idOf(this.node),
    }));
  }
}

/**
 * The connection of rows read through `applyWindow`, put back in the list's order:
 * the extra row only tells that more lie beyond the page's far end. `hasPreviousPage`
 * going forwards (and `hasNextPage` going backwards) is whether a cursor bounded the
 * near end, as Relay allows, so no second statement is spent on it.
 */
export function toConnection<T>(
  readRows: T[],
  window: PageWindow,
  sort: Sort<T>,
  totalCount: () => number | Promise<number>,
): ConnectionResult<T> {
  const more = readRows.length > window.size;
  const page = readRows.slice(0, window.size);
  if (window.backward) page.reverse();
  const edges = page.map((node) => new LazyEdge(node, sort));
  let count: number | Promise<number> | undefined;
  return {
    edges,
    // Counted only when selected: a page without its total costs one statement, not two.
    get totalCount() {
      return (count ??= totalCount());
    },
    pageInfo: {
      hasNextPage: window.backward ? !!window.before : more,
      hasPreviousPage: window.backward ? more : !!window.after,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
  };
}

/**
 * One page of `qb` (its filters and scope applied) under `sort`: one statement, and one
 * more when `totalCount` is selected. With `info` (the connection field being resolved),
 * only the columns its selection of the nodes reads, and the sort key's; and the count,
 * when selected, read beside the page (see `selectsField`).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: Sort<T>,
  info?: GraphQLResolveInfo,
): Promise<ConnectionResult<T>> {
  const window = pageWindow(args, sort);
  const main = qb.expressionMap.mainAlias;
  const only =
    info && main?.hasMetadata
      ? selectedColumns(info, main.metadata, `page of ${main.metadata.name} by ${sort.name}`, 'connection', () =>
          columnsOf(main.metadata, [...sort.key.columns, sort.key.idColumn]),
        )?.columns
      : undefined;
  // The window goes on a copy; `qb` itself stays unbounded for the count, if it is asked for.
  const page = applyWindow(qb.clone(), window, sort);
  // `totalCount` selected: the count is sent beside the page, on a second connection,
  // instead of after it, so the answer waits for one statement instead of two in a row.
  const count = info && selectsField(info, 'totalCount') ? qb.getCount() : undefined;
  // A failed page is the error the caller sees; the count's own failure must not go unhandled meanwhile.
  count?.catch(() => undefined);
  const rows = await readEntities(page, only);
  return toConnection(rows, window, sort, () => count ?? qb.getCount());
}

/** `c.name` → `name`: sort columns as the table names them; undefined when one is an expression, not a column. */
function columnsOf(metadata: EntityMetadata, sql: string[]): string[] | undefined {
  const names = sql.map((column) => /^\w+\.(\w+)$/.exec(column)?.[1]);
  return names.every((name) => name !== undefined && metadata.findColumnWithDatabaseName(name)) ? (names as string[]) : undefined;
}
