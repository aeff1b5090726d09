import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JWK } from 'jose';
import { signUserToken } from '../../shared/auth/jwt';
import { importPrivateKey, publicJwks } from '../../shared/auth/keys';
import { mintGatewayToken } from '../../shared/auth/service-identity';
import type { Role, TokenClaims } from '../../shared/auth/viewer';
import { SERVICE_NAMES, SUBGRAPH_NAMES, SubgraphName, type ServiceName } from '../../shared/config';
import { embeddedLocation, needsEmbeddedPostgres } from '../../shared/db/server';
import { repoRoot } from '../../shared/repo-root';
import { processTable } from './cpu';
import { gatewayPlacement } from './gateway-placement';
import { benchSystemPorts } from './ports';

/**
 * The whole system for a benchmark, as production runs it: NODE_ENV=production with
 * keys of this run (an issuer's and one per service, not the dev ones), the built code, each service in a session of
 * its own (`detached` = setsid: this host shares CPU per session, so a service in the
 * load generator's session would be measured at a fraction of its speed), an embedded
 * PostgreSQL in a temp folder with the demo data.
 */
export interface BenchSystem {
  gatewayUrl: string;
  urlOf(name: SubgraphName): string;
  /** PostgreSQL's server URL (each subgraph has its own database on it). */
  databaseUrl: string;
  /** A user token of this run's issuer. */
  token(role: Role): Promise<string>;
  /** A user token of this run's issuer with the claims given (a resident's, a grid worker's in their compound). */
  userToken(claims: TokenClaims): Promise<string>;
  /** The gateway's credential for one subgraph, signed with this run's gateway key: what another gateway sends as a static header. */
  gatewayToken(subgraph: SubgraphName): Promise<string>;
  /** The process group of a service (its pid: each runs in a session of its own), or of PostgreSQL (undefined: a server of DATABASE_URL). */
  processGroupOf(name: ServiceName | 'postgres'): number;
  /** SIGKILL to the service's whole process group. */
  kill(name: ServiceName): Promise<void>;
  /** Starts it again and resolves when its /ready answers 200. */
  start(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/** The built code: this file runs as dist/bench/support/system.js. */
const DIST = path.resolve(__dirname, '..', '..');
const SCRIPTS: Record<ServiceName, string> = {
  gateway: 'gateway/index.js',
  party: 'subgraphs/party/index.js',
  committee: 'subgraphs/committee/index.js',
  property: 'subgraphs/property/index.js',
  enterprise: 'subgraphs/enterprise/index.js',
  notify: 'subgraphs/notify/index.js',
};

/**
 * PostgreSQL in a session of its own too (a node process running shared/db/embedded-process.js,
 * detached): started from this process it would share the load generator's CPU share.
 * It stops the cluster when its stdin closes.
 */
async function startPostgresInItsOwnSession(dataDir: string, port: number): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [path.join(DIST, 'shared/db/embedded-process.js'), JSON.stringify({ dataDir, port, quiet: true })],
    {
      detached: true,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^ready (\S+)$/m.exec(out);
      if (ready) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start-up (${code})`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.end();
      await exited;
    },
  };
}

/** Resolves when `url` answers 200 (to a GET, or to `init`); fails early when `child` (the service) has exited. */
export async function waitReady(url: string, child?: ChildProcess, timeoutMs = 300_000, init: RequestInit = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(`${url}: the service exited (${child.exitCode ?? child.signalCode})`);
    try {
      if ((await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Another server (a peer gateway) in a session of its own, like the services, its output
 * appended to `logFile` (read it when it fails to start).
 */
export function spawnInItsOwnSession(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; logFile: string },
): ChildProcess {
  const log = fs.openSync(options.logFile, 'a');
  try {
    return spawn(command, args, { cwd: options.cwd ?? repoRoot(), env: options.env, detached: true, stdio: ['ignore', log, log] });
  } finally {
    fs.closeSync(log);
  }
}

/** SIGTERM to the process group, SIGKILL to whatever is left of it after `graceMs`. */
export async function stopSession(child: ChildProcess, graceMs = 5_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* the group is gone */
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    signal('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs).unref())]);
  }
  // Workers it forked may outlive their leader.
  signal('SIGKILL');
}

/** PostgreSQL data folders of systems not stopped yet: removed on an interrupt too. */
const dataDirs = new Set<string>();

/**
 * On Ctrl-C or SIGTERM: runs `stop` (the orderly shutdown), then SIGKILLs the process
 * group of any child still alive (a server still starting when the signal came; each is
 * in a session of its own, so the terminal's Ctrl-C never reaches it), removes the data
 * folders left, and exits 130.
 */
export function stopOnInterrupt(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping every server`);
    void stop()
      .catch((error: Error) => console.error(error))
      .finally(() => {
        for (const { pid } of processTable().filter((p) => p.ppid === process.pid)) {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            /* not a group leader, or gone */
          }
        }
        for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * The databases a bench system serves: `demo`, a throwaway cluster in a temp folder with
 * the demo data; `configured`, the databases `npm start` uses (DATABASE_URL, or the
 * embedded cluster of PG_DATA_DIR and PG_PORT, started in a session of its own and
 * kept), as `npm run demo:scale` filled them, without the demo.
 */
export type BenchData = 'demo' | 'configured';

async function benchPostgres(data: BenchData, basePort: number): Promise<{ url: string; pid?: number; stop(): Promise<void> }> {
  if (data === 'configured') {
    if (!needsEmbeddedPostgres()) return { url: process.env.DATABASE_URL ?? '', stop: async () => undefined };
    const { dataDir, port } = embeddedLocation(repoRoot());
    return startPostgresInItsOwnSession(dataDir, port);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-'));
  dataDirs.add(dataDir);
  // PostgreSQL runs as its own user (root cannot run it): it must be able to enter the folder.
  fs.chmodSync(dataDir, 0o755);
  const server = await startPostgresInItsOwnSession(path.join(dataDir, 'pg'), benchSystemPorts(basePort).postgres);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      dataDirs.delete(dataDir);
    },
  };
}

/**
 * `data`: which databases (default `demo`); `nodeArgs`: options for a service's node
 * (e.g. `--cpu-prof`, which NODE_OPTIONS refuses).
 */
export async function startBenchSystem(
  basePort: number,
  extraEnv: Record<string, string> = {},
  options: { data?: BenchData; nodeArgs?: Partial<Record<ServiceName, string[]>> } = {},
): Promise<BenchSystem> {
  const { data = 'demo', nodeArgs = {} } = options;
  const placement = gatewayPlacement();
  // Every thread of this process, and so every process it starts from now on, on the other CPUs.
  if (placement) execFileSync('taskset', ['-a', '-p', '-c', placement.otherCpus, String(process.pid)], { stdio: 'ignore' });
  const postgres = await benchPostgres(data, basePort);
  const newKey = (kid: string): JWK => ({ ...(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK), kid });
  const issuer = newKey('bench-issuer');
  const serviceKeys = Object.fromEntries(SERVICE_NAMES.map((name) => [name, newKey(`${name}:bench`)])) as Record<ServiceName, JWK>;
  const issuerKey = importPrivateKey(JSON.stringify(issuer), 'the bench issuer key');
  const gatewayKey = importPrivateKey(JSON.stringify(serviceKeys.gateway), 'the bench gateway key');
  const ports = benchSystemPorts(basePort);
  const port = (name: ServiceName) => (name === 'gateway' ? ports.gateway : ports.subgraph(name));
  const urlOf = (name: SubgraphName) => `http://127.0.0.1:${port(name)}/graphql`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_JWKS: JSON.stringify(publicJwks([issuer])),
    SERVICE_JWKS: JSON.stringify(publicJwks(Object.values(serviceKeys))),
    NOTIFY_WEBHOOK_KEY: randomBytes(32).toString('base64'),
    DATABASE_URL: postgres.url,
    SEED_DEMO: data === 'demo' ? 'true' : 'false',
    GATEWAY_PORT: String(basePort),
    ...Object.fromEntries(
      SUBGRAPH_NAMES.flatMap((n) => [
        [`${n.toUpperCase()}_PORT`, String(port(n))],
        [`${n.toUpperCase()}_URL`, urlOf(n)],
      ]),
    ),
    ...extraEnv,
  };
  const children = new Map<ServiceName, ChildProcess>();

  const start = async (name: ServiceName) => {
    const [command, ...args] = [
      ...(placement && name === 'gateway' ? ['taskset', '-c', placement.gatewayCpus] : []),
      process.execPath,
      ...(nodeArgs[name] ?? []),
      path.join(DIST, SCRIPTS[name]),
    ];
    const child = spawn(command, args, {
      cwd: repoRoot(),
      env: { ...env, SERVICE_PRIVATE_KEY: JSON.stringify(serviceKeys[name]) },
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.set(name, child);
    await waitReady(`http://127.0.0.1:${port(name)}/ready`, child);
  };
  const kill = async (name: ServiceName) => {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };

  try {
    for (const name of SUBGRAPH_NAMES) await start(name);
    await start('gateway');
  } catch (error) {
    for (const name of children.keys()) await kill(name);
    await postgres.stop();
    throw error;
  }
  // Once only: an interrupt may come while the run is already stopping.
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    for (const name of children.keys()) await kill(name);
    await postgres.stop();
  };
  return {
    gatewayUrl: `http://127.0.0.1:${basePort}/graphql`,
    urlOf,
    databaseUrl: postgres.url,
    token: (role) => signUserToken({ sub: `bench-${role}`, roles: [{ role }] }, { key: issuerKey }),
    userToken: (claims) => signUserToken(claims, { key: issuerKey }),
    gatewayToken: (subgraph) => mintGatewayToken(gatewayKey, subgraph),
    processGroupOf: (name) => (name === 'postgres' ? postgres.pid! : children.get(name)!.pid!),
    kill,
    start,
    stop: () => (stopped ??= stop()),
  };
}
