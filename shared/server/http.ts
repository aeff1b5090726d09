import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { GRAPHQL_PATH, type ServiceName } from '../config';
import type { Scrape } from '../observability/metrics';
import { traceRequests } from '../observability/tracing';
import type { Admission, Release } from './admission';
import type { RateLimit } from './rate-limit';

const MAX_BODY_BYTES = 1024 * 1024;
const DRAIN_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

export interface HttpHandlerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  /** Answers `/ready`: true when what the service needs (its database) is reachable. */
  ready: () => Promise<boolean>;
  /** A fuller `/ready` (status and body), for a service that reports on others too. */
  readiness?: (url: URL) => Promise<{ status: number; body: Record<string, unknown> }>;
  /** Runs before GraphQL; returning a status refuses the request with that status. */
  admit?: (req: IncomingMessage) => { status: number; code: string; message: string } | undefined;
  /** Bounded concurrency: past it, 503 with Retry-After at once (see admission.ts). */
  admission?: Admission;
  /** A per-caller rate limit: past it, 429 RATE_LIMITED with Retry-After. */
  rateLimit?: RateLimit;
  /** Names the service in refusals ("The gateway is busy"). */
  serviceLabel?: string;
  /** Called for every GraphQL request admitted (metrics; tests count subgraph calls). */
  onGraphQLRequest?: () => void;
  /** Answers requests that are not GraphQL (the gateway's explorer); true when it did. */
  route?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
  /** The service, as traces name it; with tracing on, each GraphQL request is a span (shared/observability/tracing.ts). */
  service?: ServiceName;
  /** Answers `/metrics` (shared/observability/metrics.ts). */
  metrics?: { scrape(authorization: string | undefined): Promise<Scrape> };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A refusal before GraphQL runs, as a GraphQL error body; `retryAfterS` when trying again later can help. */
export function refuse(res: ServerResponse, status: number, code: string, message: string, retryAfterS?: number): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, retryAfterS ? { 'retry-after': String(retryAfterS) } : {});
}

const tooLarge = () => Object.assign(new Error('Request body too large'), { status: 413 });

/**
 * The body as text, up to MAX_BODY_BYTES. Past the limit the rest is still read and
 * dropped before the 413 is answered: a server that stops reading and closes makes the
 * client see a connection reset instead of the answer. A client that keeps sending far
 * past it (DRAIN_LIMIT_BYTES) is cut off.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        reject(tooLarge());
        req.destroy();
      } else if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * A lean node:http front for Apollo Server: `/health`, `/ready`, `/metrics`, GraphQL at
 * `/graphql` and 404 NOT_FOUND anywhere else. Hand-written (some 80 lines) instead of
 * Express so the gateway's request path carries no middleware it does not need.
 */
export function createHttpHandler<C extends BaseContext>(options: HttpHandlerOptions<C>) {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Parsed only when the path is not plainly GraphQL's: a URL object per request was 1 % of a subgraph's CPU.
    const plain = req.url === GRAPHQL_PATH;
    let parsed: URL | undefined;
    const parse = () => (parsed ??= new URL(req.url ?? '/', 'http://localhost'));
    const pathname = plain ? GRAPHQL_PATH : parse().pathname;
    let release: Release | undefined;
    try {
      if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (pathname === '/ready' && options.readiness) {
        const { status, body } = await options.readiness(parse());
        return sendJson(res, status, body);
      }
      if (pathname === '/ready') {
        const ok = await options.ready().catch(() => false);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable' });
      }
      if (options.route && (await options.route(req, res, parse()))) return;
      // Before the credential check, the rate limit and load shedding: a scraper has its own
      // rule (metrics.ts), and an overloaded service must still show why.
      if (pathname === '/metrics' && options.metrics) {
        const scrape = await options.metrics.scrape(req.headers.authorization);
        if (scrape.status !== 200) {
          for (const [name, value] of Object.entries(scrape.headers ?? {})) res.setHeader(name, value);
          return refuse(res, scrape.status, scrape.code, scrape.message);
        }
        res.writeHead(200, { 'content-type': scrape.contentType, 'content-length': Buffer.byteLength(scrape.body) });
        return void res.end(scrape.body);
      }
      if (pathname !== GRAPHQL_PATH) return refuse(res, 404, 'NOT_FOUND', `Not found: GraphQL is served at ${GRAPHQL_PATH}`);
      const refusal = options.admit?.(req);
      if (refusal) {
        return refuse(res, refusal.status, refusal.code, refusal.message);
      }
      const waitS = options.rateLimit?.take(req) ?? 0;
      if (waitS > 0) {
        return refuse(res, 429, 'RATE_LIMITED', `Too many requests from this caller; try again in ${waitS} s`, waitS);
      }
      if (options.admission) {
        const entered = options.admission.enter();
        if (!entered)
          return refuse(res, 503, 'SERVICE_UNAVAILABLE', `The ${options.serviceLabel ?? 'service'} is busy; try again shortly`, 1);
        release = await entered;
        // A caller that gave up while queued gets nothing: its slot goes to the next.
        if (req.socket.destroyed) return;
      }
      options.onGraphQLRequest?.();
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req);
        const type = headers.get('content-type') ?? '';
        if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            return sendJson(res, 400, { errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
          }
        } else {
          body = text;
        }
      }
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: plain ? '' : parse().search, body },
        context: () => options.context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (!res.headersSent) {
        sendJson(res, status, {
          errors: [
            {
              message: status === 413 ? `Request body too large (limit ${MAX_BODY_BYTES} bytes)` : 'Internal server error',
              extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      } else {
        res.end();
      }
    } finally {
      release?.();
    }
  };
  return options.service ? traceRequests(options.service, handle) : handle;
}

export interface RunningHttpServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and returns the GraphQL URL. */
/** `handler` answers every request itself, errors included (see createHttpHandler). */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port: number,
  host = '0.0.0.0',
): Promise<RunningHttpServer> {
  const server = http.createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://localhost:${actual}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
