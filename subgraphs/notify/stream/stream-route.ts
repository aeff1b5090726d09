import type { IncomingMessage, ServerResponse } from 'node:http';
import { notifyStreamHeartbeatS, notifyStreamsPerReader } from './stream-settings';
import { logger } from '../../../shared/server/logger';
import { refuse } from '../../../shared/server/http';
import type { SubgraphRouteContext, SubgraphRoutes } from '../../../shared/server/subgraph-service';
import { audienceOfViewer } from '../access/viewer-audience';
import { retentionStart } from '../event/event-pruning';
import { addressed, type Reader } from '../notification/notification.service';
import { streamViewer } from './stream-auth';
import { StreamHub, type StreamClient } from './stream-hub';
import { heartbeatMessage, resetMessage, retryMessage, STREAM_EVENT_COLUMNS, type StreamEventRow } from './sse';

/** Where notify serves the stream; the gateway proxies its own `/events` here. */
export const EVENTS_PATH = '/events';
const REPLAY_BATCH = 500;

/** Last-Event-ID: the header, or `?lastEventId=` for clients that cannot set headers. */
function lastEventIdOf(req: IncomingMessage, url: URL): string | undefined | null {
  const raw = (req.headers['last-event-id'] as string | undefined) ?? url.searchParams.get('lastEventId') ?? undefined;
  if (raw === undefined || raw === '') return undefined;
  return /^\d{1,18}$/.test(raw.trim()) ? raw.trim() : null;
}

/**
 * notify's `/events`: the push stream, as Server-Sent Events. Answers only the gateway
 * (its token for notify, as GraphQL does), then the reader (stream-auth.ts); a refusal
 * is a JSON error before any stream starts. A reconnecting client (Last-Event-ID) gets
 * what it missed, in order, then live events, with no duplicate and no gap; one from
 * before the retention gets `event: reset` and then live events.
 */
export function notifyStreamRoutes(
  ctx: SubgraphRouteContext,
  heartbeatS = notifyStreamHeartbeatS(),
  maxPerReader = notifyStreamsPerReader(),
): SubgraphRoutes {
  const url = (ctx.dataSource.options as { url?: string }).url;
  if (!url) throw new Error('notify: the push stream needs the database URL for its LISTEN connection');
  const hub = new StreamHub(ctx.dataSource, ctx.clock, url);
  const log = logger.child({ component: 'notify-stream' });
  ctx.metrics.gauge('notify_stream_connections', 'Push-stream clients connected to this notify instance now', [], function () {
    this.set(hub.clients.size);
  });

  async function replay(client: StreamClient, reader: Reader, after: string): Promise<void> {
    const where = addressed(reader, 2);
    let from = after;
    for (;;) {
      const rows: StreamEventRow[] = await ctx.dataSource.query(
        `SELECT ${STREAM_EVENT_COLUMNS} FROM notification_event e
         WHERE e.sequence > $1::bigint AND ${where.sql} ORDER BY e.sequence LIMIT ${REPLAY_BATCH}`,
        [from, ...where.params],
      );
      for (const row of rows) client.send(row);
      if (rows.length < REPLAY_BATCH || client.closed) return;
      from = rows[rows.length - 1].sequence;
    }
  }

  /** Whether events after `lastEventId` may be gone: pruned, or past the retention (not yet pruned). */
  async function missedSome(lastEventId: string, since: Date): Promise<boolean> {
    const [row]: { pruned: boolean; expired: boolean }[] = await ctx.dataSource.query(
      `SELECT (SELECT highest_sequence FROM notification_pruned) > $1::bigint AS pruned,
              EXISTS (SELECT 1 FROM notification_event WHERE sequence > $1::bigint AND recorded_at < $2) AS expired`,
      [lastEventId, since],
    );
    return row.pruned || row.expired;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname !== EVENTS_PATH) return false;
    if (req.method !== 'GET') {
      refuse(res, 405, 'METHOD_NOT_ALLOWED', 'The stream is read with GET');
      return true;
    }
    if (!(await ctx.admitGateway(req))) {
      refuse(res, 401, 'UNAUTHENTICATED', 'This stream answers only the gateway (its token for notify): open /events on the gateway');
      return true;
    }
    const now = ctx.clock.now();
    const viewer = await streamViewer(req, url, ctx.trust.users, ctx.dataSource, now);
    if (!('claims' in viewer)) {
      refuse(res, viewer.status, viewer.code, viewer.message);
      return true;
    }
    if (viewer.isService) {
      refuse(res, 403, 'FORBIDDEN', 'The push stream is for people: a service has no notifications');
      return true;
    }
    const lastEventId = lastEventIdOf(req, url);
    if (lastEventId === null) {
      refuse(res, 400, 'BAD_REQUEST', 'Last-Event-ID must be the id of an event this stream sent (a whole number)');
      return true;
    }
    const reader: Reader = { sub: viewer.id, audience: await audienceOfViewer(viewer), since: retentionStart(now) };
    try {
      await hub.ready;
    } catch {
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'The stream is not available yet; try again shortly', 1);
      return true;
    }
    // Checked and registered with no await between: concurrent opens cannot both slip under the cap.
    if (hub.streamsOf(reader.sub) >= maxPerReader) {
      refuse(res, 429, 'TOO_MANY_STREAMS', `A reader may hold ${maxPerReader} streams open at once; close one first`);
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    res.write(retryMessage());
    // Registered before the replay reads: every event is either replayed or offered live.
    const client = hub.open(reader.sub, reader.audience, res);
    const heartbeat = setInterval(() => client.write(heartbeatMessage()), heartbeatS * 1000);
    const done = () => {
      clearInterval(heartbeat);
      hub.close(client);
    };
    req.on('close', done);
    res.on('close', done);
    try {
      if (lastEventId !== undefined) {
        if (await missedSome(lastEventId, reader.since)) client.write(resetMessage(lastEventId));
        else await replay(client, reader, lastEventId);
      }
      client.goLive();
    } catch (error) {
      log.error({ err: error }, 'replaying missed events failed; the stream is closed so the client reconnects');
      done();
    }
    return true;
  }

  return { handle, started: hub.firstTry, stop: () => hub.stop() };
}
