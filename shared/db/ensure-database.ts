import { Client } from 'pg';

/** Errors of a server that is not up yet: nothing listens, or it is still starting (57P03). */
const NOT_UP_YET = new Set(['ECONNREFUSED', 'ENOENT', '57P03']);

/**
 * Connects to the server of `url`, waiting up to `waitMs` for one that is not up yet:
 * `npm start` starts the services beside their PostgreSQL, not after it, so loading
 * their code overlaps the server's start (compose's `depends_on` does the same waiting
 * for containers). Any other error, or a server still down at the deadline, fails.
 */
async function connectWhenUp(connectionString: string, waitMs: number): Promise<Client> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const client = new Client({ connectionString });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!NOT_UP_YET.has((error as { code?: string }).code ?? '') || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * How long to wait for the server of `url` to come up: `DATABASE_WAIT_S` if set; else 60 s
 * for the server `npm start` is starting beside the services (`DATABASE_STARTING`, its
 * `host:port`), and no wait for any other, so a service pointed at a server that is not
 * there fails at once, as before (and the launcher's crash-loop rule applies).
 */
export function databaseWaitMs(url: string, env: NodeJS.ProcessEnv = process.env): number {
  if (env.DATABASE_WAIT_S !== undefined && env.DATABASE_WAIT_S !== '') return Number(env.DATABASE_WAIT_S) * 1000;
  return env.DATABASE_STARTING !== undefined && new URL(url).host === env.DATABASE_STARTING ? 60_000 : 0;
}

/**
 * Creates the database named in `url` on its server unless it exists already; waits for
 * a server that is still starting as `databaseWaitMs` says.
 */
export async function ensureDatabase(url: string, waitMs = databaseWaitMs(url)): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`Unsupported database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = await connectWhenUp(admin.toString(), waitMs);
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // Two services starting together may race to create it; losing the race is fine.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await client.end();
  }
}
