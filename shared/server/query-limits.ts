import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule } from 'graphql';
import { positiveInt } from '../config';
import { excerpt } from '../errors';

/**
 * Query limits, enforced while an operation is parsed and validated, before anything
 * runs: by the gateway for clients and again by every subgraph for whoever reaches it
 * (defence in depth: a caller that bypasses the gateway meets limits of the same kind).
 * Cost is graphql-armor's estimate: object 2, scalar 1, ×1.5 per level, × a literal
 * `first`. It cannot know list sizes; depth, aliases and tokens bound the rest.
 */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

/**
 * The gateway's limits (`GATEWAY_MAX_*`):
 * - depth 12: the deepest real front-end query (compound → outlets → settlements → fund
 *   entry → …) needs 8;
 * - aliases 20: enough for a dashboard, too few to fan a field out;
 * - tokens 3000: parse cost bound, ~10 kB of query text;
 * - cost 100000: lets an analyst's "every compound's outlets with their settlements and
 *   fund entries" (~72 000) through while refusing deeper fan-outs;
 * - directives 30.
 */
export const GATEWAY_LIMITS: Readonly<Limits> = { maxDepth: 12, maxAliases: 20, maxTokens: 3000, maxCost: 100_000, maxDirectives: 30 };

/**
 * Each subgraph's limits (`SUBGRAPH_MAX_*`), set so that every fetch the gateway's query
 * planner makes for an operation within GATEWAY_LIMITS still runs, and nothing much bigger:
 * - depth 15: a fetch is a part of the client's operation; `_entities` adds one level;
 * - aliases 40: the planner keeps the client's aliases and may add its own;
 * - tokens 15000: the planner adds key fields (`__typename id`) and `... on Type` at
 *   every boundary and may inline fragments the client spread;
 * - cost 200000: key fields at each boundary, `... on Type` levels;
 * - directives 60.
 * Batched requests are refused everywhere. Raise these with the gateway's.
 */
export const SUBGRAPH_LIMITS: Readonly<Limits> = { maxDepth: 15, maxAliases: 40, maxTokens: 15_000, maxCost: 200_000, maxDirectives: 60 };

/** The settings that override each set of limits (README, Configuration). */
const SETTINGS: Record<'GATEWAY' | 'SUBGRAPH', Record<keyof Limits, string>> = {
  GATEWAY: {
    maxDepth: 'GATEWAY_MAX_DEPTH',
    maxAliases: 'GATEWAY_MAX_ALIASES',
    maxTokens: 'GATEWAY_MAX_TOKENS',
    maxCost: 'GATEWAY_MAX_COST',
    maxDirectives: 'GATEWAY_MAX_DIRECTIVES',
  },
  SUBGRAPH: {
    maxDepth: 'SUBGRAPH_MAX_DEPTH',
    maxAliases: 'SUBGRAPH_MAX_ALIASES',
    maxTokens: 'SUBGRAPH_MAX_TOKENS',
    maxCost: 'SUBGRAPH_MAX_COST',
    maxDirectives: 'SUBGRAPH_MAX_DIRECTIVES',
  },
};

export function limitsFromEnv(service: 'GATEWAY' | 'SUBGRAPH', defaults: Readonly<Limits>): Limits {
  const names = SETTINGS[service];
  return {
    maxDepth: positiveInt(names.maxDepth, defaults.maxDepth),
    maxAliases: positiveInt(names.maxAliases, defaults.maxAliases),
    maxTokens: positiveInt(names.maxTokens, defaults.maxTokens),
    maxCost: positiveInt(names.maxCost, defaults.maxCost),
    maxDirectives: positiveInt(names.maxDirectives, defaults.maxDirectives),
  };
}

/**
 * An operation name the document does not define (or none, for a document of several
 * operations) is the caller's mistake: HTTP 400 OPERATION_RESOLUTION_FAILURE, where the
 * gateway's executor would otherwise throw a 500.
 */
function operationResolution<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `Unknown operation named ${excerpt(request.operationName)}`
            : 'The document has several operations: name the one to run in operationName';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}

export interface QueryGuards<C extends BaseContext> {
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  plugins: ApolloServerPlugin<C>[];
  allowBatchedHttpRequests: false;
}

/**
 * What every Doorstep GraphQL server (gateway and subgraphs) refuses before it runs an
 * operation: over a limit (GRAPHQL_VALIDATION_FAILED or, for tokens, graphql-js's own
 * parser limit: GRAPHQL_PARSE_FAILED, both HTTP 400), an HTTP batch, an operation name
 * that resolves to nothing. "Did you mean …" suggestions are removed from every error
 * by maskError (error-format.ts).
 */
export function queryGuards<C extends BaseContext>(limits: Limits): QueryGuards<C> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor's token plugin throws mid-parse, which becomes a 500; graphql-js's
    // parser limit (parseOptions) answers 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...(armor.plugins as ApolloServerPlugin<C>[]), operationResolution<C>()],
    allowBatchedHttpRequests: false,
  };
}
