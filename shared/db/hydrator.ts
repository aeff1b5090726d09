import type { EntityMetadata, ObjectLiteral } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** The column types TypeORM's PostgresDriver.prepareHydratedValue converts; it returns any other as `pg` parsed it. */
const CONVERTED_TYPES = new Set([
  'datetime',
  'timestamp',
  'timestamptz',
  'timestamp with time zone',
  'timestamp without time zone',
  'date',
  'time',
  'vector',
  'halfvec',
  'hstore',
  'simple-array',
  'simple-json',
  'cube',
  'enum',
  'simple-enum',
]);

/**
 * A row → its entity, with TypeORM's own conversions: a column TypeORM would return as
 * `pg` parsed it (no transformer, not embedded, a type its driver does not convert: uuid,
 * text, integer, boolean, jsonb…) is copied directly, each other one goes through
 * `prepareHydratedValue` and `setEntityValue` as `find` does. The choice is made once per
 * column, not per row and column.
 */
export function hydrator<T extends ObjectLiteral>(
  metadata: EntityMetadata,
  columns: ColumnMetadata[],
  driver: Driver,
): (raw: Record<string, unknown>) => T {
  const direct = columns.filter((c) => !c.transformer && !c.embeddedMetadata && typeof c.type === 'string' && !CONVERTED_TYPES.has(c.type));
  const converted = columns.filter((c) => !direct.includes(c));
  const copies = direct.map((c) => [c.databaseName, c.propertyName] as const);
  // What `metadata.create(undefined, { fromDeserializer: true })` makes, without its options object per row.
  const prototype =
    typeof metadata.target === 'function' &&
    !metadata.isAlwaysUsingConstructor &&
    !metadata.dataSource.options.typename &&
    metadata.lazyRelations.length === 0
      ? (metadata.target.prototype as object)
      : undefined;
  return (raw) => {
    const entity = (prototype ? Object.create(prototype) : metadata.create(undefined, { fromDeserializer: true })) as Record<
      string,
      unknown
    >;
    for (const [name, property] of copies) entity[property] = raw[name];
    for (const c of converted) c.setEntityValue(entity, driver.prepareHydratedValue(raw[c.databaseName], c));
    return entity as T;
  };
}
