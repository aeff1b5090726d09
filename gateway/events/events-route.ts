import type { IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { GATEWAY_TOKEN_HEADER } from '../../shared/auth/service-identity';
import { refuse } from '../../shared/server/http';
import { logger } from '../../shared/server/logger';

/** The push stream's path, at the gateway and at notify alike. */
export const EVENTS_PATH = '/events';

/** The request headers the stream needs; nothing else is passed on. */
const FORWARDED = ['authorization', 'last-event-id', 'accept', 'traceparent', 'tracestate'];
/** The answer's headers passed back (the stream's own, or a refusal's). */
const RETURNED = ['content-type', 'cache-control', 'x-accel-buffering', 'retry-after'];

/** Where notify serves its stream: the origin of its GraphQL URL (NOTIFY_URL), path `/events`. */
export function notifyEventsUrl(notifyGraphqlUrl: string): URL {
  return new URL(EVENTS_PATH, new URL(notifyGraphqlUrl).origin);
}

/**
 * The gateway's `/events`: notify's push stream on the gateway's own origin and port,
 * proxied with the gateway's token for notify (notify refuses the stream without it).
 * Streamed as it comes (no buffering); a client that goes away aborts the upstream
 * request, and an upstream that ends ends the client's. Notify's refusals (401 with a
 * coded JSON error) pass through; notify unreachable is 503 SERVICE_UNAVAILABLE at once.
 */
export function eventsRoute(notifyGraphqlUrl: string, gatewayToken: () => string, connectTimeoutMs: number) {
  const target = notifyEventsUrl(notifyGraphqlUrl);
  // No body timeout: a stream is quiet between events (notify sends a heartbeat comment).
  const pool = new Pool(target.origin, { connectTimeout: connectTimeoutMs, headersTimeout: connectTimeoutMs, bodyTimeout: 0 });
  const log = logger.child({ component: 'gateway-events' });

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== EVENTS_PATH) return false;
    if (req.method !== 'GET') {
      refuse(res, 405, 'METHOD_NOT_ALLOWED', 'The stream is read with GET');
      return true;
    }
    const headers: Record<string, string> = { [GATEWAY_TOKEN_HEADER]: gatewayToken() };
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const abort = new AbortController();
    const onClientGone = () => abort.abort();
    req.on('close', onClientGone);
    res.on('close', onClientGone);
    try {
      const upstream = await pool.request({
        method: 'GET',
        path: `${target.pathname}${url.search}`,
        headers,
        signal: abort.signal,
      });
      const answer: Record<string, string> = {};
      for (const name of RETURNED) {
        const value = upstream.headers[name];
        if (typeof value === 'string') answer[name] = value;
      }
      res.writeHead(upstream.statusCode, answer);
      res.flushHeaders();
      upstream.body.on('data', (chunk: Buffer) => {
        // A slow client slows the upstream read, not the gateway's memory.
        if (!res.write(chunk)) {
          upstream.body.pause();
          res.once('drain', () => upstream.body.resume());
        }
      });
      upstream.body.on('end', () => res.end());
      upstream.body.on('error', () => res.end());
    } catch (error) {
      if (abort.signal.aborted) return true;
      log.warn({ err: error }, 'notify stream unreachable');
      if (!res.headersSent) refuse(res, 503, 'SERVICE_UNAVAILABLE', 'The notify service is unavailable; try again shortly', 5);
      else res.end();
    }
    return true;
  };
  // destroy, not close: close would wait for every open stream to end.
  return { route, close: () => pool.destroy() };
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Several routes as one (shared/server/http.ts takes one): the first that answers wins. */
export function composeRoutes(...routes: Route[]): Route {
  return async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
}
