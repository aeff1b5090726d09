import type { GraphQLResolveInfo } from 'graphql';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';
import type { RequestContext } from '../server/context';
import {
  applyWindow,
  paginate,
  pageWindow,
  toConnection,
  type ConnectionResult,
  type PageArgs,
  type Sort,
  type SortKey,
} from './connection';
import type { CursorValue } from './cursor';
import type { OrderBy } from './order';

type Filters<T extends ObjectLiteral, F> = {
  [K in keyof F]-?: (qb: SelectQueryBuilder<T>, value: NonNullable<F[K]>, ctx: RequestContext) => void;
};

/**
 * One list of one aggregate, declared once: its table, one clause per filter argument,
 * who may see which rows, and its keyset orders. Services declare lists with this;
 * resolvers never build a query.
 */
export interface ListDefinition<T extends ObjectLiteral, F extends object, O extends string = never> {
  entity: EntityTarget<T>;
  /** The table's alias in the clauses below, e.g. `w`. */
  alias: string;
  /** Applied for each filter argument that is given (not null or undefined). */
  filters: Filters<T, F>;
  /** The viewer's row-level scope; leave it out when the root field's role check is all. */
  scope?: (qb: SelectQueryBuilder<T>, ctx: RequestContext) => void;
  /** The order without `orderBy` (ascending); it may be one of `orders`. */
  order: SortKey<T>;
  /** The orders `orderBy` picks from, by the value of the list's order-field enum. */
  orders?: Record<O, SortKey<T>>;
  /** A list nested under a parent type (a compound's residents): the column of the parent's id, and a row's parent id. */
  parent?: { column: string; of: (row: T) => string };
}

/** The page arguments of a list with an order: Relay's four and `orderBy`. */
export type ListArgs<O extends string> = PageArgs & { orderBy?: OrderBy<O> | null };

export interface ListQuery<T extends ObjectLiteral, F extends object, O extends string = never> {
  /** The query with scope and filters applied, for aggregates over the same rows. */
  build(ctx: RequestContext, filter: F): SelectQueryBuilder<T>;
  /** One page of the list, as a connection; with `info`, reading only the columns its selection needs. */
  page(ctx: RequestContext, filter: F, args: ListArgs<O>, info?: GraphQLResolveInfo): Promise<ConnectionResult<T>>;
  /**
   * One parent's page of a nested list. Every parent of a query asks with the same
   * arguments, so the pages of all of them are read in one statement (and their counts,
   * when selected, in one more), however many parents there are.
   */
  pageOf(ctx: RequestContext, parentId: string, filter: F, args: ListArgs<O>): Promise<ConnectionResult<T>>;
}

let listCount = 0;

export function defineList<T extends ObjectLiteral, F extends object, O extends string = never>(
  definition: ListDefinition<T, F, O>,
): ListQuery<T, F, O> {
  const listId = `list${listCount++}`;
  const build = (ctx: RequestContext, filter: F) => {
    const qb = ctx.dataSource.getRepository(definition.entity).createQueryBuilder(definition.alias);
    definition.scope?.(qb, ctx);
    for (const name of Object.keys(definition.filters) as (keyof F)[]) {
      const value = filter[name];
      if (value !== undefined && value !== null) definition.filters[name](qb, value, ctx);
    }
    return qb;
  };

  const orderNames = new Map<SortKey<T>, string>(Object.entries(definition.orders ?? {}).map(([name, key]) => [key as SortKey<T>, name]));
  const sortOf = (orderBy: OrderBy<O> | null | undefined): Sort<T> => {
    const key = orderBy ? definition.orders?.[orderBy.field] : definition.order;
    if (!key) throw badInput(`This list cannot be ordered by ${String(orderBy?.field)}`, { field: 'orderBy.field' });
    const direction = orderBy?.direction ?? 'ASC';
    return { key, direction, name: `${orderNames.get(key) ?? 'DEFAULT'}:${direction}` };
  };

  const pageOf = async (ctx: RequestContext, parentId: string, filter: F, args: ListArgs<O>) => {
    const parent = definition.parent;
    if (!parent) throw new Error(`${listId} is not a nested list: declare its parent`);
    const sort = sortOf(args.orderBy);
    const window = pageWindow(args, sort);
    const asked = JSON.stringify([filter, sort.name, args.first, args.last, args.after, args.before]);
    const pages = ctx.loaders.get<string, T[]>(`${listId}:pages:${asked}`, async (parentIds) => {
      // Each parent's window through its own index range (LATERAL), then the rows in one read, each parent's in list order.
      const inner = applyWindow(build(ctx, filter).andWhere(`${parent.column} = p.parent_id`), window, sort).select(
        `${definition.alias}.id`,
        'id',
      );
      const outer = ctx.dataSource
        .getRepository(definition.entity)
        .createQueryBuilder(definition.alias)
        .where(
          `${definition.alias}.id IN (SELECT l.id FROM unnest(CAST(:__parents AS uuid[])) AS p(parent_id) CROSS JOIN LATERAL (${inner.getQuery()}) l)`,
        )
        .setParameters({ ...inner.getParameters(), __parents: [...parentIds] })
        .orderBy(parent.column);
      const readAscending = (sort.direction === 'ASC') !== window.backward;
      for (const column of [...sort.key.columns, sort.key.idColumn]) outer.addOrderBy(column, readAscending ? 'ASC' : 'DESC');
      const rows = await outer.getMany();
      return parentIds.map((id) => rows.filter((row) => parent.of(row) === id));
    });
    const counts = ctx.loaders.get<string, number>(`${listId}:counts:${JSON.stringify(filter)}`, async (parentIds) => {
      const found: { parent_id: string; n: string }[] = await build(ctx, filter)
        .select(parent.column, 'parent_id')
        .addSelect('COUNT(*)', 'n')
        .andWhere(`${parent.column} = ANY(CAST(:__parents AS uuid[]))`, { __parents: [...parentIds] })
        .groupBy(parent.column)
        .getRawMany();
      return parentIds.map((id) => Number(found.find((c) => c.parent_id === id)?.n ?? 0));
    });
    return toConnection(await pages.load(parentId), window, sort, () => counts.load(parentId));
  };

  return {
    build,
    page: (ctx, filter, args, info) => paginate(build(ctx, filter), args, sortOf(args.orderBy), info),
    pageOf,
  };
}

/** A keyset order over the given sort columns of `alias`, its `id` breaking ties. */
export function sortKey<T extends { id: string }>(
  alias: string,
  ...columns: [sql: string, valueOf: (row: T) => CursorValue][]
): SortKey<T> {
  return {
    columns: columns.map(([sql]) => sql),
    valuesOf: (row) => columns.map(([, valueOf]) => valueOf(row)),
    idColumn: `${alias}.id`,
    idOf: (row) => row.id,
  };
}

/** Oldest first by `created_at`, the id breaking ties: the order of most logs and ledgers. */
export function byCreated<T extends { createdAt: Date; id: string }>(alias: string): SortKey<T> {
  return sortKey<T>(alias, [`${alias}.created_at`, (r) => r.createdAt.toISOString()]);
}

/** Insertion order by the table's `seq` identity (see `SeqColumn`), the id breaking ties. */
export function bySeq<T extends { seq: number; id: string }>(alias: string): SortKey<T> {
  return sortKey<T>(alias, [`${alias}.seq`, (r) => String(r.seq)]);
}
