import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { loadTrust, type ServiceTrust } from '../shared/auth/trust';
import { mintGatewayToken } from '../shared/auth/service-identity';
import {
  admissionSettings,
  isProduction,
  rateLimitSettings,
  SUBGRAPH_NAMES,
  SubgraphName,
  subgraphTimeoutMs,
  subgraphUrl,
} from '../shared/config';
import { ServiceMetrics } from '../shared/observability/metrics';
import { subgraphFetchMetrics } from '../shared/observability/subgraph-fetch-metrics';
import { Admission, type AdmissionSettings } from '../shared/server/admission';
import { readOnlyCallers } from '../shared/server/read-only-callers';
import { RateLimit, type RateLimitSettings } from '../shared/server/rate-limit';
import { repoRoot } from '../shared/repo-root';
import { createHttpHandler, listen } from '../shared/server/http';
import { GATEWAY_LIMITS, Limits, limitsFromEnv, queryGuards } from '../shared/server/query-limits';
import { composeRoutes, eventsRoute } from './events/events-route';
import { explorerRoute, explorerSettings, type ExplorerSettings } from './explorer/explorer';
import { gatewayContext, GatewayContext } from './plugins/auth-context';
import { formatGatewayError } from './plugins/error-masking';
import { gatewayReadiness } from './plugins/readiness';
import { SubgraphClient } from './subgraph-client';

export interface GatewayOptions {
  /**
   * Defaults to the committed supergraph.graphql, which @apollo/gateway does not validate
   * again as it loads it (0.1–0.2 s of CPU per start): test/schema/supergraph.suite.ts
   * proves it is the valid composition of the current subgraphs. An SDL given here is
   * validated as Apollo does (everywhere but production).
   */
  supergraphSdl?: string;
  /** Subgraph URLs; default from `PARTY_URL` etc., else the supergraph's routing URLs. */
  urlOf?: (name: SubgraphName) => string;
  /** Keys to trust and sign with; default loaded from the settings (JWT_JWKS, SERVICE_PRIVATE_KEY, SERVICE_JWKS). */
  trust?: ServiceTrust;
  limits?: Limits;
  /** Load shedding; default from GATEWAY_MAX_CONCURRENT etc. */
  admission?: AdmissionSettings;
  /** Per-caller rate limit; default from GATEWAY_RATE_LIMIT_PER_MINUTE (off). */
  rateLimit?: RateLimitSettings;
  /** How long a subgraph may take to answer; default GATEWAY_SUBGRAPH_TIMEOUT_MS. */
  subgraphTimeoutMs?: number;
  /** The explorer at the GraphQL URL; default from EXPLORER and NODE_ENV. */
  explorer?: ExplorerSettings;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function readSupergraph(): string {
  return fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8');
}

/**
 * The gateway: serves the committed, statically composed supergraph (no runtime
 * introspection of subgraphs), verifies the user token, forwards it with its own token
 * for each subgraph, and enforces the query limits before planning.
 */
export async function startGateway(port: number, options: GatewayOptions = {}): Promise<RunningGateway> {
  const explorer = options.explorer ?? explorerSettings();
  const trust = options.trust ?? loadTrust('gateway');
  const urlOf = options.urlOf ?? subgraphUrl;
  const timeoutMs = options.subgraphTimeoutMs ?? subgraphTimeoutMs();
  // One token per subgraph, minted at start (a request costs no signing) and renewed
  // weekly, long before its year runs out.
  const gatewayTokens = {} as Record<SubgraphName, string>;
  const mintAll = async () => {
    for (const name of SUBGRAPH_NAMES) gatewayTokens[name] = await mintGatewayToken(trust.ownKey, name);
  };
  await mintAll();
  const renewal = setInterval(() => void mintAll(), 7 * 86_400_000).unref();
  const clients: SubgraphClient[] = [];
  const metrics = new ServiceMetrics('gateway');
  const fetchRecorder = subgraphFetchMetrics(metrics);
  // @apollo/gateway otherwise probes cloud metadata addresses at start and sends usage
  // figures to Apollo every hour: nothing leaves the machine unless the operator says so.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    validateSupergraph: options.supergraphSdl === undefined ? false : undefined,
    buildService: ({ name }) => {
      const client = new SubgraphClient(
        name,
        urlOf(name as SubgraphName),
        () => gatewayTokens[name as SubgraphName],
        timeoutMs,
        fetchRecorder(name),
      );
      clients.push(client);
      return client;
    },
  });
  const guards = queryGuards<GatewayContext>(options.limits ?? limitsFromEnv('GATEWAY', GATEWAY_LIMITS));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // GraphiQL reads the schema by introspection: EXPLORER=on in production turns both on.
    introspection: !isProduction() || explorer.enabled,
    csrfPrevention: true,
    allowBatchedHttpRequests: guards.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: false,
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    plugins: [
      ...guards.plugins,
      readOnlyCallers<GatewayContext>((context) => context.readsOnly ?? false),
      // Answers depend on the caller: no cache hints to collect (Apollo Server would per field).
      ApolloServerPluginCacheControlDisabled(),
      metrics.plugin<GatewayContext>(),
      ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: formatGatewayError,
  });
  await apollo.start();
  const admission = new Admission(options.admission ?? admissionSettings('gateway'));
  metrics.watchAdmission(admission);
  const rateLimit = new RateLimit(options.rateLimit ?? rateLimitSettings());
  metrics.watchRateLimit(rateLimit);
  // notify's push stream on the gateway's own origin (its URL: NOTIFY_URL's origin + /events).
  const events = eventsRoute(urlOf('notify'), () => gatewayTokens.notify, timeoutMs);
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    context: (req) => gatewayContext(req, trust.users),
    // The gateway holds no database: it can serve once the supergraph is loaded, and
    // reports each subgraph's state (see plugins/readiness.ts).
    ready: async () => true,
    readiness: gatewayReadiness(urlOf),
    admission,
    rateLimit,
    serviceLabel: 'gateway',
    route: composeRoutes(events.route, explorerRoute(explorer)),
    service: 'gateway',
    metrics,
  });
  const http = await listen(handler, port);
  return {
    url: http.url,
    port: http.port,
    stop: async () => {
      clearInterval(renewal);
      await http.close();
      await events.close();
      await apollo.stop();
      await Promise.all(clients.map((client) => client.close()));
    },
  };
}
