import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { AuthSettings, authSettings, assertProductionSecrets, isProduction, SubgraphName, subgraphUrl } from '../shared/config';
import { repoRoot } from '../shared/schema/compose';
import { createHttpHandler, listen } from '../shared/server/http';
import { GATEWAY_LIMITS, Limits, limitsFromEnv, queryGuards } from '../shared/server/query-limits';
import { gatewayContext, GatewayContext } from './plugins/auth-context';
import { formatGatewayError } from './plugins/error-masking';
import { ForwardingDataSource } from './plugins/forward-headers';
import { gatewayReadiness } from './plugins/readiness';

export interface GatewayOptions {
  /** Defaults to the committed supergraph.graphql. */
  supergraphSdl?: string;
  /** Subgraph URLs; default from `PARTY_URL` etc., else the supergraph's routing URLs. */
  urlOf?: (name: SubgraphName) => string;
  settings?: AuthSettings;
  limits?: Limits;
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
 * introspection of subgraphs), verifies the JWT, forwards it with the internal
 * credential, and enforces the query limits before planning.
 */
export async function startGateway(port: number, options: GatewayOptions = {}): Promise<RunningGateway> {
  const settings = options.settings ?? authSettings();
  assertProductionSecrets(settings);
  const urlOf = options.urlOf ?? subgraphUrl;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name }) => new ForwardingDataSource(name, urlOf(name as SubgraphName), settings.internalCredential),
  });
  const guards = queryGuards<GatewayContext>(options.limits ?? limitsFromEnv('GATEWAY', GATEWAY_LIMITS));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !isProduction(),
    csrfPrevention: true,
    allowBatchedHttpRequests: guards.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: false,
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    plugins: [...guards.plugins, ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : [])],
    formatError: formatGatewayError,
  });
  await apollo.start();
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    context: (req) => gatewayContext(req, settings),
    // The gateway holds no database: it can serve once the supergraph is loaded, and
    // reports each subgraph's state (see plugins/readiness.ts).
    ready: async () => true,
    readiness: gatewayReadiness(urlOf),
  });
  const http = await listen(handler, port);
  return {
    url: http.url,
    port: http.port,
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
