import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signUserToken } from '../shared/auth/jwt';
import { GATEWAY_TOKEN_HEADER, mintGatewayToken } from '../shared/auth/service-identity';
import { loadTrust } from '../shared/auth/trust';
import { FAN_OUT, PARTY_ONLY } from './support/queries';
import { waitReady } from './support/system';

/**
 * `npm run bench` (runs the compiled file in dist/bench): the system as `npm start` runs it (separate processes, embedded
 * PostgreSQL in a temp folder, demo data), then autocannon against
 *  1. the gateway with a query that fans out to all four subgraphs,
 *  2. the gateway with a query served by the party subgraph alone,
 *  3. the party subgraph directly with the same query (the gateway's own overhead is 2 − 3).
 * Loopback only; every run is bounded by BENCH_SECONDS (default 10) per scenario.
 */
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

function run(title: string, url: string, body: string, headers: Record<string, string>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        title,
        url,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
  });
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-'));
  // PostgreSQL runs as its own user (root cannot run it): it must be able to enter the folder.
  fs.chmodSync(dataDir, 0o755);
  const ports = {
    GATEWAY_PORT: BASE_PORT,
    PARTY_PORT: BASE_PORT + 1,
    COMMITTEE_PORT: BASE_PORT + 2,
    PROPERTY_PORT: BASE_PORT + 3,
    ENTERPRISE_PORT: BASE_PORT + 4,
  };
  const env = {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    PG_DATA_DIR: path.join(dataDir, 'pg'),
    PG_PORT: String(BASE_PORT + 9),
    LOG_LEVEL: 'warn',
  };
  const system = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(`http://localhost:${ports.GATEWAY_PORT}/health`);
    // `npm start` runs on the dev keys: a dev user token, and the gateway's token for party as its dev key signs it.
    const token = await signUserToken({ sub: 'bench', roles: [{ role: 'analyst' }] });
    const gatewayToken = await mintGatewayToken(loadTrust('gateway').ownKey, 'party');
    const auth = { authorization: `Bearer ${token}` };
    const scenarios: [string, string, string, Record<string, string>][] = [
      ['gateway, four subgraphs', `http://localhost:${ports.GATEWAY_PORT}/graphql`, FAN_OUT, auth],
      ['gateway, party only', `http://localhost:${ports.GATEWAY_PORT}/graphql`, PARTY_ONLY, auth],
      [
        'party subgraph direct',
        `http://localhost:${ports.PARTY_PORT}/graphql`,
        PARTY_ONLY,
        { ...auth, [GATEWAY_TOKEN_HEADER]: gatewayToken },
      ],
    ];
    const rows: string[] = [];
    for (const [title, url, query, headers] of scenarios) {
      const body = JSON.stringify({ query });
      const probe = (await (
        await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
      ).json()) as { errors?: unknown };
      if (probe.errors) throw new Error(`${title}: ${JSON.stringify(probe.errors)}`);
      const r = await run(title, url, body, headers);
      rows.push(`| ${title} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`);
    }
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per scenario, node ${process.version}, ${os.cpus().length} cores\n`);
    console.log('| scenario | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |');
    console.log(rows.join('\n'));
  } finally {
    system.kill('SIGTERM');
    await new Promise((r) => system.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
