/**
 * What type-graphql's global metadata storage (unexported) holds once a schema is built,
 * as far as Doorstep reads it: the wrapper removals (lean-resolvers.ts) and the columns a
 * field resolver declares it reads (shared/db/selected-columns.ts).
 */
export interface ParamMetadata {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

export interface FieldMetadata {
  target: { prototype: object };
  name: string;
  schemaName: string;
  roles?: unknown[];
  middlewares?: unknown[];
}

export interface FieldResolverMetadata {
  kind: string;
  target: new () => Record<string, unknown>;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  roles?: unknown[];
  middlewares?: unknown[];
  getObjectType?: () => unknown;
}

export interface TypeGraphQLMetadata {
  objectTypes: { name: string; target: unknown; fields?: FieldMetadata[] }[];
  fieldResolvers: FieldResolverMetadata[];
}

export function typeGraphQLMetadata(): TypeGraphQLMetadata | undefined {
  return (globalThis as unknown as { TypeGraphQLMetadataStorage?: TypeGraphQLMetadata }).TypeGraphQLMetadataStorage;
}

/** The schema name of each object type's class. */
export function objectTypeNames(storage: TypeGraphQLMetadata): Map<unknown, string> {
  return new Map(storage.objectTypes.map((o) => [o.target, o.name]));
}

/** The schema type a field resolver belongs to, by name. */
export function typeNameOf(resolver: FieldResolverMetadata, typeNames: Map<unknown, string>): string | undefined {
  return typeNames.get(resolver.getObjectType?.());
}
