import { GATEWAY_TOKEN_HEADER } from '../../shared/auth/service-identity';
import { SUBGRAPH_NAMES, subgraphUrl } from '../../shared/config';
import { GATEWAY_LIMITS } from '../../shared/server/query-limits';
import { gatewayTokenVariable, PEER_DEDUP_VARIABLE } from './peer';

/**
 * Hive Gateway's configuration in `npm run bench` (the README's "Another gateway"): the
 * client's `authorization` forwarded, the Doorstep gateway's token for each subgraph as a
 * static header, the subgraph URLs of the run, and the same depth and token limits as
 * Doorstep's gateway. Read once at start-up, not per request.
 */
const tokens = new Map(SUBGRAPH_NAMES.map((name) => [name as string, process.env[gatewayTokenVariable(name)] ?? '']));

/**
 * Hive merges identical subgraph requests in flight by default. The bench sends the same
 * query from every connection, so that would spare the subgraphs most of their work and
 * measure the merging, not the gateway: off unless BENCH_PEER_DEDUP=1 (Doorstep's gateway
 * does not merge).
 */
const deduplicateInflightRequests = process.env[PEER_DEDUP_VARIABLE] === '1';

/**
 * The part of Hive's configuration used here. Not Hive's own types: they declare the DOM's
 * fetch types globally (through @whatwg-node/fetch), which would loosen `Response.json()`
 * to `any` in the whole project. The run checks the configuration: every peer's answer
 * is compared with Doorstep's.
 */
interface HiveGatewayConfig {
  propagateHeaders: {
    fromClientToSubgraphs(payload: {
      request: { headers: { get(name: string): string | null } };
      subgraphName: string;
    }): Record<string, string>;
  };
  transportEntries: Record<string, { location: string; options: { deduplicateInflightRequests: boolean } }>;
  maxDepth: number;
  maxTokens: number;
}

/** What `defineConfig` from '@graphql-hive/gateway' would return: the same object. */
export const gatewayConfig: HiveGatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const headers: Record<string, string> = { [GATEWAY_TOKEN_HEADER]: tokens.get(subgraphName) ?? '' };
      const authorization = request.headers.get('authorization');
      if (authorization) headers.authorization = authorization;
      return headers;
    },
  },
  transportEntries: Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, { location: subgraphUrl(name), options: { deduplicateInflightRequests } }]),
  ),
  maxDepth: GATEWAY_LIMITS.maxDepth,
  maxTokens: GATEWAY_LIMITS.maxTokens,
};
