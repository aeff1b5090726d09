import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { GATEWAY_TOKEN_HEADER } from '../shared/auth/service-identity';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/config';
import { repoRoot } from '../shared/repo-root';
import { cpuMsOfTrees } from './support/cpu';
import { median } from './support/load';
import { startFloorServer } from './support/floor-server';
import { startRecordingRelays } from './support/recording-relays';
import { settle } from './support/settle';
import { pairRows, pairTable, shareOf, type Measurement, type Recorded, type Target } from './support/subgraphs-report';
import { benchSystemPorts } from './support/ports';
import { FAN_OUT, PARTY_ONLY } from './support/queries';
import { startBenchSystem, stopOnInterrupt, stopSession, type BenchSystem } from './support/system';

/**
 * `npm run bench:subgraphs` (issue 13, "The subgraphs"): each subgraph against its floor.
 * Records, once, what Doorstep's gateway sends each subgraph for the dashboard and the
 * party-only query (through a recording relay between the gateway and the subgraphs:
 * query text, variables, representations), then sends exactly those requests straight to
 * each subgraph, with the gateway's token for it and a user's token as the gateway does,
 * and to a floor server (bench/floor/: `@apollo/subgraph` + DataLoader + `pg`) answering
 * the same shape from the same rows. Per request: req/s, p50/p99, CPU per request of the
 * server's process and of PostgreSQL; rotated rounds, medians; ratio ours ÷ floor.
 *
 * Ours and its floor take turns in short slices (BENCH_SLICE, 2 s) within each round's
 * window, and the ratio is the median of each round's own ratio: on a shared host the
 * machine's speed drifts from one 10 s window to the next (up to 1.7× for the same
 * server), and a ratio of two windows a minute apart carried that drift.
 */
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};
const BASE_PORT = setting('BENCH_BASE_PORT', 4300);
const SECONDS = setting('BENCH_SECONDS', 10);
const ROUNDS = setting('BENCH_ROUNDS', 5);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 16);
const WARM_UP_SECONDS = setting('BENCH_WARM_UP', 3);
/** Ours and its floor alternate in slices this long within a window. */
const SLICE_SECONDS = setting('BENCH_SLICE', 2);
/** The subgraphs the two queries reach, each with a floor server in bench/floor (notify answers neither). */
const FLOORED = ['party', 'committee', 'property', 'enterprise'] as const satisfies readonly SubgraphName[];
type FlooredName = (typeof FLOORED)[number];
const isFloored = (name: SubgraphName): name is FlooredName => (FLOORED as readonly SubgraphName[]).includes(name);
/** Only these subgraphs' requests (all four by default). */
const ONLY = (process.env.BENCH_SUBGRAPHS ?? FLOORED.join(',')).split(',').map((s) => s.trim());
/**
 * BENCH_PROFILE=<folder>: the subgraphs and the floor servers run with `--cpu-prof` and
 * are stopped with SIGTERM at the end, so that each writes its profile there (summarise it with
 * `node dist/bench/support/profile-summary.js <file>`).
 */
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;

/** Relays at BASE_PORT + 11… between the gateway and each subgraph; floor servers at + 21…24. */
const relayPort = (name: SubgraphName) => BASE_PORT + 11 + SUBGRAPH_NAMES.indexOf(name);
const floorPort = (name: FlooredName) => BASE_PORT + 21 + FLOORED.indexOf(name);

function load(target: Target, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: target.url,
        method: 'POST',
        body: target.body,
        headers: { 'content-type': 'application/json', ...target.headers },
        connections: CONNECTIONS,
        duration: seconds,
        expectBody: target.expected,
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
  });
}

async function probe(target: Target): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await response.text();
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || answer.errors || !answer.data)
    throw new Error(`${target.key}: HTTP ${response.status} ${text.slice(0, 500)}`);
  target.expected = text;
  return answer.data;
}

/**
 * One round of a pair: `first` and `second` (ours and its floor, in either order) take
 * turns, a slice each, until each has had SECONDS. Per target: answered requests over its
 * own slices' time, CPU over its own slices, the median of its slices' p50 and p99.
 */
async function measurePair(first: Target, second: Target, postgres: number, round: number): Promise<Measurement[]> {
  const slices = Math.max(1, Math.round(SECONDS / SLICE_SECONDS));
  const seconds = SECONDS / slices;
  const totals = new Map<
    Target,
    { answered: number; duration: number; errors: number; server: number; postgres: number; p50: number[]; p99: number[] }
  >();
  for (const target of [first, second])
    totals.set(target, { answered: 0, duration: 0, errors: 0, server: 0, postgres: 0, p50: [], p99: [] });
  for (let slice = 0; slice < slices; slice++) {
    for (const target of [first, second]) {
      const roots = { server: target.pid, postgres };
      const before = cpuMsOfTrees(roots);
      const result = await load(target, seconds);
      const after = cpuMsOfTrees(roots);
      const total = totals.get(target)!;
      total.answered += result.requests.total - result.mismatches;
      total.duration += result.duration;
      total.errors += result.errors + result.mismatches;
      total.server += after.server - before.server;
      total.postgres += after.postgres - before.postgres;
      total.p50.push(result.latency.p50);
      total.p99.push(result.latency.p99);
    }
  }
  return [first, second].map((target) => {
    const t = totals.get(target)!;
    return {
      target: target.key,
      round,
      rps: t.answered / t.duration,
      p50Ms: median(t.p50),
      p99Ms: median(t.p99),
      errors: t.errors,
      serverCpuMs: t.answered > 0 ? t.server / t.answered : NaN,
      postgresCpuMs: t.answered > 0 ? t.postgres / t.answered : NaN,
    };
  });
}

async function main(): Promise<void> {
  let system: BenchSystem | undefined;
  let stopRelays: (() => Promise<void>) | undefined;
  const floors = new Map<FlooredName, ChildProcess>();
  const stopAll = async () => {
    await stopRelays?.();
    stopRelays = undefined;
    for (const floor of floors.values()) await stopSession(floor);
    floors.clear();
    await system?.stop();
    system = undefined;
  };
  stopOnInterrupt(stopAll);
  try {
    console.error(`Starting PostgreSQL, the subgraphs and Doorstep's gateway (ports ${BASE_PORT}–${BASE_PORT + 24})…`);
    // The gateway calls each subgraph through a relay that records what it sends.
    const profiled = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
    const relayUrls = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${relayPort(name)}/graphql`]),
    );
    const recorded: Recorded[] = [];
    let recording: Recorded['query'] | undefined;
    // The relays must listen before the gateway starts (it probes the subgraphs to be ready); the system's URLs are known from the port.
    const urlOf = (name: SubgraphName) => `http://127.0.0.1:${benchSystemPorts(BASE_PORT).subgraph(name)}/graphql`;
    stopRelays = await startRecordingRelays(urlOf, relayPort, recorded, () => recording);
    system = await startBenchSystem(BASE_PORT, relayUrls, { nodeArgs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, profiled])) });
    const user = `Bearer ${await system.token('analyst')}`;
    for (const [query, text] of [
      ['dashboard', FAN_OUT],
      ['party only', PARTY_ONLY],
    ] as const) {
      recording = query;
      const response = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: user },
        body: JSON.stringify({ query: text }),
      });
      const answer = (await response.json()) as { errors?: unknown };
      if (response.status !== 200 || answer.errors)
        throw new Error(`the gateway's answer to ${query}: ${JSON.stringify(answer).slice(0, 500)}`);
      recording = undefined;
    }
    await stopRelays();
    stopRelays = undefined;

    const unfloored = recorded.filter((r) => !isFloored(r.subgraph)).map((r) => r.subgraph);
    if (unfloored.length > 0)
      throw new Error(`the gateway sent requests to ${[...new Set(unfloored)].join(', ')}, which has no floor server`);
    for (const name of FLOORED) floors.set(name, await startFloorServer(name, system.databaseUrl, floorPort(name), profiled));

    const targets: Target[] = [];
    for (const [i, request] of recorded
      .filter((r): r is Recorded & { subgraph: FlooredName } => ONLY.includes(r.subgraph) && isFloored(r.subgraph))
      .entries()) {
      const label = `${request.subgraph}, ${request.query} (${shareOf(request.body)})`;
      const ours: Target = {
        key: `${label}: ours`,
        subgraph: request.subgraph,
        server: 'ours',
        query: request.query,
        url: system.urlOf(request.subgraph),
        headers: { authorization: user, [GATEWAY_TOKEN_HEADER]: await system.gatewayToken(request.subgraph) },
        body: request.body,
        pid: system.processGroupOf(request.subgraph),
      };
      const floor: Target = {
        ...ours,
        key: `${label}: floor`,
        server: 'floor',
        url: `http://127.0.0.1:${floorPort(request.subgraph)}/graphql`,
        headers: {},
        pid: floors.get(request.subgraph)!.pid!,
      };
      // The floor must answer exactly what the subgraph answers: the same shape from the same rows.
      if (!isDeepStrictEqual(await probe(ours), await probe(floor)))
        throw new Error(`request ${i} (${label}): the floor's data differ from the subgraph's`);
      targets.push(ours, floor);
    }
    const postgres = system.processGroupOf('postgres');
    const servers: Record<string, number> = { postgres };
    for (const name of SUBGRAPH_NAMES) servers[name] = system.processGroupOf(name);
    for (const [name, floor] of floors) servers[`${name} floor`] = floor.pid!;
    const settled = await settle(servers);
    console.error(`Idle after ${settled.seconds.toFixed(0)} s`);
    if (WARM_UP_SECONDS > 0) {
      console.error(`Warm-up: ${WARM_UP_SECONDS} s per target, not recorded…`);
      for (const target of targets) await load(target, WARM_UP_SECONDS);
    }
    const measurements: Measurement[] = [];
    const pairs = targets.length / 2;
    for (let round = 0; round < ROUNDS; round++) {
      console.error(`Round ${round + 1}/${ROUNDS}`);
      for (let p = 0; p < pairs; p++) {
        const i = 2 * ((p + round) % pairs); // the pairs rotate from round to round
        const [ours, floor] = [targets[i], targets[i + 1]];
        // Which goes first alternates too: neither always follows the other.
        const [first, second] = round % 2 === 0 ? [ours, floor] : [floor, ours];
        measurements.push(...(await measurePair(first, second, postgres, round + 1)));
      }
    }

    const rows = pairRows(targets, measurements, ROUNDS);
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s per target per round in ${SLICE_SECONDS} s slices taking turns with its pair, ` +
        `${ROUNDS} round(s) (medians; the ratio is the median of each round's ratio); node ${process.version}; ` +
        'every server in a session of its own; CPU in ms per answered request\n',
    );
    console.log(pairTable(rows));
    const out =
      process.env.BENCH_OUT ??
      path.join(repoRoot(), 'bench', 'results', `subgraphs-${new Date().toISOString().replace(/:/g, '-').slice(0, 19)}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          settings: {
            seconds: SECONDS,
            sliceSeconds: SLICE_SECONDS,
            rounds: ROUNDS,
            connections: CONNECTIONS,
            warmUpSeconds: WARM_UP_SECONDS,
          },
          requests: recorded,
          rows,
          measurements,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
    if (PROFILE_DIR) {
      // An orderly stop, so that each subgraph writes its profile (the system's stop is SIGKILL).
      for (const name of SUBGRAPH_NAMES) process.kill(system.processGroupOf(name), 'SIGTERM');
      for (const floor of floors.values()) floor.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 5_000));
      console.log(`Profiles: ${PROFILE_DIR}`);
    }
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
