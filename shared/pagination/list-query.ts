import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../server/context';
import { paginate, type ConnectionResult, type PageArgs, type SortKey } from './connection';

type Filters<T extends ObjectLiteral, F> = {
  [K in keyof F]-?: (qb: SelectQueryBuilder<T>, value: NonNullable<F[K]>, ctx: RequestContext) => void;
};

/**
 * One list of one aggregate, declared once: its table, one clause per filter argument,
 * who may see which rows, and its keyset order. Services declare lists with this;
 * resolvers never build a query.
 */
export interface ListDefinition<T extends ObjectLiteral, F extends object> {
  entity: EntityTarget<T>;
  /** The table's alias in the clauses below, e.g. `w`. */
  alias: string;
  /** Applied for each filter argument that is given (not null or undefined). */
  filters: Filters<T, F>;
  /** The viewer's row-level scope; leave it out when the root field's role check is all. */
  scope?: (qb: SelectQueryBuilder<T>, ctx: RequestContext) => void;
  /** Keyset order over (sort value, id). */
  order: SortKey<T>;
}

export interface ListQuery<T extends ObjectLiteral, F extends object> {
  /** The query with scope and filters applied, for aggregates over the same rows. */
  build(ctx: RequestContext, filter: F): SelectQueryBuilder<T>;
  /** One page of the list, as a connection. */
  page(ctx: RequestContext, filter: F, args: PageArgs): Promise<ConnectionResult<T>>;
}

export function defineList<T extends ObjectLiteral, F extends object>(definition: ListDefinition<T, F>): ListQuery<T, F> {
  const build = (ctx: RequestContext, filter: F) => {
    const qb = ctx.dataSource.getRepository(definition.entity).createQueryBuilder(definition.alias);
    definition.scope?.(qb, ctx);
    for (const name of Object.keys(definition.filters) as (keyof F)[]) {
      const value = filter[name];
      if (value !== undefined && value !== null) definition.filters[name](qb, value, ctx);
    }
    return qb;
  };
  return { build, page: (ctx, filter, args) => paginate(build(ctx, filter), args, definition.order) };
}

/** Oldest first by `created_at`, the id breaking ties: the order of most logs and ledgers. */
export function byCreated<T extends { createdAt: Date; id: string }>(alias: string): SortKey<T> {
  return { column: `${alias}.created_at`, idColumn: `${alias}.id`, valueOf: (r) => r.createdAt.toISOString(), idOf: (r) => r.id };
}

/** Insertion order by the table's `seq` identity (see `SeqColumn`), the id breaking ties. */
export function bySeq<T extends { seq: number; id: string }>(alias: string): SortKey<T> {
  return { column: `${alias}.seq`, idColumn: `${alias}.id`, valueOf: (r) => String(r.seq), idOf: (r) => r.id };
}
