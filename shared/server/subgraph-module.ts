import type { BuildSchemaOptions } from 'type-graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Clock } from '../clock';
import type { SubgraphName } from '../config';
import { buildFederatedSchema, type ReferenceResolvers } from '../schema/build-subgraph-schema';
import type { SubgraphDefinition } from './subgraph-definition';
import type { BackgroundWorker, SubgraphRouteContext, SubgraphRoutes } from './subgraph-service';

/**
 * What one aggregate folder (or a subgraph's `neighbours/`) contributes: its tables,
 * its resolvers, the types reached only through `_entities`, and the
 * `__resolveReference` of each entity it resolves. `subgraph.ts` lists modules, nothing else.
 */
export interface SubgraphModule {
  entities?: (Function | EntitySchema)[];
  resolvers?: Function[];
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

export interface SubgraphPlan {
  name: SubgraphName;
  /** A sentence for the reader: whose subgraph this is. */
  description: string;
  modules: SubgraphModule[];
  migrations: MixedList<Function | string>;
  seedDemo(dataSource: DataSource, clock: Clock): Promise<void>;
  workers?(dataSource: DataSource, clock: Clock): BackgroundWorker[];
  /** HTTP routes beside GraphQL, e.g. a stream; each checks its own callers (SubgraphRouteContext.admitGateway). */
  routes?(context: SubgraphRouteContext): SubgraphRoutes;
}

/** Merges the modules of one subgraph into what the start script, tests and SDL printer need. */
export function defineSubgraph(plan: SubgraphPlan): SubgraphDefinition {
  const entities = plan.modules.flatMap((m) => [...(m.entities ?? [])]);
  const resolvers = plan.modules.flatMap((m) => [...(m.resolvers ?? [])]);
  const orphanedTypes = plan.modules.flatMap((m) => m.orphanedTypes ?? []);
  const referenceResolvers: ReferenceResolvers = {};
  for (const module of plan.modules) {
    for (const [typeName, reference] of Object.entries(module.referenceResolvers ?? {})) {
      if (referenceResolvers[typeName]) throw new Error(`${plan.name}: two modules resolve references to ${typeName}`);
      referenceResolvers[typeName] = reference;
    }
  }
  return {
    name: plan.name,
    entities,
    migrations: plan.migrations,
    buildSchema: (cache) =>
      buildFederatedSchema({ resolvers: resolvers as BuildSchemaOptions['resolvers'], orphanedTypes, referenceResolvers }, cache),
    seedDemo: (dataSource, clock) => plan.seedDemo(dataSource, clock),
    workers: plan.workers ? (dataSource, clock) => plan.workers!(dataSource, clock) : undefined,
    routes: plan.routes ? (context) => plan.routes!(context) : undefined,
  };
}
