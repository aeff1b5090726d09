import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
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
