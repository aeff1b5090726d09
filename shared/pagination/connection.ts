import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';
import { PageInfo } from './page-info.type';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
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

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return first;
}

type CursorValue = string | number;

export function encodeCursor(sortValue: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string' && ['string', 'number'].includes(typeof parsed[0])) {
      return parsed as [CursorValue, string];
    }
  } catch {
    /* fall through */
  }
  throw badInput('after is not a cursor of this list', { field: 'after' });
}

export interface SortKey<T> {
  /** SQL expression of the sort column, e.g. `c.name`. */
  column: string;
  /** SQL expression of the unique tie-breaker, e.g. `c.id`. */
  idColumn: string;
  /** The sort value of a row, as stored in the cursor. */
  valueOf: (row: T) => CursorValue;
  idOf: (row: T) => string;
}

/**
 * Keyset pagination over (sort value, id), ascending: stable under inserts, and an
 * index on (sort column, id) serves it at any depth.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  key: SortKey<T>,
): Promise<ConnectionResult<T>> {
  const size = pageSize(args.first);
  const counting = qb.clone();
  const page = qb.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    page.andWhere(`(${key.column}, ${key.idColumn}) > (:__afterValue, :__afterId)`, { __afterValue: value, __afterId: id });
  }
  const rows = await page
    .orderBy(key.column, 'ASC')
    .addOrderBy(key.idColumn, 'ASC')
    .take(size + 1)
    .getMany();
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(key.valueOf(node), key.idOf(node)) }));
  let count: Promise<number> | undefined;
  return {
    edges,
    // Counted only when selected: a page without its total costs one statement, not two.
    get totalCount() {
      return (count ??= counting.getCount());
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
