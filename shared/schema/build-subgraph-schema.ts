import 'reflect-metadata';
import { addResolversToSchema } from '@apollo/subgraph/dist/schema-helper/buildSchemaFromSDL';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { entitiesResolver } from '@apollo/subgraph/dist/types';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildASTSchema, GraphQLSchema, lexicographicSortSchema, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { RoleAuthChecker } from '../auth/auth-checker';
import type { RequestContext } from '../server/context';
import { leanResolvers } from './lean-resolvers';
import { validateAtEntry } from './input-check';
import { readSchemaCache, type SavedSubgraphSchema, type SchemaCache, writeSchemaCache } from './schema-cache';

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
 *
 * With a `cache` (`npm start`: shared/schema/schema-cache.ts), the second half is read
 * from the last start of the same build instead, and @apollo/subgraph's builder (with
 * @apollo/federation-internals) is not even loaded.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions, cache?: SchemaCache): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: RoleAuthChecker,
    validateFn: validateAtEntry(),
    skipCheck: true,
  });
  // No global middlewares are given above: leanResolvers relies on that.
  leanResolvers(schema);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  const saved = cache && readSchemaCache(cache);
  if (saved) return federatedFromSaved(saved, resolvers as GraphQLResolverMap<unknown>);
  // Loaded here, not above: a start that reads the cache never needs it (nor federation-internals).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildSubgraphSchema } = require('@apollo/subgraph') as typeof import('@apollo/subgraph');
  const federated = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
  if (cache) writeSchemaCache(cache, { sdl: serviceSdl(federated), schema: printSchemaWithDirectives(federated) });
  return federated;
}

/** What the subgraph answers to `_service { sdl }`. */
export function serviceSdl(federated: GraphQLSchema): string {
  const service = federated.getQueryType()?.getFields()._service?.resolve;
  if (!service) throw new Error('not a federated schema: no Query._service');
  return (service(undefined, {}, undefined, undefined as never) as { sdl: string }).sdl;
}

/**
 * What `buildSubgraphSchema` returns, from what it returned last time: the same types,
 * with `_service`, `_entities` and `_Entity` wired as it wires them, then this build's
 * resolvers. The types were validated when they were first built.
 */
function federatedFromSaved(saved: SavedSubgraphSchema, resolvers: GraphQLResolverMap<unknown>): GraphQLSchema {
  const federated = buildASTSchema(parse(saved.schema), { assumeValidSDL: true });
  const query = federated.getQueryType()!.name;
  addResolversToSchema(federated, { [query]: { _service: () => ({ sdl: saved.sdl }) } });
  if (federated.getType('_Entity')) {
    addResolversToSchema(federated, {
      [query]: {
        _entities: (_source, { representations }: { representations: unknown[] }, context, info) =>
          entitiesResolver({ representations, context, info }),
      },
      _Entity: { __resolveType: (parent: { __typename: string }) => parent.__typename },
    });
  }
  addResolversToSchema(federated, resolvers);
  return federated;
}
