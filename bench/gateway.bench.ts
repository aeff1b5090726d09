import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { GATEWAY_TOKEN_HEADER } from '../shared/auth/service-identity';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/config';
import { repoRoot } from '../shared/repo-root';
import { startApolloGateway } from './peers/apollo-gateway';
import { startGrafbase } from './peers/grafbase';
import { startHive } from './peers/hive';
import { PEER_DEDUP_VARIABLE, type Peer, type PeerOptions, type SkippedPeer } from './peers/peer';
import { cpuMsOfTrees } from './support/cpu';
import {
  fixed,
  medians,
  QUERIES,
  ratios,
  table,
  targetsMet,
  type CpuPart,
  type Measurement,
  type QueryName,
  type Target,
} from './support/gateway-report';
import { gitCommit } from './support/git-commit';
import { settle } from './support/settle';
import { benchSystemPorts } from './support/ports';
import { startBenchSystem, stopOnInterrupt, type BenchSystem } from './support/system';

/**
 * `npm run bench` (runs the compiled file in dist/bench): the same queries through
 * Doorstep's gateway and its peers, side by side on the same running subgraphs, as
 * production runs them (bench/support/system.ts; every server in a session of its own).
 * Per gateway and query: requests/s, p50/p99 latency (autocannon) and the CPU time per
 * request of the gateway's process tree, of each subgraph and of PostgreSQL, read from
 * /proc around each measured window. Rounds rotate the order of the gateways; the table
 * shows the median of the rounds, the results file every round. See bench/README.md.
 */
const QUICK = process.argv.includes('--quick');
const setting = (name: string, full: number, quick: number) => {
  const value = Number(process.env[name] ?? (QUICK ? quick : full));
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};
const BASE_PORT = setting('BENCH_BASE_PORT', 4100, 4100);
const SECONDS = setting('BENCH_SECONDS', 10, 3);
const ROUNDS = setting('BENCH_ROUNDS', 5, 1);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 16, 16);
const WARM_UP_SECONDS = setting('BENCH_WARM_UP', 5, 2);
const PEER_DEDUP = process.env[PEER_DEDUP_VARIABLE] === '1';
const TARGETS = (process.env.BENCH_GATEWAYS ?? 'doorstep,hive,grafbase,apollo,party-direct').split(',').map((t) => t.trim());

/** Peers that always install (devDependencies); Grafbase's CLI may not, and is then left out. */
const REQUIRED_PEERS = ['hive', 'apollo'];

function load(target: Target, query: QueryName, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: target.url,
        method: 'POST',
        body: JSON.stringify({ query: QUERIES[query] }),
        headers: { 'content-type': 'application/json', ...target.headers },
        connections: CONNECTIONS,
        duration: seconds,
        expectBody: target.bodies[query],
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
  });
}

async function measure(system: BenchSystem, target: Target, query: QueryName, round: number): Promise<Measurement> {
  const roots: Partial<Record<CpuPart, number>> = { postgres: system.processGroupOf('postgres') };
  if (target.pid !== undefined) roots.gateway = target.pid;
  for (const name of SUBGRAPH_NAMES) roots[name] = system.processGroupOf(name);
  const before = cpuMsOfTrees(roots as Record<CpuPart, number>);
  const result = await load(target, query, SECONDS);
  const after = cpuMsOfTrees(roots as Record<CpuPart, number>);
  // autocannon counts every response whose body differs from expectBody (refusals included) as a mismatch.
  const answered = result.requests.total - result.mismatches;
  const cpuMsPerRequest: Partial<Record<CpuPart, number>> = {};
  for (const part of Object.keys(roots) as CpuPart[]) cpuMsPerRequest[part] = answered > 0 ? (after[part] - before[part]) / answered : NaN;
  return {
    target: target.key,
    query,
    round,
    answered,
    rps: answered / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.mismatches,
    refused: result.non2xx,
    cpuMsPerRequest,
  };
}

/**
 * Sends each query once and keeps the exact answer. A peer must answer with the same data
 * as Doorstep's gateway, without errors: this is what proves, on every run, that the
 * supergraph runs under another gateway. A peer that does not is reported and left out.
 */
async function probe(target: Target, reference?: Target): Promise<string | undefined> {
  for (const query of target.queries) {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      body: JSON.stringify({ query: QUERIES[query] }),
    });
    const text = await response.text();
    let body: { data?: unknown; errors?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return `${query}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`;
    }
    if (response.status !== 200 || body.errors || !body.data) return `${query}: HTTP ${response.status} ${text.slice(0, 500)}`;
    const expected = reference?.bodies[query];
    if (expected !== undefined && !isDeepStrictEqual((JSON.parse(expected) as { data: unknown }).data, body.data))
      return `${query}: its data differ from Doorstep's gateway's`;
    target.bodies[query] = text;
  }
  return undefined;
}

async function main(): Promise<void> {
  const peers: Peer[] = [];
  let system: BenchSystem | undefined;
  let workDir: string | undefined;
  const stopAll = async () => {
    for (const peer of peers.splice(0)) await peer.stop();
    await system?.stop();
    system = undefined;
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  };
  stopOnInterrupt(stopAll);
  try {
    console.error(`Starting PostgreSQL, the subgraphs and Doorstep's gateway (ports ${BASE_PORT}–${BASE_PORT + 9})…`);
    system = await startBenchSystem(BASE_PORT);
    const user = { authorization: `Bearer ${await system.token('analyst')}` };
    const tokens = {} as Record<SubgraphName, string>;
    for (const name of SUBGRAPH_NAMES) tokens[name] = await system.gatewayToken(name);
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, system!.urlOf(name)])) as Record<SubgraphName, string>;
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-peers-'));

    const targets: Target[] = [];
    const skipped: SkippedPeer[] = [];
    const notes: string[] = [];
    const facts: Record<string, unknown> = {};
    const doorstep: Target = {
      key: 'doorstep',
      label: 'Doorstep',
      url: system.gatewayUrl,
      headers: user,
      pid: system.processGroupOf('gateway'),
      queries: ['dashboard', 'party only'],
      bodies: {},
    };
    const doorstepFailure = await probe(doorstep);
    if (doorstepFailure) throw new Error(`Doorstep's gateway: ${doorstepFailure}`);
    if (TARGETS.includes('doorstep')) targets.push(doorstep);

    const ports = benchSystemPorts(BASE_PORT);
    const starters: [string, number, (o: PeerOptions) => Promise<Peer | SkippedPeer>][] = [
      ['hive', ports.free(0), startHive],
      ['grafbase', ports.free(1), startGrafbase],
      ['apollo', ports.free(2), startApolloGateway],
    ];
    for (const [key, port, start] of starters.filter(([key]) => TARGETS.includes(key))) {
      console.error(`Starting ${key}…`);
      const started = await start({ port, deduplicate: PEER_DEDUP, tokens, urls, workDir });
      notes.push(...started.notes);
      if ('skipped' in started) {
        skipped.push(started);
        continue;
      }
      peers.push(started);
      facts[key] = started.facts;
      const target: Target = {
        key,
        label: started.name,
        url: started.url,
        headers: user,
        pid: started.pid,
        queries: ['dashboard', 'party only'],
        bodies: {},
      };
      const failure = await probe(target, doorstep);
      if (failure) {
        skipped.push({ name: started.name, skipped: `wrong answer: ${failure}`, notes: [] });
        await peers.pop()!.stop();
      } else targets.push(target);
    }
    if (TARGETS.includes('party-direct')) {
      const direct: Target = {
        key: 'party-direct',
        label: 'party subgraph direct',
        url: system.urlOf('party'),
        headers: { ...user, [GATEWAY_TOKEN_HEADER]: tokens.party },
        queries: ['party only'],
        bodies: {},
      };
      const failure = await probe(direct, doorstep);
      if (failure) throw new Error(`party subgraph direct: ${failure}`);
      targets.push(direct);
    }
    for (const peer of skipped) console.error(`${peer.name} left out: ${peer.skipped}`);

    const servers: Record<string, number> = Object.fromEntries(targets.flatMap((t) => (t.pid === undefined ? [] : [[t.key, t.pid]])));
    for (const name of SUBGRAPH_NAMES) servers[name] = system.processGroupOf(name);
    servers.postgres = system.processGroupOf('postgres');
    const settled = await settle(servers);
    const idle = Object.entries(settled.idleMsPerSecond)
      .map(([key, ms]) => `${key} ${ms.toFixed(0)}`)
      .join(', ');
    console.error(`Idle after ${settled.seconds.toFixed(0)} s (CPU ms in the last second: ${idle})`);
    if (WARM_UP_SECONDS > 0) {
      console.error(`Warm-up: ${WARM_UP_SECONDS} s per gateway and query, not recorded…`);
      for (const target of targets) for (const query of target.queries) await load(target, query, WARM_UP_SECONDS);
    }
    const measurements: Measurement[] = [];
    const orders: string[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      orders.push(order.map((t) => t.key));
      console.error(`Round ${round + 1}/${ROUNDS}: ${order.map((t) => t.label).join(' → ')}`);
      for (const target of order) for (const query of target.queries) measurements.push(await measure(system, target, query, round + 1));
    }

    const rows = medians(targets, measurements);
    const ratioList = ratios(rows);
    const cores = os.cpus().length;
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s per window, ${ROUNDS} round(s) (median shown), warm-up ${WARM_UP_SECONDS} s; ` +
        `node ${process.version}, ${cores} cores; every server in a session of its own; CPU in ms per answered request\n`,
    );
    console.log(table(rows));
    if (ratioList.length > 0) {
      console.log('\n| query | peer | gateway CPU/req, Doorstep ÷ peer | req/s, Doorstep ÷ peer |\n| --- | --- | --- | --- |');
      for (const r of ratioList) console.log(`| ${r.query} | ${r.peer} | ${fixed(r.gatewayCpu)} | ${fixed(r.rps)} |`);
    }
    const met = targetsMet(rows, ratioList);
    if (met.length > 0) console.log(`\nIssue 13, the gateway:\n${met.map((l) => `- ${l}`).join('\n')}`);
    const remarks = [...notes, ...skipped.map((peer) => `${peer.name} was left out: ${peer.skipped}`)];
    if (remarks.length > 0) console.log(`\n${remarks.join('\n')}`);

    const date = new Date();
    const out =
      process.env.BENCH_OUT ?? path.join(repoRoot(), 'bench', 'results', `${date.toISOString().replace(/:/g, '-').slice(0, 19)}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(
        {
          date: date.toISOString(),
          commit: gitCommit(),
          node: process.version,
          cores,
          settings: {
            seconds: SECONDS,
            rounds: ROUNDS,
            connections: CONNECTIONS,
            warmUpSeconds: WARM_UP_SECONDS,
            quick: QUICK,
            peerDeduplication: PEER_DEDUP,
          },
          peers: facts,
          skipped: skipped.map(({ name, skipped: reason }) => ({ name, reason })),
          notes,
          settled,
          orders,
          medians: rows.map(({ target, query, median: m }) => ({ target: target.key, query, ...m })),
          ratios: ratioList,
          measurements,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
    // Hive and the stock gateway are devDependencies: one that did not run leaves the comparison incomplete.
    const missing = REQUIRED_PEERS.filter((key) => TARGETS.includes(key) && !targets.some((target) => target.key === key));
    if (missing.length > 0) {
      console.error(`Incomplete: ${missing.join(', ')} did not run (a devDependency; see above why)`);
      process.exitCode = 1;
    }
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
