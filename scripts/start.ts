import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { databaseUrlOf, portOf, SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { EmbeddedServer, startEmbeddedPostgres } from '../shared/db/embedded';
import { repoRoot } from '../shared/schema/compose';

/**
 * `npm start`: the whole system on one machine. Without DATABASE_URL it starts an
 * embedded PostgreSQL whose data lives in `.data/postgres` (kept across restarts); then
 * it starts the four subgraphs (each migrates its own database and loads the demo data
 * idempotently) and, once they are ready, the gateway.
 *
 * Stopping is deterministic: Ctrl-C (SIGINT) or SIGTERM, at any moment of start-up or
 * after, stops every service, then PostgreSQL, and exits 0; a second Ctrl-C while
 * stopping changes nothing. The services run in their own process groups, so a
 * terminal's Ctrl-C reaches only this launcher, which stops them in order; they hold
 * an IPC channel to it and stop themselves if it dies. A service that exits on its own
 * stops everything with exit code 1.
 */
const STOP_GRACE_MS = 10_000;
const children = new Map<string, ChildProcess>();
let postgres: Promise<EmbeddedServer> | undefined;
let stopping: Promise<never> | undefined;

function waitReady(url: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const probe = async () => {
      if (stopping) return reject(new Error('stopping'));
      try {
        const res = await fetch(url);
        if (res.ok) return resolve();
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) return reject(new Error(`${url} not ready after ${timeoutMs} ms`));
      setTimeout(() => void probe(), 250);
    };
    void probe();
  });
}

function launch(name: string, script: string, env: NodeJS.ProcessEnv): void {
  if (stopping) return;
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`);
      void shutdown(1);
    }
  });
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
    await Promise.all([...children.values()].map(stopChild));
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

async function main(): Promise<void> {
  const started = Date.now();
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const root = repoRoot();
  const env: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? 'true' };
  const needsEmbedded = SUBGRAPH_NAMES.some((n) => !databaseUrlOf(n));
  if (needsEmbedded) {
    const dataDir = process.env.PG_DATA_DIR ?? path.join(root, '.data', 'postgres');
    const port = Number(process.env.PG_PORT ?? 5433);
    console.log(`[start] embedded PostgreSQL on port ${port}, data in ${dataDir}`);
    postgres = startEmbeddedPostgres({ dataDir, port, quiet: true });
    env.DATABASE_URL = (await postgres).url;
  }
  const dist = path.join(root, 'dist');
  for (const name of SUBGRAPH_NAMES) launch(name, path.join(dist, 'subgraphs', name, 'index.js'), env);
  await Promise.all(SUBGRAPH_NAMES.map((n: SubgraphName) => waitReady(`http://localhost:${portOf(n)}/ready`)));
  launch('gateway', path.join(dist, 'gateway', 'index.js'), env);
  await waitReady(`http://localhost:${portOf('gateway')}/health`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Doorstep is up (${seconds} s).
  Gateway     http://localhost:${portOf('gateway')}/graphql   (open it in a browser for Apollo Sandbox)
${SUBGRAPH_NAMES.map((n) => `  ${n.padEnd(11)} http://localhost:${portOf(n)}/graphql   (internal: needs the internal credential)`).join('\n')}
A dev token:  npm run token -- --role analyst
              npm run token -- --role grid_worker --compound <compoundId>
Send it as:   Authorization: Bearer <token>
Ctrl-C stops everything.`);
}

main().catch((error) => {
  if (!stopping) {
    console.error(error instanceof Error ? error.message : error);
    void shutdown(1);
  }
});
