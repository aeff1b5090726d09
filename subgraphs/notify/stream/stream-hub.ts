import type { ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { PgListener } from '../../../shared/db/listener';
import { logger } from '../../../shared/server/logger';
import { addresses, type ReaderAudience } from '../access/audience';
import { NOTIFY_EVENT_CHANNEL } from '../event/event.service';
import { notificationMessage, STREAM_EVENT_COLUMNS, type StreamEventRow } from './sse';

/** Events read per statement while catching up. */
const BATCH = 500;
/** A client this far behind (bytes not yet taken by its socket) is cut off; it reconnects with Last-Event-ID. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** Receipts are written at most this often (one statement for all the clients' deliveries). */
const RECEIPT_FLUSH_MS = 200;
const MAX_BACKOFF_MS = 30_000;

/**
 * One connected stream: who reads it, and what it has been sent. While its replay
 * (Last-Event-ID) runs, live events wait in `held`; afterwards each event goes out at
 * most once (`lastSent`), in sequence order.
 */
export class StreamClient {
  lastSent = 0;
  closed = false;
  private held: StreamEventRow[] | null = [];

  constructor(
    readonly sub: string,
    readonly audience: ReaderAudience,
    private readonly res: ServerResponse,
    private readonly delivered: (eventId: string, sub: string) => void,
    private readonly cutOff: (client: StreamClient) => void,
  ) {}

  /** A live event from the hub: sent if addressed to this reader (or held until the replay ends). */
  offer(row: StreamEventRow): void {
    if (this.closed || !addresses(this.audience, row)) return;
    if (this.held) this.held.push(row);
    else this.send(row);
  }

  /** Sends an event not sent yet. */
  send(row: StreamEventRow): void {
    const sequence = Number(row.sequence);
    if (this.closed || sequence <= this.lastSent) return;
    this.lastSent = sequence;
    this.write(notificationMessage(row));
    this.delivered(row.event_id, this.sub);
  }

  /** The replay is over: what the hub offered meanwhile goes out, then everything live. */
  goLive(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const row of held) this.send(row);
  }

  cork(): void {
    if (!this.closed) this.res.cork();
  }

  uncork(): void {
    if (!this.closed) this.res.uncork();
  }

  write(text: string): void {
    if (this.closed) return;
    this.res.write(text);
    if (this.res.writableLength > MAX_BUFFERED_BYTES) this.cutOff(this);
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.res.end();
  }
}

/**
 * The fan-out of one notify instance: one dedicated `LISTEN notify_event` connection;
 * on each notification the new events are read once (`sequence > last dispatched`,
 * bursts coalesced into one read) and offered to every client connected here. What a
 * client receives is decided by the event log in PostgreSQL and the client's audience
 * alone, so several instances serve streams side by side. If the listening connection
 * drops, it reconnects with back-off and catches up from the last sequence dispatched.
 */
export class StreamHub {
  readonly clients = new Set<StreamClient>();
  /** Resolves once the position to start from is known. */
  readonly ready: Promise<void>;
  /**
   * Settles (never rejects) once start-up has had its first try: the position read, the
   * LISTEN connection opened and its catch-up read done, or a failure now retried in the
   * background. The service opens its port after it, so start-up's own reads never land
   * among the first requests' and a stream opened at once is already live.
   */
  readonly firstTry: Promise<void>;
  private firstTryDone!: () => void;
  private lastDispatched = 0;
  private listener?: PgListener;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;
  private receipts: { eventId: string; sub: string }[] = [];
  private receiptTimer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private readonly log = logger.child({ component: 'notify-stream' });

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly databaseUrl: string,
  ) {
    this.firstTry = new Promise((resolve) => (this.firstTryDone = resolve));
    this.ready = this.start();
    this.ready.catch(() => this.firstTryDone());
  }

  private async start(): Promise<void> {
    for (let delay = 250; ; delay = Math.min(delay * 2, MAX_BACKOFF_MS)) {
      try {
        const [{ last }]: { last: string }[] = await this.dataSource.query(
          'SELECT coalesce(max(sequence), 0)::text AS last FROM notification_event',
        );
        this.lastDispatched = Number(last);
        break;
      } catch (error) {
        if (this.stopped) throw error;
        this.firstTryDone();
        this.log.warn({ err: error }, 'cannot read the stream position yet; retrying');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    void this.listen().finally(() => this.firstTryDone());
  }

  /** The LISTEN connection (reopened with back-off if it drops); a catch-up read each time it listens. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    this.listener = new PgListener(
      this.databaseUrl,
      NOTIFY_EVENT_CHANNEL,
      () => void this.drain(),
      () => this.drain(),
    );
    await this.listener.start();
  }

  /** Reads every event past the last dispatched, in order, and offers each to every client; coalesces calls. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      do {
        this.again = false;
        for (;;) {
          const rows: StreamEventRow[] = await this.dataSource.query(
            `SELECT ${STREAM_EVENT_COLUMNS} FROM notification_event e WHERE e.sequence > $1 ORDER BY e.sequence LIMIT ${BATCH}`,
            [this.lastDispatched],
          );
          // Offered and marked dispatched in one synchronous pass: a client opened
          // meanwhile either replays an event or is offered it, never neither.
          // Corked: a client's messages of one read leave in one write (a burst of events is
          // one syscall per reader here, and one chunk per reader for the gateway to pass on).
          for (const client of this.clients) client.cork();
          try {
            for (const row of rows) {
              for (const client of this.clients) client.offer(row);
              this.lastDispatched = Math.max(this.lastDispatched, Number(row.sequence));
            }
          } finally {
            for (const client of this.clients) client.uncork();
          }
          if (rows.length < BATCH) break;
        }
      } while (this.again && !this.stopped);
    })()
      .catch((error) => this.log.error({ err: error }, 'reading new events failed; the next notification or reconnect catches up'))
      .finally(() => {
        this.draining = undefined;
      });
    return this.draining;
  }

  /** A new client, held until its replay ends (`goLive`). */
  open(sub: string, audience: ReaderAudience, res: ServerResponse): StreamClient {
    const client = new StreamClient(
      sub,
      audience,
      res,
      (eventId, who) => this.delivered(eventId, who),
      (slow) => {
        this.log.warn({ sub: slow.sub }, 'a stream client fell too far behind; cut off (it reconnects with Last-Event-ID)');
        this.close(slow);
      },
    );
    this.clients.add(client);
    return client;
  }

  /** How many streams this reader has open here now (counted when a stream opens: a walk over this instance's clients). */
  streamsOf(sub: string): number {
    let open = 0;
    for (const client of this.clients) if (client.sub === sub) open++;
    return open;
  }

  close(client: StreamClient): void {
    client.end();
    this.clients.delete(client);
  }

  /** A delivery, written as a receipt in the next batch (the admin figures count pushed notifications). */
  private delivered(eventId: string, sub: string): void {
    this.receipts.push({ eventId, sub });
    this.receiptTimer ??= setTimeout(() => void this.flushReceipts(), RECEIPT_FLUSH_MS);
  }

  async flushReceipts(): Promise<void> {
    clearTimeout(this.receiptTimer);
    this.receiptTimer = undefined;
    await this.flushing;
    const batch = this.receipts;
    this.receipts = [];
    if (batch.length === 0) return;
    this.flushing = this.dataSource
      .query(
        `INSERT INTO notification_receipt (event_id, sub, first_delivered_at, channel)
         SELECT t.event_id, t.sub, $3, 'STREAM' FROM unnest($1::uuid[], $2::text[]) AS t(event_id, sub)
         ON CONFLICT DO NOTHING`,
        [batch.map((r) => r.eventId), batch.map((r) => r.sub), this.clock.now()],
      )
      .then(
        () => undefined,
        (error) => this.log.warn({ err: error, receipts: batch.length }, 'stream receipts not written'),
      );
    await this.flushing;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const client of [...this.clients]) this.close(client);
    await this.ready.catch(() => undefined);
    await this.draining;
    await this.flushReceipts();
    await this.listener?.stop();
  }
}
