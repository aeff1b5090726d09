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
 * idempotently) and, once they are ready, the gateway. Ctrl-C stops all of it.
 */
const children = new Map<string, ChildProcess>();
let pg: EmbeddedServer | undefined;
let stopping = false;

function waitReady(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const probe = async () => {
      try {
        const res = await fetch(url);
        if (res.ok) return resolve();
      } catch {
        /* not up yet */
      }
      if (stopping) return reject(new Error('stopping'));
      if (Date.now() > deadline) return reject(new Error(`${url} not ready after ${timeoutMs} ms`));
      setTimeout(() => void probe(), 250);
    };
    void probe();
  });
}

function launch(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`);
      void shutdown(1);
    }
  });
  return child;
}

async function shutdown(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping services…');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  if (pg) {
    console.log('[start] stopping PostgreSQL…');
    await pg.stop();
  }
  console.log('[start] stopped');
  process.exit(code);
}

async function main(): Promise<void> {
  const started = Date.now();
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  const root = repoRoot();
  const env: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? 'true' };
  const needsEmbedded = SUBGRAPH_NAMES.some((n) => !databaseUrlOf(n));
  if (needsEmbedded) {
    const dataDir = process.env.PG_DATA_DIR ?? path.join(root, '.data', 'postgres');
    const port = Number(process.env.PG_PORT ?? 5433);
    console.log(`[start] embedded PostgreSQL on port ${port}, data in ${dataDir}`);
    pg = await startEmbeddedPostgres({ dataDir, port, quiet: true });
    env.DATABASE_URL = pg.url;
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
