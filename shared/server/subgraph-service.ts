import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { verifyToken, bearerToken } from '../auth/jwt';
import { INTERNAL_CREDENTIAL_HEADER, credentialMatches } from '../auth/internal-credential';
import { Viewer } from '../auth/viewer';
import { admissionSettings, AuthSettings, authSettings, assertProductionSecrets, isProduction, SubgraphName } from '../config';
import { Admission, type AdmissionSettings } from './admission';
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

export interface SubgraphServiceOptions {
  name: SubgraphName;
  schema: GraphQLSchema;
  dataSource: DataSource;
  clock?: Clock;
  settings?: AuthSettings;
  /** Relays and other loops that run while the service runs. */
  workers?: BackgroundWorker[];
  /** Load shedding; default from SUBGRAPH_MAX_CONCURRENT etc. */
  admission?: AdmissionSettings;
  /** Query limits; default SUBGRAPH_LIMITS, overridden by `SUBGRAPH_MAX_*`. */
  limits?: Limits;
}

export interface SubgraphService {
  name: SubgraphName;
  url: string;
  port: number;
  /** GraphQL requests admitted since start. */
  requestCount(): number;
  stop(): Promise<void>;
}

async function viewerFrom(req: IncomingMessage, settings: AuthSettings): Promise<Pick<RequestContext, 'viewer' | 'tokenError'>> {
  const token = bearerToken(req.headers.authorization);
  if (!token) return { viewer: null };
  try {
    return { viewer: new Viewer(await verifyToken(token, settings)) };
  } catch (error) {
    return { viewer: null, tokenError: (error as Error).message };
  }
}

/**
 * One subgraph as an HTTP service: refuses callers without the internal credential
 * (all but /health and /ready), enforces its own query limits and refuses batches (as
 * the gateway does), verifies the forwarded JWT again, builds a fresh context with
 * per-request DataLoaders, and masks internal errors.
 */
export async function startSubgraphService(options: SubgraphServiceOptions, port: number): Promise<SubgraphService> {
  const settings = options.settings ?? authSettings();
  assertProductionSecrets(settings);
  const log = logger.child({ service: options.name });
  const clock = options.clock ?? systemClock;
  const guards = queryGuards<RequestContext>(options.limits ?? limitsFromEnv('SUBGRAPH', SUBGRAPH_LIMITS));
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
      // No Apollo Studio traces: nothing here reports to Studio, and tracing costs per field.
      ApolloServerPluginInlineTraceDisabled(),
      ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  let requests = 0;
  const handler = createHttpHandler<RequestContext>({
    apollo,
    ready: async () => {
      await options.dataSource.query('SELECT 1');
      return true;
    },
    admit: (req) =>
      credentialMatches(req.headers[INTERNAL_CREDENTIAL_HEADER] as string | undefined, settings.internalCredential)
        ? undefined
        : { status: 401, code: 'UNAUTHENTICATED', message: 'This service answers only the gateway and other Doorstep services' },
    admission: new Admission(options.admission ?? admissionSettings('subgraph')),
    serviceLabel: `${options.name} service`,
    onGraphQLRequest: () => {
      requests++;
    },
    context: async (req) => ({
      ...(await viewerFrom(req, settings)),
      loaders: new LoaderRegistry(),
      dataSource: options.dataSource,
      clock,
      authorization: req.headers.authorization,
    }),
  });
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
      await http.close();
      await apollo.stop();
    },
  };
}
