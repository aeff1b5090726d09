import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { startGateway, RunningGateway } from '../../gateway/gateway';
import { ManualClock, Clock } from '../../shared/clock';
import { SUBGRAPH_NAMES, ServiceName, SubgraphName } from '../../shared/config';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import type { CountingLogger } from '../../shared/db/query-counter';
import { ServiceDirectory, useServiceDirectory } from '../../shared/handover/internal-client';
import { startSubgraphService, SubgraphService } from '../../shared/server/subgraph-service';
import { SUBGRAPHS } from '../../subgraphs';
import { cloneTemplate, dropDatabase } from './databases';
import { TEST_START } from './test-clock';
import { freePort } from './free-port';
import { assertionHeaders, gatewayHeaders } from './tokens';
import type { ServiceTrust } from '../../shared/auth/trust';
import {
  postGraphQL,
  type AnyTypedDocument,
  type GraphQLResult,
  type NotText,
  type ResultOfDocument,
  type VariablesOfDocument,
} from './post-graphql';
import type { Limits } from '../../shared/server/query-limits';
import type { AdmissionSettings } from '../../shared/server/admission';
import type { RateLimitSettings } from '../../shared/server/rate-limit';

/**
 * Load shedding in test stacks, unless a test sets its own: wide enough that the tests
 * of many simultaneous requests (one ballot, balances) are never refused on a busy
 * machine. test/gateway/load-shedding.suite.ts runs the real limits.
 */
export const UNSHED: AdmissionSettings = { maxConcurrent: 256, maxQueue: 4096, maxQueueWaitMs: 600_000 };

export type { GraphQLResult };

/** Variables then token: the variables may be left out when the operation needs none. */
export type QueryArgs<V> = Record<string, never> extends V ? [variables?: V, token?: string] : [variables: V, token?: string];

export interface Stack {
  gatewayUrl: string;
  clock: ManualClock;
  dataSources: Record<SubgraphName, DataSource>;
  counters: Record<SubgraphName, CountingLogger>;
  directory: ServiceDirectory & { ports: Record<SubgraphName, number> };
  /** POSTs a typed document (`graphql(\`…\`)` of test/typed) to the gateway exactly as a front end does. */
  query<D extends AnyTypedDocument>(
    document: D & NotText<D>,
    ...args: QueryArgs<VariablesOfDocument<D>>
  ): Promise<GraphQLResult<ResultOfDocument<D>>>;
  /**
   * POSTs a query text that no type can describe, to the gateway: hostile or invalid on
   * purpose (the refusal is what the test asserts), or built at run time.
   */
  queryText<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /**
   * POSTs a query straight to one subgraph as the gateway forwards a user's request: the
   * gateway's token for that subgraph and the user's token; `url` for another instance of it.
   */
  querySubgraph<T = unknown>(
    name: SubgraphName,
    query: string,
    variables: Record<string, unknown>,
    token: string,
    url?: string,
  ): Promise<GraphQLResult<T>>;
  /** POSTs a query to one subgraph as another service does (a relay, a look-up): with a fresh assertion of `caller`. */
  callAs<T = unknown>(
    caller: ServiceName,
    name: SubgraphName,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** GraphQL requests each running subgraph has admitted. */
  subgraphRequests(): number;
  /** SQL statements sent by all four subgraphs so far. */
  sqlStatements(): number;
  /** Stops one subgraph's HTTP service (its database stays). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts it again on the same port. */
  startSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/** The first error's `extensions.code`, if any. */
export const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

export interface StackOptions {
  seedDemo?: boolean;
  clock?: ManualClock;
  limits?: Limits;
  /** Subgraphs whose background workers (relays) run; default none (tests drive relays). */
  workers?: SubgraphName[];
  /** Load shedding of the gateway and of each subgraph; default UNSHED. */
  gatewayAdmission?: AdmissionSettings;
  subgraphAdmission?: AdmissionSettings;
  rateLimit?: RateLimitSettings;
  subgraphTimeoutMs?: number;
  /** Each subgraph's connection pool (default 8) and its connection wait (default DB_CONNECT_TIMEOUT_MS). */
  poolSize?: number;
  connectTimeoutMs?: number;
  /** The keys the gateway and the subgraphs trust; default the dev keys (or what the environment sets). */
  trust?: (service: ServiceName) => ServiceTrust;
}

/**
 * Each subgraph's schema, built once per jest worker's file and shared by its stacks: a
 * schema holds no per-stack state (the data source and clock come with each request's
 * context), and building the four costs ~0.5 s of CPU that 46 stacks would pay again.
 */
const schemaCache = new Map<SubgraphName, Promise<GraphQLSchema>>();
export function subgraphSchema(name: SubgraphName): Promise<GraphQLSchema> {
  let schema = schemaCache.get(name);
  if (!schema) schemaCache.set(name, (schema = SUBGRAPHS[name].buildSchema()));
  return schema;
}

/**
 * The whole system in-process for one test file: each subgraph on a clone of its
 * migrated template database and a free port, and the gateway serving the committed
 * supergraph in front of them.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const clock = options.clock ?? new ManualClock(TEST_START);
  // The demo templates were seeded at TEST_START; a stack on another clock seeds its own copy.
  const demoFromTemplate = options.seedDemo && clock.now().getTime() === Date.parse(TEST_START);
  const ports = {} as Record<SubgraphName, number>;
  for (const name of SUBGRAPH_NAMES) ports[name] = await freePort();
  const directory = { ports, urlOf: (name: SubgraphName) => `http://localhost:${ports[name]}/graphql` };
  // Internal calls between the subgraphs (write-time checks, relays) go to these ports.
  const restoreDirectory = useServiceDirectory(directory);
  const urls = {} as Record<SubgraphName, string>;
  const dataSources = {} as Record<SubgraphName, DataSource>;
  const counters = {} as Record<SubgraphName, CountingLogger>;
  const services = {} as Partial<Record<SubgraphName, SubgraphService>>;

  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const def = SUBGRAPHS[name];
      urls[name] = await cloneTemplate(name, demoFromTemplate ? 'demo' : 'empty');
      const { dataSource, counter } = createSubgraphDataSource({
        url: urls[name],
        entities: def.entities,
        migrations: def.migrations,
        poolSize: options.poolSize ?? 8,
        // Generous unless a test sets it: a busy machine must not turn a race test's wait
        // for a connection into SERVICE_UNAVAILABLE (load-shedding.suite.ts runs a short one).
        connectTimeoutMs: options.connectTimeoutMs ?? 60_000,
      });
      await dataSource.initialize();
      if (options.seedDemo && !demoFromTemplate) await def.seedDemo(dataSource, clock);
      dataSources[name] = dataSource;
      counters[name] = counter;
    }),
  );
  const schemas = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await subgraphSchema(n)] as const)));

  const startOne = async (name: SubgraphName) => {
    const def = SUBGRAPHS[name];
    const workers = options.workers?.includes(name) ? def.workers?.(dataSources[name], clock) : undefined;
    services[name] = await startSubgraphService(
      {
        name,
        schema: schemas[name],
        dataSource: dataSources[name],
        clock,
        workers,
        routes: def.routes ? (context) => def.routes!(context) : undefined,
        admission: options.subgraphAdmission ?? UNSHED,
        trust: options.trust?.(name),
      },
      ports[name],
    );
  };
  await Promise.all(SUBGRAPH_NAMES.map(startOne));
  const gateway: RunningGateway = await startGateway(0, {
    urlOf: directory.urlOf,
    trust: options.trust?.('gateway'),
    limits: options.limits,
    admission: options.gatewayAdmission ?? UNSHED,
    rateLimit: options.rateLimit,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
  });

  return {
    gatewayUrl: gateway.url,
    clock,
    dataSources,
    counters,
    directory,
    query: <D extends AnyTypedDocument>(document: D & NotText<D>, ...[variables, token]: QueryArgs<VariablesOfDocument<D>>) =>
      postGraphQL(gateway.url, document, variables, token ? { authorization: `Bearer ${token}` } : {}),
    queryText: <T>(query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<T>(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    querySubgraph: async (name, query, variables, token, url) =>
      postGraphQL(url ?? directory.urlOf(name), query, variables, { authorization: `Bearer ${token}`, ...(await gatewayHeaders(name)) }),
    callAs: async (caller, name, query, variables) =>
      postGraphQL(directory.urlOf(name), query, variables, await assertionHeaders(caller, name)),
    subgraphRequests: () => Object.values(services).reduce((sum, s) => sum + (s?.requestCount() ?? 0), 0),
    sqlStatements: () => Object.values(counters).reduce((sum, c) => sum + c.count, 0),
    async stopSubgraph(name) {
      await services[name]?.stop();
      services[name] = undefined;
    },
    async startSubgraph(name) {
      await startOne(name);
    },
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(services).map((s) => s?.stop()));
      await Promise.all(Object.values(dataSources).map((d) => d.destroy()));
      await Promise.all(Object.values(urls).map(dropDatabase));
      restoreDirectory();
    },
  };
}

export type { Clock };
