import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Clock } from '../clock';
import type { SubgraphName } from '../config';
import type { SchemaCache } from '../schema/schema-cache';
import type { BackgroundWorker, SubgraphRouteContext, SubgraphRoutes } from './subgraph-service';

/** What the start script, the migrate script, the SDL printer and the tests need to know of a subgraph. */
export interface SubgraphDefinition {
  name: SubgraphName;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** With a `cache`, reuses the federated schema of the last start of the same build (shared/schema/schema-cache.ts). */
  buildSchema(cache?: SchemaCache): Promise<GraphQLSchema>;
  /** Loads the demo data; must be idempotent (a second run adds nothing). */
  seedDemo(dataSource: DataSource, clock: Clock): Promise<void>;
  /** Relays and other loops this subgraph runs. */
  workers?(dataSource: DataSource, clock: Clock): BackgroundWorker[];
  /** HTTP routes beside GraphQL (notify's `/events`), guarded by the route itself. */
  routes?(context: SubgraphRouteContext): SubgraphRoutes;
}
