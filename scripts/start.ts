import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { portOf, SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { EmbeddedServer, embeddedUrl, startEmbeddedPostgres } from '../shared/db/embedded';
import { embeddedLocation, needsEmbeddedPostgres } from '../shared/db/server';
import { repoRoot } from '../shared/repo-root';
import { explorerUpToDate } from '../gateway/explorer/build';

/**
 * `npm start`: the whole system on one machine. Without DATABASE_URL it starts an
 * embedded PostgreSQL whose data lives in `.data/postgres` (kept across restarts); then
 * it starts the five subgraphs (each migrates its own database and loads the demo data
 * idempotently) and the gateway, and says so once all are ready.
 *
 * It supervises: a service that exits on its own is restarted after a back-off
 * (RESTART_BASE_MS doubling per attempt up to RESTART_MAX_MS) while the others keep
 * serving; one that exits RESTART_LIMIT times within RESTART_WINDOW_MS is given up,
 * with a clear message, and the rest stay up.
 *
 * Stopping is deterministic: Ctrl-C (SIGINT) or SIGTERM, at any moment of start-up or
 * after, stops every service, then PostgreSQL, and exits 0; a second Ctrl-C while
 * stopping changes nothing. The services run in their own process groups, so a
 * terminal's Ctrl-C reaches only this launcher, which stops them in order; they hold
 * an IPC channel to it and stop themselves if it dies.
 */
const STOP_GRACE_MS = 10_000;
const RESTART_BASE_MS = Number(process.env.RESTART_BASE_MS ?? 1_000);
const RESTART_MAX_MS = Number(process.env.RESTART_MAX_MS ?? 30_000);
const RESTART_LIMIT = Number(process.env.RESTART_LIMIT ?? 5);
const RESTART_WINDOW_MS = Number(process.env.RESTART_WINDOW_MS ?? 300_000);

interface Service {
  name: string;
  script: string;
  child?: ChildProcess;
  /** When it exited on its own, within the window. */
  exits: number[];
  givenUp: boolean;
  restartTimer?: NodeJS.Timeout;
}

const services = new Map<string, Service>();
let postgres: Promise<EmbeddedServer> | undefined;
let stopping: Promise<never> | undefined;
let serviceEnv: NodeJS.ProcessEnv = {};
/** The explorer's build, while it runs. */
let explorerBuild: ChildProcess | undefined;

/**
 * Whether `url` answers 200. node:http, not `fetch`: the launcher would otherwise load
 * Node's fetch machinery (undici, web streams) for its probes alone.
 */
function answersOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

/** Resolves when `url` answers 200; rejects when stopping, when the service was given up, or after `timeoutMs`. */
function waitReady(url: string, service?: Service, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const probe = async () => {
      if (stopping) return reject(new Error('stopping'));
      if (service?.givenUp) return reject(new Error(`${service.name} was given up`));
      if (await answersOk(url)) return resolve();
      if (Date.now() > deadline) return reject(new Error(`${url} not ready after ${timeoutMs} ms`));
      setTimeout(() => void probe(), 100);
    };
    void probe();
  });
}

function launch(service: Service): void {
  if (stopping) return;
  const child = spawn(process.execPath, [service.script], {
    // Where the service remembers, for the next start of the same build, its module resolution
    // (shared/server/resolution-cache.ts) and its federated schema (shared/schema/schema-cache.ts).
    env: {
      ...serviceEnv,
      RESOLUTION_CACHE: path.join(repoRoot(), 'dist', '.resolution-cache', `${service.name}.json`),
      SCHEMA_CACHE: path.join(repoRoot(), 'dist', '.schema-cache', `${service.name}.json`),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  service.child = child;
  console.log(`[start] ${service.name} started (pid ${child.pid})`);
  child.on('exit', (code, signal) => {
    service.child = undefined;
    if (!stopping) supervise(service, signal ?? `code ${code}`);
  });
}

/** A service exited on its own: restart it after a back-off, or give up on a crash loop. */
function supervise(service: Service, how: string): void {
  const now = Date.now();
  service.exits = [...service.exits.filter((t) => now - t < RESTART_WINDOW_MS), now];
  if (service.exits.length > RESTART_LIMIT) {
    service.givenUp = true;
    console.error(
      `[start] ${service.name} exited (${how}) ${service.exits.length} times within ${RESTART_WINDOW_MS / 1000} s; giving up on it. ` +
        'The other services keep running; fix the cause and run npm start again.',
    );
    return;
  }
  const attempt = service.exits.length;
  const delay = Math.min(RESTART_BASE_MS * 2 ** (attempt - 1), RESTART_MAX_MS);
  console.error(`[start] ${service.name} exited (${how}); restarting in ${delay} ms (attempt ${attempt} of ${RESTART_LIMIT})`);
  service.restartTimer = setTimeout(() => launch(service), delay);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Stops everything once; every later call (a second Ctrl-C) waits for the same end. */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    console.log('\n[start] stopping services…');
    for (const service of services.values()) clearTimeout(service.restartTimer);
    await Promise.all([
      ...[...services.values()].flatMap((s) => (s.child ? [stopChild(s.child)] : [])),
      ...(explorerBuild ? [stopChild(explorerBuild)] : []),
    ]);
    // PostgreSQL may still be starting: wait for it, then stop it.
    const server = await postgres?.catch(() => undefined);
    if (server) {
      console.log('[start] stopping PostgreSQL…');
      await server.stop();
    }
    console.log('[start] stopped');
    process.exit(code);
  })();
  return stopping;
}

function service(name: string, script: string): Service {
  const created: Service = { name, script, exits: [], givenUp: false };
  services.set(name, created);
  return created;
}

/**
 * The explorer's browser files (`npm start` builds with `--fast`, which leaves them here):
 * nothing when their inputs did not change. Otherwise — a fresh clone, an upgrade —
 * esbuild bundles GraphiQL and Monaco, ~5 s of CPU on two cores, which would slow every
 * service's start. It is a developer's page, not the API, so it builds once the API is up,
 * in a process of its own at the lowest priority: the gateway's page reloads itself until
 * the files are there (gateway/explorer/explorer.ts), a few seconds later.
 */
function buildExplorerAside(root: string): void {
  if (explorerUpToDate(false)) return;
  const child = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'build-explorer.js'), '--unchecked'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    // Inherited by esbuild's own process, which the build spawns after this.
    if (child.pid !== undefined) os.setPriority(child.pid, 19);
  } catch {
    /* a platform without priorities: it builds at the normal one */
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (code === 0) console.log('[start] explorer built into dist/explorer/');
    else
      console.error(
        `[start] the explorer's build failed (${signal ?? `code ${code}`}); the API is unaffected. Run npm run build to see why.`,
      );
  });
  explorerBuild = child;
}

async function main(): Promise<void> {
  const started = Date.now();
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const root = repoRoot();
  const env: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? 'true' };
  if (needsEmbeddedPostgres()) {
    const { dataDir, port } = embeddedLocation(root);
    console.log(`[start] embedded PostgreSQL on port ${port}, data in ${dataDir}`);
    postgres = startEmbeddedPostgres({ dataDir, port, quiet: true });
    // The services start now, beside it: loading their code overlaps its start, and each
    // waits for this server (DATABASE_STARTING) to accept connections
    // (shared/db/ensure-database.ts). If it fails to
    // start, `npm start` stops everything (below).
    env.DATABASE_URL = embeddedUrl(port);
    env.DATABASE_STARTING = new URL(env.DATABASE_URL).host;
    postgres.catch((error: Error) => {
      if (stopping) return;
      console.error(`[start] PostgreSQL did not start: ${error.message}`);
      void shutdown(1);
    });
  }
  serviceEnv = env;
  const dist = path.join(root, 'dist');
  // The gateway serves the committed supergraph and needs no subgraph to start: it starts
  // beside them, not after them, and first, as its start is the longest (each spawn takes
  // the launcher some tens of milliseconds).
  const gateway = service('gateway', path.join(dist, 'gateway', 'index.js'));
  launch(gateway);
  const subgraphs = SUBGRAPH_NAMES.map((name: SubgraphName) => service(name, path.join(dist, 'subgraphs', name, 'index.js')));
  subgraphs.forEach(launch);
  // A subgraph given up does not hold the others back: the gateway serves what is up.
  // 127.0.0.1: the services listen on every IPv4 address, and a probe then needs no name lookup.
  const [ready] = await Promise.all([
    Promise.allSettled(subgraphs.map((s) => waitReady(`http://127.0.0.1:${portOf(s.name as SubgraphName)}/ready`, s))),
    waitReady(`http://127.0.0.1:${portOf('gateway')}/health`, gateway),
  ]);
  if (stopping) return;
  buildExplorerAside(root);
  const missing = subgraphs.filter((_, i) => ready[i].status === 'rejected').map((s) => s.name);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Doorstep is up (${seconds} s)${missing.length ? `, without ${missing.join(', ')} (given up; their fields answer null)` : ''}.${explorerBuild?.exitCode === null ? "\n  The explorer's files are still being built; its page reloads itself until they are." : ''}
  Gateway     http://localhost:${portOf('gateway')}/graphql   (open it in a browser for the explorer; sign in as a role there)
${SUBGRAPH_NAMES.map((n) => `  ${n.padEnd(11)} http://localhost:${portOf(n)}/graphql   (internal: answers the gateway and the other services only)`).join('\n')}
A dev token:  npm run --silent token -- --role analyst
              npm run --silent token -- --role grid_worker --compound qinglan-jiayuan   (a demo compound's key or an id)
Send it as:   Authorization: Bearer <token>
Ctrl-C stops everything.`);
}

main().catch((error) => {
  if (!stopping) {
    console.error(error instanceof Error ? error.message : error);
    void shutdown(1);
  }
});
