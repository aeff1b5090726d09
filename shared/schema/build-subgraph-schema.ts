import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { RoleAuthChecker } from '../auth/auth-checker';
import type { RequestContext } from '../server/context';
import { validateAtEntry } from './input-check';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible", "@external", "@requires", "@provides"])';

/** `__resolveReference` of each entity this subgraph resolves, by type name. */
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: { id: string }, ctx: RequestContext) => unknown }>;

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  referenceResolvers?: ReferenceResolvers;
}

/** What type-graphql's (global, unexported) metadata storage holds about fields, once a schema is built. */
interface FieldMetadata {
  target: { prototype: object };
  name: string;
  schemaName: string;
  roles?: unknown[];
  middlewares?: unknown[];
}
interface TypeGraphQLMetadata {
  objectTypes: { name: string; target: unknown; fields?: FieldMetadata[] }[];
  fieldResolvers: { methodName: string; getObjectType?: () => unknown }[];
}

/**
 * type-graphql wraps every field in a resolver that runs its middlewares and role check,
 * even a plain property with neither; graphql-js's default resolver reads the same
 * property. Under load those wrappers on every field of every row were a visible share
 * of a subgraph's CPU (bench/README.md, "Subgraphs against the floor"), so the plain
 * ones go. A field keeps its wrapper when any class of that type name gives it roles
 * (`@Authorized`, even with none listed), middlewares, a field resolver, another
 * schema name, or a getter or method.
 */
function dropPlainFieldWrappers(schema: GraphQLSchema): void {
  const storage = (globalThis as { TypeGraphQLMetadataStorage?: TypeGraphQLMetadata }).TypeGraphQLMetadataStorage;
  if (!storage) return;
  const typeNames = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const kept = new Set(storage.fieldResolvers.map((r) => `${String(typeNames.get(r.getObjectType?.()))}.${r.methodName}`));
  const plain = new Map<string, boolean>();
  for (const objectType of storage.objectTypes) {
    for (const field of objectType.fields ?? []) {
      const key = `${objectType.name}.${field.schemaName}`;
      const isPlain =
        field.roles === undefined &&
        !field.middlewares?.length &&
        field.name === field.schemaName &&
        Object.getOwnPropertyDescriptor(field.target.prototype, field.name) === undefined &&
        !kept.has(key);
      plain.set(key, (plain.get(key) ?? true) && isPlain);
    }
  }
  for (const [key, isPlain] of plain) {
    if (!isPlain) continue;
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (field) field.resolve = undefined;
  }
}

/**
 * type-graphql classes → a Federation 2 subgraph schema. type-graphql builds it, applies
 * `@Authorized` through the role checker, then checks every argument where it enters
 * (`validateAtEntry`: ids, the text and phone rules, class-validator decorators), and
 * prints its SDL with the federation directives; @apollo/subgraph then adds `_entities`
 * and `_service`, wired to each entity's `__resolveReference`.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: RoleAuthChecker,
    validateFn: validateAtEntry(),
    skipCheck: true,
  });
  dropPlainFieldWrappers(schema);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(lexicographicSortSchema(schema))}
    `,
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}
