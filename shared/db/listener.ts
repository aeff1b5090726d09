import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../server/logger';

const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;

/** The URL a subgraph's data source was opened with (createSubgraphDataSource sets it). */
export function databaseUrlOfSource(dataSource: DataSource): string | undefined {
  return (dataSource.options as { url?: string }).url;
}

/**
 * One dedicated connection that `LISTEN`s on a channel (a pooled one cannot: LISTEN
 * belongs to its session). Each notification calls `onNotify`; each (re)connection calls
 * `onListening`, so the owner catches up with what was sent while nobody listened. A
 * dropped connection is reopened with back-off (250 ms doubling to 30 s).
 */
export class PgListener {
  private client?: Client;
  private stopped = false;
  private backoffMs = FIRST_BACKOFF_MS;
  private reconnectTimer?: NodeJS.Timeout;
  private readonly log = logger.child({ component: 'pg-listener' });

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onNotify: (payload: string | undefined) => void,
    private readonly onListening: () => Promise<void> | void = () => undefined,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  }

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl });
    this.client = client;
    let failed = false;
    const retry = (error?: unknown) => {
      if (failed || this.stopped) return;
      failed = true;
      this.log.warn({ err: error, channel: this.channel, retryInMs: this.backoffMs }, 'the LISTEN connection dropped; reconnecting');
      client.end().catch(() => undefined);
      this.reconnectTimer = setTimeout(() => void this.start(), this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    };
    client.on('error', retry);
    client.on('end', () => retry());
    client.on('notification', (message) => this.onNotify(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.backoffMs = FIRST_BACKOFF_MS;
      await this.onListening();
    } catch (error) {
      retry(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }
}
