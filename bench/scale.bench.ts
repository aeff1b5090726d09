import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CountingLogger } from '../shared/db/query-counter';
import { Viewer, type TokenClaims } from '../shared/auth/viewer';
import { systemClock } from '../shared/clock';
import { databaseName, type SubgraphName } from '../shared/config';
import { LoaderRegistry } from '../shared/db/loaders';
import type { ConnectionResult } from '../shared/pagination/connection';
import type { RequestContext } from '../shared/server/context';
import { scaleId } from '../shared/demo/scale-plan';
import { repoRoot } from '../shared/repo-root';
import { FUND_FLOWS_SQL } from '../subgraphs/committee/analytics/analytics.sql';
import { PARTY_STATS_SQL } from '../subgraphs/party/analytics/analytics.service';
import type { IssueStatus } from '../subgraphs/party/issue-report/issue-report.enums';
import { compoundIssueReports, myIssueReports } from '../subgraphs/party/issue-report/issue-report.service';
import { partySubgraph } from '../subgraphs/party/subgraph';
import { WORK_ORDER_STATS_SQL } from '../subgraphs/property/analytics/analytics.service';
import { percentile } from './support/load';
import { startBenchSystem, stopOnInterrupt, type BenchSystem } from './support/system';

/**
 * `npm run bench:scale`: the district of `npm run demo:scale` (bench/README.md, "District
 * scale") served as production runs it — NODE_ENV=production, keys of the run, every
 * server in a session of its own (bench/support/system.ts) — on the databases `npm start`
 * uses. One client sends each query in turn and the run prints p50/p95/p99 per query
 * against the targets of issue 13, then EXPLAIN (ANALYZE, BUFFERS) of each aggregate's
 * SQL with the same parameters, and of the statements the two report lists send (their
 * page and their count, captured as the party service sends them for one of the run's
 * residents and compounds). Results go to bench/results/scale-<UTC time>.json.
 *
 * Settings: SCALE_SAMPLES (per fast query, default 200; the aggregates take a fifth),
 * BENCH_BASE_PORT (default 4400: the gateway, fault and subgraph benches use 4100–4324).
 */
const SAMPLES = Number(process.env.SCALE_SAMPLES || 200);
const BASE_PORT = Number(process.env.BENCH_BASE_PORT || 4400);
const ZONE = 'Asia/Shanghai';
const OPEN = ['SUBMITTED', 'RESPONDED', 'ESCALATED', 'REOPENED'];

const DASHBOARD = `{ compounds(first: 20) { totalCount edges { node { name buildings { number } ownersCommittee { name } serviceContracts { company { name } } outlets { name kind } } } } }`;
const PARTY_STATS = `query($period: DateRange!, $after: String) { partyStatsByCompound(period: $period, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { reports responded respondedWithinPromise medianResponseSeconds resolved byCategory { key count } byPath { key count } compound { name } } } } }`;
const WORK_ORDER_STATS = `query($period: DateRange!) { workOrderStats(period: $period) { total resolvedCount onTimeCount onTimeRate medianSecondsToResolve averageRating reopenRate byCategory { category count } } }`;
const FUND_FLOWS = `query($period: DateRange!) { fundFlowReport(period: $period) { period direction source entries total { yuan } } }`;
const MY_REPORTS = `{ myIssueReports(first: 20) { totalCount edges { node { id status category reportedAt respondedWithinPromise } } } }`;
const OPEN_REPORTS = `query($c: ID!, $statuses: [IssueStatus!]) { issueReports(compoundId: $c, statuses: $statuses, first: 20) {
  totalCount edges { node { id status category source reportedAt responseOverdue area building { number } } } } }`;

interface Target {
  name: string;
  targetMs: number;
  samples: number;
  /** Sends the query (or its pages) once; resolves when all is answered. */
  run(i: number): Promise<void>;
}

async function post(
  system: BenchSystem,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const res = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors?.length || !body.data)
    throw new Error(`${query.slice(0, 50)}…: ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

async function database(system: BenchSystem, name: SubgraphName): Promise<Client> {
  const url = new URL(system.databaseUrl);
  url.pathname = `/${databaseName(name)}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

/**
 * The statements a party list sends, captured as its service sends them: the service's own
 * function, on a DataSource of party's entities whose logger keeps each statement and its
 * parameters. `totalCount` is awaited, as a query that selects it does.
 */
async function listStatements(
  system: BenchSystem,
  claims: TokenClaims,
  list: (ctx: RequestContext) => Promise<ConnectionResult<unknown>>,
): Promise<{ sql: string; parameters: unknown[] }[]> {
  const logger = new CountingLogger();
  const url = new URL(system.databaseUrl);
  url.pathname = `/${databaseName('party')}`;
  const dataSource = new DataSource({ type: 'postgres', url: url.toString(), entities: partySubgraph.entities, logger, extra: { max: 1 } });
  await dataSource.initialize();
  const sent: { sql: string; parameters: unknown[] }[] = (logger.statements = []); // what initialize asked the server is not the list's
  try {
    const ctx: RequestContext = { viewer: new Viewer(claims), loaders: new LoaderRegistry(), dataSource, clock: systemClock };
    await (
      await list(ctx)
    ).totalCount;
    return sent;
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const system = await startBenchSystem(BASE_PORT, {}, { data: 'configured' });
  stopOnInterrupt(() => system.stop());
  const party = await database(system, 'party');
  const clients: Client[] = [party];
  try {
    const analyst = await system.token('analyst');
    const first = (await post(system, analyst, `{ compounds(first: 1) { totalCount edges { node { id name } } } }`)) as {
      compounds: { totalCount: number; edges: { node: { id: string } }[] };
    };
    const compounds = first.compounds.totalCount;
    if (first.compounds.edges[0]?.node.id !== scaleId('compound', 1))
      throw new Error('These databases hold no generated district: run `npm run demo:scale -- --compounds 500` first.');
    // The last month of the data: a whole month (the window ends on the first of a month).
    const { rows: months } = await party.query<{ from: string; to: string }>(
      `SELECT to_char(date_trunc('month', max(reported_at) AT TIME ZONE $1), 'YYYY-MM-DD') AS from,
              to_char(date_trunc('month', max(reported_at) AT TIME ZONE $1) + interval '1 month - 1 day', 'YYYY-MM-DD') AS to FROM issue_report`,
      [ZONE],
    );
    const period = { from: months[0].from, to: months[0].to };
    // Residents who filed reports, spread over the district.
    const { rows: residents } = await party.query<{ reporter_id: string; reporter_resident_id: string; compound_id: string }>(
      `SELECT DISTINCT ON (reporter_id) reporter_id, reporter_resident_id, compound_id FROM issue_report
        WHERE source = 'RESIDENT' AND seq % 9973 = 0 ORDER BY reporter_id LIMIT 500`,
    );
    const residentTokens = await Promise.all(
      residents.map((r) =>
        system.userToken({
          sub: r.reporter_id,
          roles: [{ role: 'resident', compoundId: r.compound_id }],
          residentId: r.reporter_resident_id,
        }),
      ),
    );
    const gridTokens = await Promise.all(
      Array.from({ length: Math.min(compounds, 100) }, (_, i) => {
        const c = 1 + ((i * 37) % compounds);
        return system.userToken({ sub: `scale:grid:${c}`, roles: [{ role: 'grid_worker', compoundId: scaleId('compound', c) }] });
      }),
    );
    const targets: Target[] = [
      { name: 'dashboard, 20 compounds', targetMs: 50, samples: SAMPLES, run: async () => void (await post(system, analyst, DASHBOARD)) },
      {
        name: `partyStatsByCompound, all ${compounds} compounds, ${period.from.slice(0, 7)}`,
        targetMs: 1000,
        samples: Math.ceil(SAMPLES / 5),
        run: async () => {
          let after: string | null = null;
          for (;;) {
            const data = (await post(system, analyst, PARTY_STATS, { period, after })) as {
              partyStatsByCompound: { pageInfo: { hasNextPage: boolean; endCursor: string } };
            };
            const page = data.partyStatsByCompound;
            if (!page.pageInfo.hasNextPage) return;
            after = page.pageInfo.endCursor;
          }
        },
      },
      {
        name: `workOrderStats, all compounds, ${period.from.slice(0, 7)}`,
        targetMs: 1000,
        samples: Math.ceil(SAMPLES / 5),
        run: async () => void (await post(system, analyst, WORK_ORDER_STATS, { period })),
      },
      {
        name: `fundFlowReport, all compounds, ${period.from.slice(0, 7)}`,
        targetMs: 1000,
        samples: Math.ceil(SAMPLES / 5),
        run: async () => void (await post(system, analyst, FUND_FLOWS, { period })),
      },
      {
        name: "a resident's own reports",
        targetMs: 20,
        samples: SAMPLES,
        run: async (i) => void (await post(system, residentTokens[i % residentTokens.length], MY_REPORTS)),
      },
      {
        name: "a grid worker's open reports",
        targetMs: 20,
        samples: SAMPLES,
        run: async (i) => {
          const c = 1 + (((i % gridTokens.length) * 37) % compounds);
          await post(system, gridTokens[i % gridTokens.length], OPEN_REPORTS, { c: scaleId('compound', c), statuses: OPEN });
        },
      },
    ];
    const results: { name: string; targetMs: number; samples: number; p50: number; p95: number; p99: number; met: boolean }[] = [];
    for (const target of targets) {
      // Warm-up, not recorded: JIT, connection pools, the plans' first reads.
      for (let i = 0; i < 3; i++) await target.run(i);
      const latencies: number[] = [];
      for (let i = 0; i < target.samples; i++) {
        const started = performance.now();
        await target.run(i);
        latencies.push(performance.now() - started);
      }
      const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p));
      results.push({ name: target.name, targetMs: target.targetMs, samples: target.samples, p50, p95, p99, met: p95 <= target.targetMs });
    }
    const lines = [
      '| query | samples | p50 ms | p95 ms | p99 ms | target p95 | met |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.samples} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ≤ ${r.targetMs} | ${r.met ? 'yes' : 'NO'} |`,
      ),
    ];
    console.log(`\n${lines.join('\n')}\n`);

    // The aggregates' own SQL, as the services send it, with this run's parameters.
    const committee = await database(system, 'committee');
    const property = await database(system, 'property');
    clients.push(committee, property);
    const { rows: page } = await party.query<{ id: string }>('SELECT id FROM compound ORDER BY name, id LIMIT 100');
    const { rows: window } = await property.query<{ from: Date; to: Date }>(
      `SELECT ($1::date)::timestamp AT TIME ZONE $3 AS from, ($2::date + 1)::timestamp AT TIME ZONE $3 AS to`,
      [period.from, period.to, ZONE],
    );
    const explains: { name: string; plan: string }[] = [];
    const explain = async (name: string, client: Client, sql: string, params: unknown[]) => {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      explains.push({ name, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    };
    const ids = page.map((r) => r.id);
    await explain('partyStatsByCompound: report figures (one page of 100 compounds)', party, PARTY_STATS_SQL.reports, [
      ids,
      period.from,
      period.to,
    ]);
    await explain('partyStatsByCompound: wishes fulfilled', party, PARTY_STATS_SQL.wishes, [ids, period.from, period.to]);
    await explain('partyStatsByCompound: volunteer minutes', party, PARTY_STATS_SQL.volunteers, [ids, period.from, period.to]);
    await explain('workOrderStats: all compounds', property, WORK_ORDER_STATS_SQL, [window[0].from, window[0].to, null, null]);
    await explain('fundFlowReport: all compounds', committee, FUND_FLOWS_SQL, [null, period.from, period.to, ZONE]);
    // The two lists: each statement as the service sends it (page, then count), for the first resident and compound of the run.
    const resident = residents[0];
    const lists: [string, TokenClaims, (ctx: RequestContext) => Promise<ConnectionResult<unknown>>][] = [
      [
        `myIssueReports(first: 20), reporter ${resident.reporter_id}`,
        {
          sub: resident.reporter_id,
          roles: [{ role: 'resident', compoundId: resident.compound_id }],
          residentId: resident.reporter_resident_id,
        },
        (ctx) => myIssueReports(ctx, { first: 20 }),
      ],
      [
        `issueReports(compoundId, statuses: open, first: 20), compound 1`,
        { sub: 'scale:grid:1', roles: [{ role: 'grid_worker', compoundId: scaleId('compound', 1) }] },
        (ctx) => compoundIssueReports(ctx, scaleId('compound', 1), { first: 20, statuses: OPEN as IssueStatus[] }),
      ],
    ];
    for (const [name, claims, list] of lists) {
      const statements = await listStatements(system, claims, list);
      for (const [i, s] of statements.entries())
        await explain(`${name}: ${i === 0 ? 'page' : i === 1 ? 'totalCount' : `statement ${i + 1}`}`, party, s.sql, s.parameters);
    }
    for (const e of explains) console.log(`EXPLAIN (ANALYZE, BUFFERS) — ${e.name}\n${e.plan}\n`);

    const dir = path.join(repoRoot(), 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    const file = process.env.BENCH_OUT || path.join(dir, `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), compounds, period, results, explains }, null, 2));
    console.log(`results: ${path.relative(repoRoot(), file)}`);
  } finally {
    for (const c of clients) await c.end().catch(() => undefined);
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
