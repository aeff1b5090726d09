import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { RoleGrant } from '../shared/auth/viewer';
import { demoBuildingId, demoCompanyId, demoCompound } from '../shared/demo/manifest';
import { Client as PgClient } from 'pg';
import { databaseName } from '../shared/config';
import { repoRoot } from '../shared/repo-root';
import { cpuMsOfTrees } from './support/cpu';
import { median, percentile } from './support/load';
import { isSessionLeader, runInOwnSession, yieldToOtherSessions } from './support/session';
import { startBenchSystem, stopOnInterrupt, type BenchSystem } from './support/system';

/**
 * `npm run bench:stream`: the push stream under a burst (issue 14). The system runs as
 * production runs it (bench/support/system.ts: NODE_ENV=production, keys of the run, each
 * service in a session of its own, the demo data). STREAM_CLIENTS (default 1,000) clients
 * hold `GET /events` open through the gateway, then residents file STREAM_REPORTS
 * (default 100) reports at once, also through the gateway. Each report goes the whole way:
 * party's transaction and outbox, party's relay, notify's receiver, its LISTEN fan-out,
 * the gateway's proxy.
 *
 * The clients are the grid workers of two demo compounds (Kuiguangta, Liulang Dongyuan),
 * half each, and also staff of the one property company whose contract covers that
 * compound's service station: so whether the grid or property is on duty when the bench
 * runs (the duty hours are Shanghai's, by the real clock), each report reaches exactly
 * the clients of its compound. Half the reports are filed in each compound, so every
 * client should receive STREAM_REPORTS / 2 events; the run checks that each did, once.
 *
 * Latency of a delivery: from the report's filing (its `occurredAt`, stamped by party in
 * the filing transaction; the same machine's clock) to the moment a client read the event,
 * p50/p99 over every (client, report) pair: the figure against the issue's 2 s. Also from
 * the moment the bench began sending the mutation, which adds the gateway, party's own
 * work and the wait for one of the 16 connections the burst is sent over. Results go to
 * bench/results/stream-<UTC time>.json.
 *
 * Settings: STREAM_CLIENTS, STREAM_REPORTS, BENCH_BASE_PORT (default 4500).
 */
const CLIENTS = Number(process.env.STREAM_CLIENTS || 1000);
const REPORTS = Number(process.env.STREAM_REPORTS || 100);
const BASE_PORT = Number(process.env.BENCH_BASE_PORT || 4500);
const TARGET_P99_MS = 2000;

/** The two compounds, each with the one company whose contract covers its station (subgraphs/property/demo). */
const PLACES = [
  { key: 'kuiguangta', companyKey: 'kuiguangta-property' },
  { key: 'liulang-dongyuan', companyKey: 'qingbo-property' },
].map((p) => ({ compoundId: demoCompound(p.key).id, buildingId: demoBuildingId(p.key, 1), companyId: demoCompanyId(p.companyKey) }));

const FILE = `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { id } }`;

interface Client {
  place: number;
  /** recordId → when this client read it (ms, performance.now()). */
  received: Map<string, { at: number; occurredAt: string }>;
  duplicates: number;
  request: http.ClientRequest;
}

/** Opens one stream and reads its SSE text as it comes; resolves once the stream's head arrived. */
function connect(eventsUrl: string, token: string, place: number, agent: http.Agent): Promise<Client> {
  return new Promise((resolve, reject) => {
    const request = http.get(eventsUrl, { agent, headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` } });
    const client: Client = { place, received: new Map(), duplicates: 0, request };
    request.on('response', (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`GET /events answered ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!message.includes('event: notification')) continue;
          const data = message.split('\n').find((line) => line.startsWith('data: '));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as { recordId: string; occurredAt: string };
          if (client.received.has(event.recordId)) client.duplicates++;
          else client.received.set(event.recordId, { at: now, occurredAt: event.occurredAt });
        }
      });
      resolve(client);
    });
    request.on('error', reject);
  });
}

async function post(
  url: string,
  body: unknown,
  token: string,
  agent: http.Agent,
): Promise<{ data?: { reportIssue: { id: string } }; errors?: unknown[] }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), authorization: `Bearer ${token}` },
      },
      (res) => {
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (answer += c));
        res.on('end', () => resolve(JSON.parse(answer)));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** The URL of one subgraph's database on the bench's server. */
function databaseUrlFor(serverUrl: string, name: 'notify'): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName(name)}`;
  return url.toString();
}

async function main(): Promise<void> {
  // The 1,000 clients stand in for phones elsewhere: their reading must not take the CPU
  // the services need, so this process's session yields to theirs — a session of its own,
  // not the terminal's.
  if (!isSessionLeader()) {
    process.exitCode = await runInOwnSession();
    return;
  }
  const system: BenchSystem = await startBenchSystem(BASE_PORT);
  // After the services started (they began their own sessions): only the clients yield.
  yieldToOtherSessions();
  stopOnInterrupt(() => system.stop());
  const clients: Client[] = [];
  try {
    const eventsUrl = system.gatewayUrl.replace(/\/graphql$/, '/events');
    const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    const connectStarted = performance.now();
    // In waves of 50: a thousand handshakes at once would measure the connect storm, not the burst.
    for (let wave = 0; wave < CLIENTS; wave += 50) {
      const opened = await Promise.all(
        Array.from({ length: Math.min(50, CLIENTS - wave) }, async (_, j) => {
          const i = wave + j;
          const place = i % PLACES.length;
          const grants: RoleGrant[] = [
            { role: 'grid_worker', compoundId: PLACES[place].compoundId },
            { role: 'property_staff', companyId: PLACES[place].companyId },
          ];
          return connect(eventsUrl, await system.userToken({ sub: `bench-stream-${i}`, roles: grants }), place, streamAgent);
        }),
      );
      clients.push(...opened);
    }
    const connectMs = performance.now() - connectStarted;
    console.log(`${clients.length} streams open in ${(connectMs / 1000).toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, 2000)); // let the connect storm settle

    const residents = await Promise.all(
      PLACES.map((p, i) => system.userToken({ sub: `bench-resident-${i}`, roles: [{ role: 'resident', compoundId: p.compoundId }] })),
    );
    const roots = {
      gateway: system.processGroupOf('gateway'),
      party: system.processGroupOf('party'),
      notify: system.processGroupOf('notify'),
      postgres: system.processGroupOf('postgres'),
    };
    const cpuBefore = cpuMsOfTrees(roots);
    // 16 at a time: the gateway's own concurrency (GATEWAY_MAX_CONCURRENT); more would wait in its queue.
    const postAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    let retries = 0;
    const sentAt = new Map<string, { at: number; place: number }>();
    const burstStarted = performance.now();
    await Promise.all(
      Array.from({ length: REPORTS }, async (_, i) => {
        const place = i % PLACES.length;
        const body = {
          query: FILE,
          variables: {
            i: {
              compoundId: PLACES[place].compoundId,
              buildingId: PLACES[place].buildingId,
              category: 'FACILITY_REPAIR',
              description: `楼道灯不亮 #${i}`,
            },
          },
        };
        // As a client does when the gateway sheds load (503, Retry-After 1 s): try again.
        for (;;) {
          const at = performance.now();
          const answer = await post(system.gatewayUrl, body, residents[place], postAgent);
          if (answer.data) {
            sentAt.set(answer.data.reportIssue.id, { at, place });
            return;
          }
          if (JSON.stringify(answer.errors).includes('SERVICE_UNAVAILABLE') && retries < REPORTS * 10) {
            retries++;
            await new Promise((r) => setTimeout(r, 1000));
            continue;
          }
          throw new Error(`reportIssue failed: ${JSON.stringify(answer.errors)}`);
        }
      }),
    );
    const filedMs = performance.now() - burstStarted;
    const expected = (place: number) => [...sentAt].filter(([, s]) => s.place === place).map(([id]) => id);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !clients.every((c) => expected(c.place).every((id) => c.received.has(id)))) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const burstMs = performance.now() - burstStarted;
    const cpuAfter = cpuMsOfTrees(roots);

    const fromSend: number[] = [];
    const fromOccurred: number[] = [];
    let missing = 0;
    let strays = 0;
    const wallAtZero = Date.now() - performance.now();
    for (const c of clients) {
      const wanted = new Set(expected(c.place));
      for (const id of wanted) {
        const got = c.received.get(id);
        if (!got) {
          missing++;
          continue;
        }
        fromSend.push(got.at - sentAt.get(id)!.at);
        fromOccurred.push(wallAtZero + got.at - Date.parse(got.occurredAt));
      }
      for (const id of c.received.keys()) if (!wanted.has(id) && sentAt.has(id)) strays++;
    }
    const duplicates = clients.reduce((n, c) => n + c.duplicates, 0);
    // Where the time goes: filing → recorded by notify (party's transaction, its relay, notify's
    // receiver), the rest is notify's fan-out and the gateway's proxy.
    const db = new PgClient({ connectionString: databaseUrlFor(system.databaseUrl, 'notify') });
    await db.connect();
    const recorded: { ms: number }[] = await db
      .query(
        `SELECT extract(epoch FROM (recorded_at - occurred_at)) * 1000 AS ms FROM notification_event WHERE record_id = ANY($1::uuid[])`,
        [[...sentAt.keys()]],
      )
      .then((r) => r.rows.map((row: { ms: string }) => ({ ms: Number(row.ms) })));
    await db.end();
    const summary = (values: number[]) => ({
      p50: Math.round(median(values)),
      p99: Math.round(percentile(values, 99)),
      max: Math.round(Math.max(...values)),
    });
    const result = {
      at: new Date().toISOString(),
      clients: clients.length,
      reports: REPORTS,
      shedAndRetried: retries,
      deliveriesExpected: clients.reduce((n, c) => n + expected(c.place).length, 0),
      deliveries: fromSend.length,
      missing,
      strays,
      duplicates,
      connectSeconds: Math.round(connectMs / 100) / 10,
      filedSeconds: Math.round(filedMs / 100) / 10,
      burstSeconds: Math.round(burstMs / 100) / 10,
      latencyFromSendMs: summary(fromSend),
      latencyFromOccurredMs: summary(fromOccurred),
      recordedByNotifyAfterFilingMs: summary(recorded.map((r) => r.ms)),
      cpuMsDuringBurst: Object.fromEntries(
        Object.keys(roots).map((k) => [k, Math.round(cpuAfter[k as keyof typeof roots] - cpuBefore[k as keyof typeof roots])]),
      ),
      targetP99Ms: TARGET_P99_MS,
    };
    console.table({
      "from the report's filing (occurredAt)": result.latencyFromOccurredMs,
      'filing → recorded by notify': result.recordedByNotifyAfterFilingMs,
      'from the mutation sent': result.latencyFromSendMs,
    });
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `${result.deliveries}/${result.deliveriesExpected} deliveries, ${missing} missing, ${strays} to the wrong client, ${duplicates} twice; ` +
        `p99 from filing ${result.latencyFromOccurredMs.p99} ms (target ≤ ${TARGET_P99_MS}): ${result.latencyFromOccurredMs.p99 <= TARGET_P99_MS && missing === 0 && strays === 0 && duplicates === 0 ? 'met' : 'NOT met'}`,
    );
    const dir = path.join(repoRoot(), 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    const file = process.env.BENCH_OUT || path.join(dir, `stream-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`results: ${path.relative(repoRoot(), file)}`);
  } finally {
    for (const c of clients) c.request.destroy();
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
