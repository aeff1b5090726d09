import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signUserToken } from '../shared/auth/jwt';
import { SUBGRAPH_NAMES } from '../shared/config';
import { repoRoot } from '../shared/repo-root';
import { cpuMsOfTrees } from './support/cpu';
import { median } from './support/load';
import { benchSystemPorts } from './support/ports';

/**
 * `npm run bench:startup`: issue 13's start-up target, timed as a user lives it. Each run
 * clones the repository's committed HEAD into a temporary folder (node_modules a symlink to
 * this checkout's: `npm ci` is not part of the target), then
 *   (a) fresh: `npm start` with no dist/ and no .data/ (it builds everything, initialises
 *       PostgreSQL, migrates and seeds);
 *   (b) second: Ctrl-C, and `npm start` again in the same clone with nothing changed.
 * Each start is timed by the whole process from spawning `npm start` until the launcher
 * prints "Doorstep is up" (ready) and until the gateway answers the README's first query
 * (operations/analyst/first-look.graphql, an analyst's token) with data from all four
 * subgraphs (answered). `npm start` runs in a session of its own; Ctrl-C goes to its group.
 */
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};
const RUNS = setting('BENCH_RUNS', 3);
const BASE_PORT = setting('BENCH_BASE_PORT', 4600);
const PG_PORT = setting('BENCH_PG_PORT', 5633);
const SECOND_STARTS = setting('BENCH_SECOND_STARTS', 1);
const BOUND_MS = 600_000;
const root = repoRoot();

interface Timing {
  /** Spawning `npm start` to its "Doorstep is up". */
  readyMs: number;
  /** Spawning `npm start` to the gateway's first full answer to FirstLook. */
  answeredMs: number;
  /**
   * CPU time of `npm start`'s whole process tree (npm, the build, the launcher, PostgreSQL,
   * the services) when it answered: less sensitive than the wall time to a shared machine's load.
   */
  cpuMs: number;
  /** Until the explorer's files were built, when the start built them after "up". */
  explorerMs?: number;
  /** What the launcher says it took after the build. */
  launcherS?: number;
  load: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface FirstLook {
  data?: {
    compounds?: {
      edges: { node: { buildings?: unknown[]; ownersCommittee?: unknown; serviceContracts?: unknown[]; outlets?: unknown[] } }[];
    };
  };
  errors?: unknown[];
}

/** True once the gateway answers FirstLook in full, with something from each of the four subgraphs. */
async function answers(query: string, token: string): Promise<boolean> {
  try {
    const res = await fetch(`http://localhost:${BASE_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    if (res.status !== 200) return false;
    const body = (await res.json()) as FirstLook;
    const nodes = body.data?.compounds?.edges.map((e) => e.node) ?? [];
    return (
      !body.errors &&
      nodes.some((n) => (n.buildings ?? []).length > 0) &&
      nodes.some((n) => n.ownersCommittee) &&
      nodes.some((n) => (n.serviceContracts ?? []).length > 0) &&
      nodes.some((n) => (n.outlets ?? []).length > 0)
    );
  } catch {
    return false; // not listening yet
  }
}

class Start {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<number | null>;
  constructor(clone: string, env: NodeJS.ProcessEnv) {
    // detached: a session (and process group) of its own, as a terminal gives it, so one signal reaches the whole tree.
    this.child = spawn('npm', ['start'], { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }
  /** Ctrl-C to the group; SIGKILL to the group if it is still there after the bound. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    process.kill(-this.child.pid!, 'SIGINT');
    const timer = setTimeout(() => {
      try {
        process.kill(-this.child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 60_000);
    await this.exited;
    clearTimeout(timer);
  }
}

let current: Start | undefined;

async function timeStart(clone: string, env: NodeJS.ProcessEnv, query: string, token: string): Promise<Timing> {
  // What the clone and the last start wrote is on disk before the clock starts: the kernel's
  // write-back of a fresh clone's files and PostgreSQL's would otherwise land in the timed start.
  execFileSync('sync');
  const began = performance.now();
  const start = new Start(clone, env);
  current = start;
  let readyMs: number | undefined;
  let answeredMs: number | undefined;
  let cpuMs = NaN;
  while (readyMs === undefined || answeredMs === undefined) {
    if (start.child.exitCode !== null) throw new Error(`npm start exited (code ${start.child.exitCode}):\n${start.output.slice(-4000)}`);
    if (performance.now() - began > BOUND_MS) throw new Error(`npm start not up after ${BOUND_MS / 1000} s:\n${start.output.slice(-4000)}`);
    if (readyMs === undefined && /Doorstep is up/.test(start.output)) readyMs = performance.now() - began;
    if (answeredMs === undefined && (await answers(query, token))) {
      answeredMs = performance.now() - began;
      cpuMs = cpuMsOfTrees({ tree: start.child.pid! }).tree;
    }
    await sleep(20);
  }
  const launcher = /Doorstep is up \(([\d.]+) s\)/.exec(start.output)?.[1];
  // A fresh clone's explorer builds after "up" (scripts/start.ts): the start's work is done,
  // and the next start has nothing to build, only once it has.
  let explorerMs: number | undefined;
  if (/still being built/.test(start.output)) {
    while (!/explorer built|explorer's build failed/.test(start.output)) {
      if (performance.now() - began > BOUND_MS) throw new Error(`the explorer not built after ${BOUND_MS / 1000} s`);
      await sleep(50);
    }
    explorerMs = performance.now() - began;
  }
  await start.stop();
  current = undefined;
  return {
    readyMs,
    answeredMs,
    cpuMs,
    launcherS: launcher ? Number(launcher) : undefined,
    explorerMs,
    load: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** Settings of this shell that would point the clone elsewhere: database URLs, subgraph URLs, the data folder, npm's own. */
const OUTSIDE_SETTINGS = new RegExp(
  `^(?:\\w+_)?DATABASE_URL$|^(?:${SUBGRAPH_NAMES.map((name) => name.toUpperCase()).join('|')})_URL$|^PG_DATA_DIR$|^npm_`,
);

function benchEnv(): NodeJS.ProcessEnv {
  // The clone's own embedded PostgreSQL and ports of its own: no URL from this shell may point elsewhere.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OUTSIDE_SETTINGS.test(name)));
  const ports = benchSystemPorts(BASE_PORT);
  return {
    ...env,
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, String(ports.subgraph(name))])),
    PG_PORT: String(PG_PORT),
  };
}

function cloneAt(commit: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-startup-'));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as its own user and must enter the folder.
  const clone = path.join(dir, 'doorstep');
  try {
    execFileSync('git', ['clone', '--quiet', '--no-checkout', root, clone]);
    execFileSync('git', ['-C', clone, 'checkout', '--quiet', '--detach', commit]);
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(clone, 'node_modules'));
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return clone;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
  process.on('SIGINT', () => void (current?.stop() ?? Promise.resolve()).then(() => process.exit(130)));
  const commit = execFileSync('git', ['-C', root, 'rev-parse', '--verify', `${process.env.BENCH_COMMIT ?? 'HEAD'}^{commit}`], {
    encoding: 'utf8',
  }).trim();
  const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  if (dirty && !process.env.BENCH_COMMIT) console.log(`note: uncommitted changes are not measured; the clone is at ${commit.slice(0, 7)}`);
  const query = fs.readFileSync(path.join(root, 'operations', 'analyst', 'first-look.graphql'), 'utf8');
  const token = await signUserToken({ sub: 'bench-startup', roles: [{ role: 'analyst' }] });
  const env = benchEnv();
  const fresh: Timing[] = [];
  const second: Timing[] = [];
  console.log(
    `start-up of ${commit.slice(0, 7)}, ${RUNS} run(s), ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (let run = 1; run <= RUNS; run++) {
    const clone = cloneAt(commit);
    try {
      const f = await timeStart(clone, env, query, token);
      fresh.push(f);
      console.log(
        `run ${run} fresh:  ready ${seconds(f.readyMs)} s, answered ${seconds(f.answeredMs)} s, CPU ${seconds(f.cpuMs)} s (launcher ${f.launcherS} s${f.explorerMs === undefined ? '' : `; explorer built at ${seconds(f.explorerMs)} s`}; load ${f.load.join(' ')})`,
      );
      for (let again = 0; again < SECOND_STARTS; again++) {
        const s = await timeStart(clone, env, query, token);
        second.push(s);
        console.log(
          `run ${run} second: ready ${seconds(s.readyMs)} s, answered ${seconds(s.answeredMs)} s, CPU ${seconds(s.cpuMs)} s (launcher ${s.launcherS} s; load ${s.load.join(' ')})`,
        );
      }
    } finally {
      await current?.stop();
      fs.rmSync(path.dirname(clone), { recursive: true, force: true });
    }
  }
  const summary = (timings: Timing[]) => ({
    readyMs: median(timings.map((t) => t.readyMs)),
    answeredMs: median(timings.map((t) => t.answeredMs)),
    cpuMs: median(timings.map((t) => t.cpuMs)),
  });
  const medians = { fresh: summary(fresh), second: summary(second) };
  console.log(`
| start | ready, median | answered, median | runs (answered) | CPU of the tree, median | target |
| --- | --- | --- | --- | --- | --- |
| fresh clone | ${seconds(medians.fresh.readyMs)} s | ${seconds(medians.fresh.answeredMs)} s | ${fresh.map((t) => seconds(t.answeredMs)).join(', ')} | ${seconds(medians.fresh.cpuMs)} s | ≤ 15 s |
| second, nothing changed | ${seconds(medians.second.readyMs)} s | ${seconds(medians.second.answeredMs)} s | ${second.map((t) => seconds(t.answeredMs)).join(', ')} | ${seconds(medians.second.cpuMs)} s | ≤ 6 s |`);
  const date = new Date();
  const out =
    process.env.BENCH_OUT ?? path.join(root, 'bench', 'results', `startup-${date.toISOString().replace(/:/g, '-').slice(0, 19)}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        date: date.toISOString(),
        commit,
        node: process.version,
        cores: os.cpus().length,
        settings: { runs: RUNS, secondStarts: SECOND_STARTS, basePort: BASE_PORT, pgPort: PG_PORT },
        medians,
        fresh,
        second,
      },
      null,
      2,
    ),
  );
  console.log(`\nresults: ${path.relative(root, out)}`);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await current?.stop();
  process.exit(1);
});
