import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import { median } from './load';
import { FAN_OUT, PARTY_ONLY } from './queries';

/**
 * What `npm run bench` (bench/gateway.bench.ts) measures and how it reports it: the
 * targets and measurements, the medians over rounds, the Markdown table, Doorstep's
 * ratios to each peer and issue 13's targets checked on them.
 */
/** The peers' keys in BENCH_GATEWAYS, in the order of the ratios. */
export const PEER_KEYS = ['hive', 'grafbase', 'apollo'];

export const QUERIES = { dashboard: FAN_OUT, 'party only': PARTY_ONLY } as const;
export type QueryName = keyof typeof QUERIES;

/** What load is sent to: a gateway, or the party subgraph directly (2 − 3 of the old bench: what a gateway adds). */
export interface Target {
  key: string;
  label: string;
  url: string;
  headers: Record<string, string>;
  /** The gateway's process (its tree is measured); none for the subgraph sent to directly. */
  pid?: number;
  queries: QueryName[];
  /** Each query's answer as this target sent it when probed: autocannon counts any other body as a mismatch. */
  bodies: Partial<Record<QueryName, string>>;
}

export type CpuPart = 'gateway' | SubgraphName | 'postgres';
export const CPU_PARTS: CpuPart[] = ['gateway', ...SUBGRAPH_NAMES, 'postgres'];

export interface Measurement {
  target: string;
  query: QueryName;
  round: number;
  /** Answers equal to the probed one (HTTP 200, full data); only these count in req/s and CPU per request. */
  answered: number;
  rps: number;
  /** Latency of the 2xx answers. */
  p50Ms: number;
  p99Ms: number;
  /** Requests not answered in full: refusals (non-2xx, e.g. the gateway's load shedding), other bodies, connection errors and timeouts. */
  errors: number;
  refused: number;
  /** CPU milliseconds per answered request, by process tree: the cost of refusals and errors is charged to the answers. */
  cpuMsPerRequest: Partial<Record<CpuPart, number>>;
}

export const fixed = (value: number | undefined, digits = 2) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

export interface Row {
  target: Target;
  query: QueryName;
  median: Omit<Measurement, 'target' | 'query' | 'round'>;
}

export function medians(targets: Target[], measurements: Measurement[]): Row[] {
  return targets.flatMap((target) =>
    target.queries.map((query) => {
      const own = measurements.filter((m) => m.target === target.key && m.query === query);
      const cpuMsPerRequest: Partial<Record<CpuPart, number>> = {};
      for (const part of CPU_PARTS) {
        const values = own.map((m) => m.cpuMsPerRequest[part]).filter((v): v is number => v !== undefined);
        if (values.length > 0) cpuMsPerRequest[part] = median(values);
      }
      return {
        target,
        query,
        median: {
          answered: median(own.map((m) => m.answered)),
          rps: median(own.map((m) => m.rps)),
          p50Ms: median(own.map((m) => m.p50Ms)),
          p99Ms: median(own.map((m) => m.p99Ms)),
          errors: own.reduce((sum, m) => sum + m.errors, 0),
          refused: own.reduce((sum, m) => sum + m.refused, 0),
          cpuMsPerRequest,
        },
      };
    }),
  );
}

export function table(rows: Row[]): string {
  const head = [
    'gateway',
    'query',
    'req/s',
    'p50 ms',
    'p99 ms',
    'gateway CPU ms/req',
    ...SUBGRAPH_NAMES,
    'PostgreSQL',
    'all CPU ms/req',
    'errors',
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const { target, query, median: m } of rows) {
    const cpu = m.cpuMsPerRequest;
    const all = CPU_PARTS.reduce((sum, part) => sum + (cpu[part] ?? 0), 0);
    lines.push(
      `| ${[
        target.label,
        query,
        fixed(m.rps, 0),
        fixed(m.p50Ms, 0),
        fixed(m.p99Ms, 0),
        fixed(cpu.gateway),
        ...SUBGRAPH_NAMES.map((name) => fixed(cpu[name])),
        fixed(cpu.postgres),
        fixed(all),
        m.refused > 0 ? `${m.errors} (${m.refused} refused)` : String(m.errors),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export interface Ratio {
  query: QueryName;
  peer: string;
  gatewayCpu: number;
  rps: number;
}

/** Doorstep ÷ peer: gateway CPU per request (lower is better for Doorstep) and requests/s (higher is better). */
export function ratios(rows: Row[]): Ratio[] {
  const of = (key: string, query: QueryName) => rows.find((r) => r.target.key === key && r.query === query)?.median;
  const result: Ratio[] = [];
  for (const query of Object.keys(QUERIES) as QueryName[]) {
    const doorstep = of('doorstep', query);
    for (const peer of PEER_KEYS) {
      const other = of(peer, query);
      if (!doorstep || !other) continue;
      result.push({
        query,
        peer,
        gatewayCpu: doorstep.cpuMsPerRequest.gateway! / other.cpuMsPerRequest.gateway!,
        rps: doorstep.rps / other.rps,
      });
    }
  }
  return result;
}

/** Issue 13, "The gateway": what must hold, checked on this run's medians. */
export function targetsMet(rows: Row[], list: Ratio[]): string[] {
  const doorstep = (query: QueryName) => rows.find((r) => r.target.key === 'doorstep' && r.query === query)?.median;
  const hive = list.find((r) => r.peer === 'hive' && r.query === 'dashboard');
  const yes = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines: string[] = [];
  const dashboard = doorstep('dashboard')?.cpuMsPerRequest.gateway;
  if (dashboard !== undefined) lines.push(`dashboard: Doorstep's gateway CPU ${fixed(dashboard)} ms/req (≤ 3.5): ${yes(dashboard <= 3.5)}`);
  if (hive) {
    lines.push(`dashboard: gateway CPU Doorstep ÷ Hive ${fixed(hive.gatewayCpu)} (≤ 0.6): ${yes(hive.gatewayCpu <= 0.6)}`);
    lines.push(`dashboard: req/s Doorstep ÷ Hive ${fixed(hive.rps)} (≥ 1): ${yes(hive.rps >= 1)}`);
  }
  const partyOnly = doorstep('party only')?.cpuMsPerRequest.gateway;
  if (partyOnly !== undefined) lines.push(`party only: Doorstep's gateway CPU ${fixed(partyOnly)} ms/req (≤ 1): ${yes(partyOnly <= 1)}`);
  return lines;
}
