import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../server/context';
import { hydrator } from './hydrator';
import { byKeys, groupedByKeys } from './loaders';
import { poolQuery } from './pool-query';
import { selectedColumns } from './selected-columns';

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
 * `SELECT <columns> FROM <table> WHERE <key> = ANY($1) ORDER BY …` (every column, or
 * `only` those: see selected-columns.ts), built from
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
  only?: readonly string[],
): PlainRead<T> {
  let byDataSource = reads.get(dataSource);
  if (!byDataSource) reads.set(dataSource, (byDataSource = new Map()));
  const metadata: EntityMetadata = dataSource.getMetadata(target);
  let orderKey = '';
  for (const property in order) orderKey += `${property} ${order[property]},`;
  const cacheKey = `${metadata.name}|${key}|${orderKey}|${only?.join(',') ?? '*'}`;
  let read = byDataSource.get(cacheKey) as PlainRead<T> | undefined;
  if (!read) {
    const driver = dataSource.driver;
    const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect && (!only || only.includes(c.databaseName)));
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
      hydrate: hydrator<T>(metadata, columns, driver),
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
export async function readEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, only?: readonly string[]): Promise<T[]> {
  const main = qb.expressionMap.mainAlias;
  if (!main?.hasMetadata || qb.expressionMap.joinAttributes.length > 0) return qb.getMany();
  const read = plainRead(qb.connection, main.metadata.target as EntityTarget<T>, 'id', {}, only);
  const plain = plainSelect(qb, main.metadata, read.columns);
  if (plain) {
    const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
    const raw = runner
      ? await qb.connection.query<Record<string, unknown>[]>(plain.sql, plain.parameters, runner)
      : await poolQuery<Record<string, unknown>>(qb.connection, plain.sql, plain.parameters);
    return raw.map(read.hydrate);
  }
  read.columns.forEach((name, i) => (i === 0 ? qb.select(`${main.name}.${name}`, name) : qb.addSelect(`${main.name}.${name}`, name)));
  const raw: Record<string, unknown>[] = await qb.getRawMany();
  return raw.map(read.hydrate);
}

/** Per table: its properties whose column is named otherwise, and its relations (TypeORM rewrites `alias.property` for those). */
const rewrittenProperties = new WeakMap<EntityMetadata, Set<string>>();

function propertiesTypeormRewrites(metadata: EntityMetadata): Set<string> {
  let found = rewrittenProperties.get(metadata);
  if (!found) {
    found = new Set([
      ...metadata.columns.filter((c) => c.propertyName !== c.databaseName).map((c) => c.propertyName),
      ...metadata.relations.map((r) => r.propertyName),
    ]);
    rewrittenProperties.set(metadata, found);
  }
  return found;
}

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * Whether `text` names `alias.property` as whole words for one of `properties`; a scan
 * with `indexOf` instead of a regular expression's match list, since it runs for every
 * clause of every page.
 */
export function namesAny(text: string, alias: string, properties: ReadonlySet<string>): boolean {
  const prefix = `${alias}.`;
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at + prefix.length;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (properties.has(text.slice(at + prefix.length, end))) return true;
  }
  return false;
}

/**
 * The SQL TypeORM's `getQuery` writes for a single-table select with text conditions,
 * written directly: under load, building it (select expression, property-name rewriting,
 * escaping) was most of a list page's own CPU. Undefined for anything else the builder
 * may hold (sub-queries, CTEs, locks, grouping, offsets, bracketed or object conditions,
 * a condition naming a property rather than its column): those keep the builder's path.
 */
function plainSelect(
  qb: SelectQueryBuilder<ObjectLiteral>,
  metadata: EntityMetadata,
  columns: string[],
): { sql: string; parameters: unknown[] } | undefined {
  const map = qb.expressionMap;
  if (
    map.subQuery ||
    map.commonTableExpressions.length > 0 ||
    map.groupBys.length > 0 ||
    map.havings.length > 0 ||
    map.lockMode !== undefined ||
    map.offset !== undefined ||
    map.skip !== undefined ||
    map.take !== undefined ||
    map.comment ||
    map.selectDistinct ||
    metadata.deleteDateColumn ||
    metadata.discriminatorColumn ||
    qb.connection.options.isolateWhereStatements
  ) {
    return undefined;
  }
  const alias = map.mainAlias!.name;
  const rewritten = propertiesTypeormRewrites(metadata);
  // Not cached per text: a cursor's bound names its parameters afresh on every request.
  const renamed = (text: string) => rewritten.size > 0 && namesAny(text, alias, rewritten);
  let where = '';
  for (const [i, clause] of map.wheres.entries()) {
    if (typeof clause.condition !== 'string' || renamed(clause.condition)) return undefined;
    where += i === 0 ? clause.condition : ` ${clause.type === 'or' ? 'OR' : 'AND'} ${clause.condition}`;
  }
  const orderBy: string[] = [];
  for (const [column, order] of Object.entries(map.allOrderBys)) {
    if (typeof order !== 'string' || renamed(column) || columns.includes(column)) return undefined;
    orderBy.push(`${column} ${order}`);
  }
  const driver = qb.connection.driver;
  const escapedAlias = driver.escape(alias);
  const sql =
    `SELECT ${columns.map((c) => `${escapedAlias}.${driver.escape(c)} AS ${driver.escape(c)}`).join(', ')}` +
    ` FROM ${driver.escape(metadata.tablePath)} ${escapedAlias}` +
    (where && where !== '1=1' ? ` WHERE ${where}` : '') +
    (orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : '') +
    (map.limit !== undefined ? ` LIMIT ${map.limit}` : '');
  const [text, parameters] = driver.escapeQueryWithParameters(sql, map.parameters);
  return { sql: text, parameters };
}

/** The rows of `target` whose `key` property is one of `keys`, in `order`: one statement. */
export async function rowsWhereIn<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly unknown[],
  order: Record<string, 'ASC' | 'DESC'> = {},
  only?: readonly string[],
): Promise<T[]> {
  const read = plainRead(dataSource, target, key, order, only);
  const raw = await poolQuery<Record<string, unknown>>(dataSource, read.sql, [keys]);
  return raw.map(read.hydrate);
}

/**
 * The columns to read for the rows a field resolves to (`info`; none: whole rows), with
 * those of `properties` (the batch key, the order). A loader reading fewer columns is a
 * loader of its own, so no caller gets a row cut for another's selection.
 */
export function columnsFor<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  info: GraphQLResolveInfo | undefined,
  loaderName: string,
  properties: readonly string[] | (() => readonly string[]),
): ColumnsFor {
  if (!info || info.fieldNodes.length !== 1) return { only: undefined, name: loaderName };
  // Once per field of a parsed document and loader: a field resolver asks for every row of a page.
  let byLoader = columnsForField.get(info.fieldNodes[0]);
  if (!byLoader) columnsForField.set(info.fieldNodes[0], (byLoader = new Map()));
  let found = byLoader.get(loaderName);
  if (!found) {
    const metadata = dataSource.getMetadata(target);
    const selection = selectedColumns(info, metadata, loaderName, 'field', () =>
      (typeof properties === 'function' ? properties() : properties).map((p) => metadata.findColumnWithPropertyPath(p)?.databaseName ?? p),
    );
    found = selection ? { only: selection.columns, name: `${loaderName}(${selection.key})` } : { only: undefined, name: loaderName };
    byLoader.set(loaderName, found);
  }
  return found;
}

type ColumnsFor = { only: string[]; name: string } | { only: undefined; name: string };
const columnsForField = new WeakMap<FieldNode, Map<string, ColumnsFor>>();

const ID_ONLY = ['id'] as const;

/**
 * Rows of a table with a uuid `id`, by id; a missing id yields null. With `info` (the
 * field resolving to these rows), only the columns its selection reads.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  name: string,
  target: EntityTarget<T>,
  info?: GraphQLResolveInfo,
) {
  const { only, name: loader } = columnsFor(ctx.dataSource, target, info, name, ID_ONLY);
  // An existing loader is returned before a batch function is made for it (once per row otherwise).
  return (
    ctx.loaders.existing<string, T | null>(loader) ??
    ctx.loaders.get<string, T | null>(loader, async (ids) => {
      const rows = await rowsWhereIn(ctx.dataSource, target, 'id', ids, {}, only);
      return byKeys(ids, rows, (r) => r.id, null);
    })
  );
}

/**
 * Children by parent id (the `parentKey` column), in `order`; a parent with none yields [].
 * With `info`, only the columns its selection reads.
 */
export function groupedLoader<T extends ObjectLiteral>(
  ctx: RequestContext,
  name: string,
  target: EntityTarget<T>,
  parentKey: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
  info?: GraphQLResolveInfo,
) {
  const { only, name: loader } = columnsFor(ctx.dataSource, target, info, name, () => [parentKey, ...Object.keys(order)]);
  return (
    ctx.loaders.existing<string, T[]>(loader) ??
    ctx.loaders.get<string, T[]>(loader, async (parentIds) => {
      const rows = await rowsWhereIn(ctx.dataSource, target, parentKey, parentIds, order, only);
      return groupedByKeys(parentIds, rows, (r) => r[parentKey] as string);
    })
  );
}
