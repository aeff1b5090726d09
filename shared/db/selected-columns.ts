import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityMetadata } from 'typeorm';
import { selectedFields } from '../schema/selection';
import { objectTypeNames, typeGraphQLMetadata, typeNameOf } from '../schema/type-graphql-metadata';

/**
 * Which columns of a table a query's selection reads, so a loader or a list page selects
 * those instead of whole rows: under load, reading, parsing and hydrating columns nobody
 * asked for (audit stamps, long texts) was a large share of a subgraph's CPU
 * (bench/README.md, "Subgraphs against the floor").
 *
 * A selected field counts as reading exactly its column when it is a plain property
 * (graphql-js's default resolver: no field resolver, role check or middleware — see
 * `dropPlainFieldWrappers` in shared/schema/lean-resolvers.ts). A field resolver reads what it declares with `@ReadsColumns`.
 * Any other selected field (a role-checked property, a resolver that declares nothing)
 * makes the read take whole rows, as before. The primary key, every uuid column (the
 * references field resolvers follow) and the columns the caller needs itself (a
 * grouping key, a sort key) are always read.
 */

type Constructor = abstract new (...args: never[]) => unknown;

/** Field resolver → the properties of its parent row it reads; keyed by resolver class and method. */
const declared = new Map<Constructor, Map<string, string[]>>();
/** `Type.field` → properties, built from `declared` and type-graphql's metadata on first use. */
let declaredByField: Map<string, string[]> | undefined;

/**
 * On a `@FieldResolver` method: the properties of the parent row (`@Root()`) it reads,
 * so a read selecting only what the query asks for still gives it those.
 */
export function ReadsColumns(...properties: string[]): MethodDecorator {
  return (prototype, method) => {
    const resolverClass = prototype.constructor as Constructor;
    let methods = declared.get(resolverClass);
    if (!methods) declared.set(resolverClass, (methods = new Map()));
    methods.set(String(method), properties);
    declaredByField = undefined;
  };
}

function declaredReads(): Map<string, string[]> {
  if (declaredByField) return declaredByField;
  const storage = typeGraphQLMetadata();
  const map = new Map<string, string[]>();
  const typeNames = storage ? objectTypeNames(storage) : new Map<unknown, string>();
  for (const resolver of storage?.fieldResolvers ?? []) {
    const properties = declared.get(resolver.target)?.get(resolver.methodName);
    const typeName = typeNameOf(resolver, typeNames);
    if (properties && typeName) map.set(`${typeName}.${resolver.schemaName}`, properties);
  }
  return (declaredByField = map);
}

/** The database names of the columns `fields` of `type` read, or undefined for whole rows. */
function columnsRead(type: GraphQLObjectType, fields: FieldNode[], metadata: EntityMetadata): Set<string> | undefined {
  const columns = new Set<string>();
  const reads = declaredReads();
  for (const node of fields) {
    const name = node.name.value;
    if (name === '__typename') continue;
    const field = type.getFields()[name];
    if (!field) return undefined;
    const properties = field.resolve === undefined ? [name] : reads.get(`${type.name}.${name}`);
    if (!properties) return undefined;
    for (const property of properties) {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) return undefined;
      columns.add(column.databaseName);
    }
  }
  return columns;
}

/** Where the rows sit in a field's value: the field itself (a row, a list of rows) or a connection's nodes. */
export type RowsAt = 'field' | 'connection';

/** The columns to read, and a key naming that set (for a loader of its own). */
export interface ColumnSelection {
  columns: string[];
  key: string;
}

const cache = new WeakMap<FieldNode, Map<string, ColumnSelection | null>>();

/**
 * The columns (database names) of `metadata`'s table that `reader` (a loader, a list:
 * a name that fixes the table, `rowsAt` and `always`) reads for the field being resolved
 * at `info`, `always()` included; undefined when whole rows are needed (also when
 * `always()` is undefined: the reader cannot name the columns it needs itself). Cached per
 * field node and reader: Apollo Server keeps parsed documents, so a repeated query pays
 * two map look-ups.
 */
export function selectedColumns(
  info: GraphQLResolveInfo | undefined,
  metadata: EntityMetadata,
  reader: string,
  rowsAt: RowsAt,
  always: () => readonly string[] | undefined = () => [],
): ColumnSelection | undefined {
  if (!info || info.fieldNodes.length !== 1) return undefined;
  const node = info.fieldNodes[0];
  let byReader = cache.get(node);
  if (!byReader) cache.set(node, (byReader = new Map()));
  let found = byReader.get(reader);
  if (found === undefined) {
    const needed = always();
    const columns = needed && compute(info, node, metadata, rowsAt, needed);
    found = columns ? { columns, key: columns.join(',') } : null;
    byReader.set(reader, found);
  }
  return found ?? undefined;
}

function compute(
  info: GraphQLResolveInfo,
  node: FieldNode,
  metadata: EntityMetadata,
  rowsAt: RowsAt,
  always: readonly string[],
): string[] | undefined {
  let type = getNamedType(info.returnType);
  let fields = selectedFields(node.selectionSet, info);
  if (rowsAt === 'connection') {
    if (!isObjectType(type)) return undefined;
    const rows: FieldNode[] = [];
    let rowType: GraphQLObjectType | undefined;
    for (const field of fields) {
      const name = field.name.value;
      if (name === 'nodes') {
        rows.push(...selectedFields(field.selectionSet, info));
        rowType = getNamedType(type.getFields().nodes?.type) as GraphQLObjectType;
      } else if (name === 'edges') {
        const edgeType = getNamedType(type.getFields().edges?.type);
        if (!isObjectType(edgeType)) return undefined;
        for (const edgeField of selectedFields(field.selectionSet, info)) {
          if (edgeField.name.value !== 'node') continue;
          rows.push(...selectedFields(edgeField.selectionSet, info));
          rowType = getNamedType(edgeType.getFields().node?.type) as GraphQLObjectType;
        }
      }
    }
    if (!rowType) return [...new Set([...metadata.primaryColumns.map((c) => c.databaseName), ...always])];
    type = rowType;
    fields = rows;
  }
  if (!isObjectType(type)) return undefined;
  const read = columnsRead(type, fields, metadata);
  if (!read) return undefined;
  for (const column of metadata.columns) {
    if (column.isPrimary || column.type === 'uuid') read.add(column.databaseName);
  }
  for (const name of always) read.add(name);
  // In the table's own column order, so equal sets give equal statements.
  return metadata.columns.filter((c) => read.has(c.databaseName)).map((c) => c.databaseName);
}
