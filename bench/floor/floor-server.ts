import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import DataLoader from 'dataloader';
import gql from 'graphql-tag';
import { Pool } from 'pg';

/**
 * The floor of issue 13 ("The subgraphs"): what a plain `@apollo/subgraph` + DataLoader +
 * `pg` server costs to answer the dashboard's requests from the same rows. Hand-written
 * SDL with only what those requests need, one plain SQL statement per loader, no ORM,
 * no auth, no limits, no metrics. A reference for `npm run bench:subgraphs`, not a service.
 * Started as `node dist/bench/floor/<name>.js` with DATABASE_URL (that subgraph's
 * database) and PORT; NODE_ENV=production.
 */
export interface FloorContext {
  pool: Pool;
  loaders: Map<string, DataLoader<string, unknown>>;
}

/** One loader per request and name, created on first use. */
export function loader<V>(
  ctx: FloorContext,
  name: string,
  batch: (pool: Pool, keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let found = ctx.loaders.get(name);
  if (!found) {
    found = new DataLoader<string, unknown>((keys) => batch(ctx.pool, keys));
    ctx.loaders.set(name, found);
  }
  return found as DataLoader<string, V>;
}

/** Rows grouped by `key`, in the order of `keys`; a key without rows yields []. */
export function grouped<R>(keys: readonly string[], rows: R[], key: (row: R) => string): R[][] {
  const map = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** At most one row per key, in the order of `keys`; a key without a row yields null. */
export function single<R>(keys: readonly string[], rows: R[], key: (row: R) => string): (R | null)[] {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

export const FLOOR_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

export async function startFloor(typeDefs: string, resolvers: GraphQLResolverMap<FloorContext>): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const server = new ApolloServer<FloorContext>({
    schema: buildSubgraphSchema({ typeDefs: gql(`${FLOOR_LINK}\n${typeDefs}`), resolvers: resolvers as GraphQLResolverMap<unknown> }),
    // The same two as Doorstep's subgraphs: no Studio traces, no per-field cache hints.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async () => ({ pool, loaders: new Map() }),
  });
  const stop = () => void server.stop().finally(() => void pool.end().finally(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  console.log(`ready ${url}`);
}
