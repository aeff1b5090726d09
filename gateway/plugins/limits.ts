import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits, enforced while validating the operation — before any subgraph is
 * called. Values (override by environment):
 * - depth 12 (`GATEWAY_MAX_DEPTH`): the deepest real front-end query (compound →
 *   outlets → settlements → fund entry → …) needs 8;
 * - aliases 20 (`GATEWAY_MAX_ALIASES`): enough for a dashboard, too few to fan a field out;
 * - tokens 3000 (`GATEWAY_MAX_TOKENS`): parse cost bound, ~10 kB of query text; enforced by
 *   graphql-js's own parser (`parseOptions.maxTokens`), which answers 400
 *   GRAPHQL_PARSE_FAILED (graphql-armor's plugin throws mid-parse and turns into a 500);
 * - cost 100000 (`GATEWAY_MAX_COST`): graphql-armor's estimate (object 2, scalar 1, ×1.5 per
 *   level). It cannot know list sizes, so it is set to let an analyst's "every compound's
 *   outlets with their settlements and fund entries" (~72 000) through while refusing
 *   deeper fan-outs; depth, aliases and tokens bound the rest;
 * - directives 30; field suggestions blocked ("Did you mean …" leaks the schema).
 */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw ? Number(raw) : fallback;
}

export function limitsFromEnv(): Limits {
  return {
    maxDepth: fromEnv('GATEWAY_MAX_DEPTH', 12),
    maxAliases: fromEnv('GATEWAY_MAX_ALIASES', 20),
    maxTokens: fromEnv('GATEWAY_MAX_TOKENS', 3000),
    maxCost: fromEnv('GATEWAY_MAX_COST', 100_000),
    maxDirectives: fromEnv('GATEWAY_MAX_DIRECTIVES', 30),
  };
}

export function armorProtection(limits: Limits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
