import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { context as traceContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { Pool } from 'undici';
import { GATEWAY_TOKEN_HEADER } from '../shared/auth/service-identity';
import type { FetchFailure, SubgraphFetchRecorder } from '../shared/observability/subgraph-fetch-metrics';
import type { GatewayContext } from './plugins/auth-context';

/** A subgraph's GraphQL error as it comes over the wire. */
interface WireError {
  message?: string;
  extensions?: { code?: string };
}

/**
 * How the gateway calls one subgraph: a keep-alive connection pool (undici's `Pool`,
 * Node streams, no web streams or per-request abort signals) posting the subgraph
 * operation with the caller's `authorization` header unchanged and the gateway's own
 * token for that subgraph (minted once at start). Both are plain headers, so Apollo
 * Router, Hive Gateway or Grafbase can do the same with configuration alone (README).
 *
 * It replaces `RemoteGraphQLDataSource`, whose fetch path (node-fetch `Request` and
 * `Headers` objects per call, then the fetch API's web streams) was about a third of
 * the gateway's own CPU per request (bench/README.md).
 *
 * Every call is bounded: a subgraph that accepts the connection and never answers costs
 * at most `timeoutMs` (for the headers, and again at most that for a stalled body), then
 * its fields are null with SERVICE_UNAVAILABLE naming the stakeholder — never the
 * internal URL or the socket error.
 */
export class SubgraphClient implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly gatewayToken: () => string,
    private readonly timeoutMs: number,
    /** Latency and failures of each call (`/metrics`). */
    private readonly fetches?: SubgraphFetchRecorder,
  ) {
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    this.pool = new Pool(target.origin, {
      connectTimeout: timeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [GATEWAY_TOKEN_HEADER]: this.gatewayToken(),
    };
    const authorization = (context as Partial<GatewayContext>).authorization;
    if (authorization) headers.authorization = authorization;
    // The trace goes on in the subgraph (W3C traceparent); a no-op when tracing is off.
    propagation.inject(traceContext.active(), headers);
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName });

    let status = 0;
    let failure: FetchFailure | undefined;
    let payload: unknown;
    const started = performance.now();
    try {
      const response = await this.pool.request({ method: 'POST', path: this.path, headers, body });
      status = response.statusCode;
      const text = await response.body.text();
      payload = /json/i.test(String(response.headers['content-type'] ?? '')) ? parseJson(text) : undefined;
    } catch (error) {
      failure = isTimeout(error) ? 'timeout' : 'unreachable';
      throw this.unavailable(failure === 'timeout' ? `did not answer within ${this.timeoutMs} ms` : 'is unavailable', error);
    } finally {
      this.fetches?.ended(started, status, failure);
    }
    const answer = isObject(payload) ? (payload as GatewayGraphQLResponse) : undefined;
    if (status >= 200 && status < 300 && answer) return answer;
    throw this.refusal(status, (answer?.errors as WireError[] | undefined)?.[0]);
  }

  /** Ends the pool's keep-alive connections (the gateway is stopping). */
  close(): Promise<void> {
    return this.pool.close();
  }

  /**
   * A subgraph that answered, but not with data. A server error, a 401 (it refused the
   * gateway's own token) or a 503 is the stakeholder being unavailable — with its own
   * "busy" message when it shed the load. A 4xx with a coded GraphQL error (e.g. a
   * variable its scalar refused) passes the subgraph's message and code on. Anything
   * else is an internal error, masked for the client (error-masking.ts).
   */
  private refusal(status: number, first: WireError | undefined): GraphQLError {
    if (status >= 500 || status === 401) {
      const busy = status === 503 && first?.extensions?.code === 'SERVICE_UNAVAILABLE' && first.message;
      return busy ? this.coded(busy) : this.unavailable('is unavailable');
    }
    if (status >= 400 && first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return new GraphQLError(`The ${this.serviceName} service answered HTTP ${status} without a GraphQL result`);
  }

  private unavailable(what: string, originalError?: unknown): GraphQLError {
    return this.coded(`The ${this.serviceName} service ${what}`, originalError);
  }

  private coded(message: string, originalError?: unknown): GraphQLError {
    return new GraphQLError(message, {
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
      originalError: originalError instanceof Error ? originalError : undefined,
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** undici's connect, headers and body timeouts. */
function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return /TIMEOUT/.test(code);
}
