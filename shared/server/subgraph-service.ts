import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { bearerToken, type UserTokenVerifier } from '../auth/jwt';
import { SeenAssertions } from '../auth/seen-assertions';
import { ASSERTION_HEADER, CallerRefused, CallerVerifier, GATEWAY_TOKEN_HEADER, ReplayGuardUnavailable } from '../auth/service-identity';
import { loadTrust, type ServiceTrust } from '../auth/trust';
import { Viewer } from '../auth/viewer';
import { admissionSettings, isProduction, SubgraphName } from '../config';
import { Admission, type AdmissionSettings } from './admission';
import { watchDatabase } from '../observability/database-metrics';
import { ServiceMetrics } from '../observability/metrics';
import { readOnlyCallers } from './read-only-callers';
import { Clock, systemClock } from '../clock';
import { LoaderRegistry } from '../db/loaders';
import { createHttpHandler, listen, RunningHttpServer } from './http';
import { maskError } from './error-format';
import { Limits, limitsFromEnv, queryGuards, SUBGRAPH_LIMITS } from './query-limits';
import { logger } from './logger';
import type { RequestContext } from './context';

export interface BackgroundWorker {
  start(): void;
  stop(): Promise<void>;
}

/**
 * What a subgraph's own HTTP routes (beside GraphQL, e.g. notify's `/events`) may use:
 * the service's database and clock, its metrics, and the same check of the caller as
 * GraphQL requests get (the gateway's token for this subgraph, then the user token).
 */
export interface SubgraphRouteContext {
  name: SubgraphName;
  dataSource: DataSource;
  clock: Clock;
  trust: ServiceTrust;
  metrics: ServiceMetrics;
  /** Admits the gateway's token for this subgraph (x-doorstep-gateway); false when refused or absent. */
  admitGateway(req: IncomingMessage): Promise<boolean>;
}

/** Routes a subgraph answers itself: `handle` returns true when it answered; `stop` ends what they hold open. */
export interface SubgraphRoutes {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Settles (never rejects) when the routes' own start-up has had its first try; the port opens after it. */
  started?: Promise<void>;
  stop(): Promise<void>;
}

export interface SubgraphServiceOptions {
  name: SubgraphName;
  schema: GraphQLSchema;
  dataSource: DataSource;
  clock?: Clock;
  /** Keys to trust; default loaded from the settings (run-subgraph.ts loads them before the database). */
  trust?: ServiceTrust;
  /** Relays and other loops that run while the service runs. */
  workers?: BackgroundWorker[];
  /** Load shedding; default from SUBGRAPH_MAX_CONCURRENT etc. */
  admission?: AdmissionSettings;
  /** Query limits; default SUBGRAPH_LIMITS, overridden by `SUBGRAPH_MAX_*`. */
  limits?: Limits;
  /** Routes beside GraphQL (the subgraph definition's `routes`). */
  routes?: (context: SubgraphRouteContext) => SubgraphRoutes;
}

export interface SubgraphService {
  name: SubgraphName;
  url: string;
  port: number;
  /** GraphQL requests admitted since start. */
  requestCount(): number;
  stop(): Promise<void>;
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const refusedCaller = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

async function userViewer(req: IncomingMessage, users: UserTokenVerifier): Promise<Pick<RequestContext, 'viewer' | 'tokenError'>> {
  const token = bearerToken(req.headers.authorization);
  if (!token) return { viewer: null };
  try {
    return { viewer: new Viewer(await users.verify(token)) };
  } catch (error) {
    return { viewer: null, tokenError: (error as Error).message };
  }
}

/**
 * Who is calling (README, "Service identity"): another service with its one-use
 * assertion, which makes that service the viewer; or the gateway with its token for
 * this subgraph, forwarding a user whose own token is verified again here. A refused
 * credential is HTTP 401; a database that cannot record the assertion is 503.
 */
async function callerContext(
  req: IncomingMessage,
  trust: ServiceTrust,
  callers: CallerVerifier,
): Promise<Pick<RequestContext, 'viewer' | 'tokenError'>> {
  const assertion = header(req, ASSERTION_HEADER);
  try {
    if (assertion) return { viewer: Viewer.forService(await callers.identifyService(assertion)) };
    await callers.admitGateway(header(req, GATEWAY_TOKEN_HEADER) ?? '');
  } catch (error) {
    if (error instanceof CallerRefused) throw refusedCaller(error.message);
    if (error instanceof ReplayGuardUnavailable) {
      throw new GraphQLError('The database is unavailable; try again shortly', {
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      });
    }
    throw error;
  }
  return userViewer(req, trust.users);
}

/**
 * One subgraph as an HTTP service: answers only the gateway and other Doorstep services
 * (all but /health and /ready), enforces its own query limits and refuses batches (as
 * the gateway does), verifies the forwarded user token again, builds a fresh context
 * with per-request DataLoaders, and masks internal errors.
 */
export async function startSubgraphService(options: SubgraphServiceOptions, port: number): Promise<SubgraphService> {
  const trust = options.trust ?? loadTrust(options.name);
  const callers = new CallerVerifier(options.name, trust.serviceKeys, new SeenAssertions(options.dataSource));
  const log = logger.child({ service: options.name });
  const clock = options.clock ?? systemClock;
  const guards = queryGuards<RequestContext>(options.limits ?? limitsFromEnv('SUBGRAPH', SUBGRAPH_LIMITS));
  const metrics = new ServiceMetrics(options.name);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !isProduction(),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: guards.allowBatchedHttpRequests,
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    formatError: (formatted, original) => maskError(formatted, original, log),
    plugins: [
      ...guards.plugins,
      readOnlyCallers<RequestContext>((context) => context.viewer?.readsOnly ?? false),
      // No Apollo Studio traces: nothing here reports to Studio, and tracing costs per field.
      ApolloServerPluginInlineTraceDisabled(),
      // No HTTP caching of GraphQL answers (they depend on the caller): without this, Apollo
      // Server wraps every field's resolver to collect cache hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      metrics.plugin<RequestContext>(),
      ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  let requests = 0;
  const admission = new Admission(options.admission ?? admissionSettings('subgraph'));
  metrics.watchAdmission(admission);
  watchDatabase(metrics, options.dataSource, clock);
  const routes = options.routes?.({
    name: options.name,
    dataSource: options.dataSource,
    clock,
    trust,
    metrics,
    admitGateway: (req) =>
      callers.admitGateway(header(req, GATEWAY_TOKEN_HEADER) ?? '').then(
        () => true,
        () => false,
      ),
  });
  const handler = createHttpHandler<RequestContext>({
    apollo,
    ready: async () => {
      await options.dataSource.query('SELECT 1');
      return true;
    },
    // A cheap first refusal, before the body is read: a caller with neither credential, or both.
    admit: (req) =>
      (header(req, GATEWAY_TOKEN_HEADER) === undefined) !== (header(req, ASSERTION_HEADER) === undefined)
        ? undefined
        : {
            status: 401,
            code: 'UNAUTHENTICATED',
            message: `This service answers only the gateway (${GATEWAY_TOKEN_HEADER}) or another Doorstep service (${ASSERTION_HEADER}), with one of the two`,
          },
    admission,
    serviceLabel: `${options.name} service`,
    service: options.name,
    metrics,
    route: routes ? (req, res, url) => routes.handle(req, res, url) : undefined,
    onGraphQLRequest: () => {
      requests++;
    },
    context: async (req) => {
      const { viewer, tokenError } = await callerContext(req, trust, callers);
      return {
        viewer,
        tokenError,
        loaders: new LoaderRegistry(),
        dataSource: options.dataSource,
        clock,
        authorization: req.headers.authorization,
      };
    },
  });
  await routes?.started;
  const http: RunningHttpServer = await listen(handler, port);
  for (const worker of options.workers ?? []) worker.start();
  log.info({ url: http.url }, 'subgraph listening');
  return {
    name: options.name,
    url: http.url,
    port: http.port,
    requestCount: () => requests,
    stop: async () => {
      for (const worker of options.workers ?? []) await worker.stop();
      await routes?.stop();
      await http.close();
      await apollo.stop();
    },
  };
}
