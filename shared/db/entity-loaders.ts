import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../server/context';
import { byKeys, groupedByKeys } from './loaders';

/**
 * The two loaders nearly every field resolver needs, so each subgraph does not write the
 * same batch function again: rows by id, and a parent's children in a fixed order. Both
 * run one statement per batch; `name` is the per-request registry key.
 */

/** A statement written once per table, key column and order, and the entity each of its rows becomes. */
interface PlainRead<T> {
  sql: string;
  /** The database names of the columns it selects, in order. */
  columns: string[];
  hydrate: (raw: Record<string, unknown>) => T;
}

const reads = new WeakMap<DataSource, Map<string, PlainRead<ObjectLiteral>>>();

/**
 * `SELECT <every column> FROM <table> WHERE <key> = ANY($1) ORDER BY …`, built from
 * TypeORM's metadata once and hydrated with TypeORM's own value conversions (the
 * driver's `prepareHydratedValue`, column transformers). The same rows and values as
 * `repository.find`, without building the query and walking the generic result
 * transformer on every batch: under load those were a fifth of a subgraph's CPU
 * (bench/README.md, "Subgraphs against the floor"). These entities have no eager
 * relations, no soft-delete column and no load listeners, which `find` would honour.
 */
function plainRead<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  key: string,
  order: Record<string, 'ASC' | 'DESC'>,
): PlainRead<T> {
  let byDataSource = reads.get(dataSource);
  if (!byDataSource) reads.set(dataSource, (byDataSource = new Map()));
  const metadata: EntityMetadata = dataSource.getMetadata(target);
  const cacheKey = `${metadata.name}|${key}|${JSON.stringify(order)}`;
  let read = byDataSource.get(cacheKey) as PlainRead<T> | undefined;
  if (!read) {
    const driver = dataSource.driver;
    const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect);
    const column = (property: string) => {
      const found = metadata.findColumnWithPropertyPath(property);
      if (!found) throw new Error(`${metadata.name} has no column ${property}`);
      return driver.escape(found.databaseName);
    };
    const orderBy = Object.entries(order).map(([property, direction]) => `${column(property)} ${direction}`);
    const sql =
      `SELECT ${columns.map((c) => driver.escape(c.databaseName)).join(', ')} FROM ${driver.escape(metadata.tablePath)}` +
      ` WHERE ${column(key)} = ANY($1)${orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : ''}`;
    read = {
      sql,
      columns: columns.map((c) => c.databaseName),
      hydrate: (raw) => {
        const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
        for (const c of columns) c.setEntityValue(entity, driver.prepareHydratedValue(raw[c.databaseName], c));
        return entity;
      },
    };
    byDataSource.set(cacheKey, read);
  }
  return read;
}

/**
 * The entities of a single-table query (a list's page): its columns selected by their
 * database names and hydrated as `plainRead` does, instead of `getMany`'s generic
 * transformer. A query with joins goes through `getMany` as before.
 */
export async function readEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const main = qb.expressionMap.mainAlias;
  if (!main?.hasMetadata || qb.expressionMap.joinAttributes.length > 0) return qb.getMany();
  const read = plainRead(qb.connection, main.metadata.target as EntityTarget<T>, 'id', {});
  read.columns.forEach((name, i) => (i === 0 ? qb.select(`${main.name}.${name}`, name) : qb.addSelect(`${main.name}.${name}`, name)));
  const raw: Record<string, unknown>[] = await qb.getRawMany();
  return raw.map(read.hydrate);
}

/** The rows of `target` whose `key` property is one of `keys`, in `order`: one statement. */
export async function rowsWhereIn<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly unknown[],
  order: Record<string, 'ASC' | 'DESC'> = {},
): Promise<T[]> {
  const read = plainRead(dataSource, target, key, order);
  const raw: Record<string, unknown>[] = await dataSource.query(read.sql, [[...keys]]);
  return raw.map(read.hydrate);
}

/** Rows of a table with a uuid `id`, by id; a missing id yields null. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ctx: RequestContext, name: string, target: EntityTarget<T>) {
  return ctx.loaders.get<string, T | null>(name, async (ids) => {
    const rows = await rowsWhereIn(ctx.dataSource, target, 'id', ids);
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

/** Children by parent id (the `parentKey` column), in `order`; a parent with none yields []. */
export function groupedLoader<T extends ObjectLiteral>(
  ctx: RequestContext,
  name: string,
  target: EntityTarget<T>,
  parentKey: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return ctx.loaders.get<string, T[]>(name, async (parentIds) => {
    const rows = await rowsWhereIn(ctx.dataSource, target, parentKey, parentIds, order);
    return groupedByKeys(parentIds, rows, (r) => r[parentKey] as string);
  });
}
