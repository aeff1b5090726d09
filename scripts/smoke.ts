import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../shared/repo-root';

/**
 * `npm run smoke -- 22 24`: the README's first steps on other Node.js versions. For each
 * major version, Node comes from npm's `node` package, installed once into a prefix of
 * its own (`.cache/node<major>`, or under SMOKE_NODE_CACHE) and reused after: never as a
 * project dependency, which would put it ahead of the machine's Node for every script
 * and test. With that Node first on PATH: `npm start` (it builds first) on a throwaway
 * data folder and free ports, `npm run --silent token -- --role analyst`, the README's
 * first query (operations/analyst/first-look.graphql) through the gateway, then Ctrl-C
 * to `npm start`'s process group, as a terminal sends it. It must exit 0 and leave no
 * process behind. One line per version; the exit code is the number that failed.
 */
const run = promisify(execFile);
const root = repoRoot();
const READY_BOUND_MS = 300_000;
const STOP_BOUND_MS = 60_000;
/** Every process `npm start` starts inherits this variable: how the leftovers are found. */
const MARKER = 'DOORSTEP_SMOKE_RUN';

interface Started {
  child: ChildProcess;
  output: () => string;
}

let current: Started | undefined;

/** `<cache>/node<major>/bin/node`, installed from npm's `node` package when missing or of another major. */
async function nodeOf(major: number): Promise<{ prefix: string; bin: string; version: string; installedMs?: number }> {
  const prefix = path.join(process.env.SMOKE_NODE_CACHE || path.join(root, '.cache'), `node${major}`);
  const bin = path.join(prefix, 'bin');
  const versionOf = () =>
    run(path.join(bin, 'node'), ['--version']).then(
      ({ stdout }) => stdout.trim(),
      () => undefined,
    );
  const cached = await versionOf();
  if (cached?.startsWith(`v${major}.`)) return { prefix, bin, version: cached };
  const started = Date.now();
  fs.rmSync(prefix, { recursive: true, force: true });
  await run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `node@${major}`], {
    cwd: os.tmpdir(),
  });
  const version = await versionOf();
  if (!version?.startsWith(`v${major}.`)) throw new Error(`npm's node@${major} installed ${version ?? 'nothing runnable'} in ${prefix}`);
  return { prefix, bin, version, installedMs: Date.now() - started };
}

/** Ports nobody listens on: all held open at once, so no two are the same, then released. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Live processes whose environment carries this run's marker, with their executables (Linux /proc; none readable elsewhere). */
function processesOf(runId: string): { pid: number; exe: string }[] {
  const needle = `${MARKER}=${runId}\0`;
  const entries = fs.existsSync('/proc') ? fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)) : [];
  return entries.flatMap((pid) => {
    try {
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'latin1');
      const state = fs.readFileSync(`/proc/${pid}/stat`, 'latin1').replace(/^.*\) /, '')[0];
      return environ.includes(needle) && state !== 'Z' ? [{ pid: Number(pid), exe: fs.readlinkSync(`/proc/${pid}/exe`) }] : [];
    } catch {
      return []; // gone meanwhile, or not ours to read
    }
  });
}

function waitFor(what: string, probe: () => boolean, boundMs: number): Promise<void> {
  const deadline = Date.now() + boundMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (probe()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`${what} after ${Math.round(boundMs / 1000)} s`));
      setTimeout(poll, 100);
    };
    poll();
  });
}

interface FirstLookAnswer {
  data?: {
    compounds?: {
      totalCount: number;
      edges: { node: { buildings?: unknown[]; ownersCommittee?: unknown; serviceContracts?: unknown[]; outlets?: unknown[] } }[];
    };
  };
  errors?: { message: string }[];
}

/** The README's first query as the analyst; what it proves, in words. */
async function firstLook(gatewayPort: number, token: string): Promise<string> {
  const query = fs.readFileSync(path.join(root, 'operations', 'analyst', 'first-look.graphql'), 'utf8');
  const res = await fetch(`http://localhost:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as FirstLookAnswer;
  if (res.status !== 200 || body.errors) throw new Error(`FirstLook answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const compounds = body.data?.compounds;
  const nodes = compounds?.edges.map((e) => e.node) ?? [];
  if (!compounds || nodes.length === 0) throw new Error(`FirstLook found no compounds: ${JSON.stringify(body.data)}`);
  // One field of each stakeholder: each subgraph must have answered something.
  const answered = {
    party: nodes.some((n) => (n.buildings ?? []).length > 0),
    committee: nodes.some((n) => n.ownersCommittee),
    property: nodes.some((n) => (n.serviceContracts ?? []).length > 0),
    enterprise: nodes.some((n) => (n.outlets ?? []).length > 0),
  };
  const silent = Object.entries(answered).flatMap(([name, ok]) => (ok ? [] : [name]));
  if (silent.length > 0) throw new Error(`FirstLook got nothing from ${silent.join(', ')}: ${JSON.stringify(body.data)}`);
  return `FirstLook read ${compounds.totalCount} compounds from all four subgraphs`;
}

/** Node's own warnings in the output (a deprecation today is an error in a later major). */
function nodeWarnings(output: string): string[] {
  return [...new Set(output.split('\n').filter((line) => /\((?:node|npm):\d+\) .*(?:Deprecation|Experimental)Warning/.test(line)))].map(
    (line) => line.replace(/^.*?\) /, ''),
  );
}

async function smoke(major: number): Promise<boolean> {
  const began = Date.now();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
  let version = `Node ${major}`;
  const steps: string[] = [];
  const runId = randomUUID();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorstep-smoke-${major}-`));
  let output = () => '';
  try {
    const node = await nodeOf(major);
    version = node.version;
    steps.push(node.installedMs === undefined ? 'Node cached' : `Node installed in ${seconds(node.installedMs)}`);
    fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user and must enter the folder.
    const [gateway, party, committee, property, enterprise, notify, pg] = await freePorts(7);
    const ports = { gateway, party, committee, property, enterprise, notify, pg };
    const env: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !/^(?:\w+_)?DATABASE_URL$|^(?:PARTY|COMMITTEE|PROPERTY|ENTERPRISE|NOTIFY)_URL$/.test(name),
      ),
    );
    Object.assign(env, {
      PATH: `${node.bin}${path.delimiter}${process.env.PATH ?? ''}`,
      GATEWAY_PORT: String(gateway),
      PARTY_PORT: String(party),
      COMMITTEE_PORT: String(committee),
      PROPERTY_PORT: String(property),
      ENTERPRISE_PORT: String(enterprise),
      NOTIFY_PORT: String(notify),
      PG_PORT: String(pg),
      PG_DATA_DIR: path.join(dataDir, 'pg'),
      LOG_LEVEL: 'warn',
      [MARKER]: runId,
    });

    // `detached`: npm start leads a process group of its own, as in a terminal, so Ctrl-C can go to the whole group.
    const started = Date.now();
    let text = '';
    const child = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    output = () => text;
    current = { child, output };
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await waitFor('npm start was not up', () => /Doorstep is up/.test(text) || child.exitCode !== null, READY_BOUND_MS);
    if (!/Doorstep is up/.test(text)) throw new Error(`npm start exited (code ${child.exitCode}) before it was up`);
    // The launcher times itself from after the build: the rest is `npm run build`.
    const launcher = /Doorstep is up \(([\d.]+) s\)/.exec(text)?.[1];
    steps.push(`npm start up in ${seconds(Date.now() - started)}${launcher ? ` (${Math.round(Number(launcher))} s after the build)` : ''}`);

    // npm, the launcher, five subgraphs and the gateway: each on this Node, not the machine's.
    const nodes = processesOf(runId).filter((p) => path.basename(p.exe) === 'node');
    const elsewhere = nodes.filter((p) => !p.exe.startsWith(fs.realpathSync(node.prefix) + path.sep));
    if (process.platform === 'linux' && (nodes.length < 7 || elsewhere.length > 0))
      throw new Error(`${nodes.length} Node processes, ${elsewhere.length} not from ${node.prefix}: ${JSON.stringify(nodes)}`);
    if (process.platform === 'linux') steps.push(`${nodes.length} Node processes, all ${version}`);

    const { stdout } = await run('npm', ['run', '--silent', 'token', '--', '--role', 'analyst'], { cwd: root, env });
    const lines = stdout.trim().split('\n');
    if (lines.length !== 1) throw new Error(`npm run --silent token printed ${lines.length} lines:\n${stdout}`);
    steps.push(await firstLook(gateway, lines[0]));

    process.kill(-child.pid!, 'SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`npm start still running ${seconds(STOP_BOUND_MS)} after Ctrl-C`)), STOP_BOUND_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    current = undefined;
    if (result.code !== 0) throw new Error(`after Ctrl-C npm start exited with ${result.signal ?? `code ${result.code}`}, not 0`);
    const left = processesOf(runId).map((p) => p.pid);
    const listening = [];
    for (const [name, port] of Object.entries(ports)) if (await portOpen(port)) listening.push(`${name} :${port}`);
    const pidFile = fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'));
    if (left.length > 0 || listening.length > 0 || pidFile)
      throw new Error(
        `left behind after Ctrl-C: ${[...left.map((p) => `pid ${p}`), ...listening, ...(pidFile ? ['postmaster.pid'] : [])].join(', ')}`,
      );
    steps.push('Ctrl-C: exit 0, nothing left running');
    const warnings = nodeWarnings(text);
    if (warnings.length > 0) steps.push(`Node warned: ${warnings.join(' | ')}`);
    console.log(`smoke Node ${major} (${version}): passed in ${seconds(Date.now() - began)}: ${steps.join('; ')}`);
    return true;
  } catch (error) {
    console.log(
      `smoke Node ${major} (${version}): FAILED in ${seconds(Date.now() - began)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (steps.length > 0) console.log(`  done before: ${steps.join('; ')}`);
    const tail = output().trim().split('\n').slice(-40);
    if (tail.join('')) console.log(tail.map((l) => `  | ${l}`).join('\n'));
    await stopCurrent();
    for (const { pid } of processesOf(runId)) kill(pid, 'SIGKILL');
    return false;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A signal to a process (or, negative, a process group) that may be gone already. */
function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

/** Ctrl-C to a run still going (a failed step, or the smoke itself interrupted), SIGKILL if it does not stop. */
async function stopCurrent(): Promise<void> {
  const started = current;
  current = undefined;
  if (!started || started.child.exitCode !== null || started.child.signalCode !== null) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  kill(-started.child.pid!, 'SIGINT');
  const timer = setTimeout(() => kill(-started.child.pid!, 'SIGKILL'), STOP_BOUND_MS);
  await exited;
  clearTimeout(timer);
}

async function main(): Promise<void> {
  const majors = process.argv.slice(2).map(Number);
  if (majors.length === 0 || majors.some((m) => !Number.isInteger(m) || m < 1)) throw new Error('Give Node.js major versions, e.g. 22 24');
  process.on('SIGINT', () => void stopCurrent().then(() => process.exit(130)));
  let failed = 0;
  for (const major of majors) if (!(await smoke(major))) failed++;
  process.exit(failed);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
