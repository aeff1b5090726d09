import type { SubgraphName } from '../../shared/config';
import { median } from './load';

/**
 * What `npm run bench:subgraphs` (bench/subgraphs.bench.ts) measures and how it reports
 * it: the recorded requests, each sent to ours and to its floor, the medians over
 * rounds with the ratio of each round, and the Markdown table.
 */

/** Issue 13: each subgraph's share at ≥ 0.6 × its floor's req/s. */
export const TARGET_RATIO = 0.6;

/** One request the gateway sent a subgraph, as sent. */
export interface Recorded {
  subgraph: SubgraphName;
  /** Which client query made the gateway send it. */
  query: 'dashboard' | 'party only';
  body: string;
}

export interface Target {
  key: string;
  subgraph: SubgraphName;
  server: 'ours' | 'floor';
  query: Recorded['query'];
  url: string;
  headers: Record<string, string>;
  body: string;
  pid: number;
  /** The answer when probed: any other answer under load counts as an error. */
  expected?: string;
}

export interface Measurement {
  target: string;
  round: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  serverCpuMs: number;
  postgresCpuMs: number;
}

export const fixed = (value: number, digits = 2) => (Number.isNaN(value) ? '–' : value.toFixed(digits));

/** What a recorded request asks: `_entities` (with how many representations) or the root query. */
export function shareOf(body: string): string {
  const parsed = JSON.parse(body) as { query: string; variables?: { representations?: unknown[] } };
  const representations = parsed.variables?.representations;
  return representations ? `_entities ×${representations.length}` : 'root query';
}

/** One row per pair (ours, its floor): medians over the rounds, and the ratio of req/s in each round with its median. */
export function pairRows(targets: Target[], measurements: Measurement[], rounds: number) {
  const mid = (key: string, field: keyof Omit<Measurement, 'target' | 'round'>) =>
    median(measurements.filter((m) => m.target === key).map((m) => m[field]));
  const row = (t: Target) => ({
    rps: mid(t.key, 'rps'),
    p50Ms: mid(t.key, 'p50Ms'),
    p99Ms: mid(t.key, 'p99Ms'),
    serverCpuMs: mid(t.key, 'serverCpuMs'),
    postgresCpuMs: mid(t.key, 'postgresCpuMs'),
    errors: measurements.filter((m) => m.target === t.key).reduce((sum, m) => sum + m.errors, 0),
  });
  const rpsIn = (t: Target, round: number) => measurements.find((m) => m.target === t.key && m.round === round)!.rps;
  const rows = [];
  for (let i = 0; i < targets.length; i += 2) {
    const [ours, floor] = [targets[i], targets[i + 1]];
    const ratios = Array.from({ length: rounds }, (_, r) => rpsIn(ours, r + 1) / rpsIn(floor, r + 1));
    rows.push({
      subgraph: ours.subgraph,
      query: ours.query,
      share: shareOf(ours.body),
      ours: row(ours),
      floor: row(floor),
      ratio: median(ratios),
      ratios,
    });
  }
  return rows;
}

export type PairRow = ReturnType<typeof pairRows>[number];

/** The rows as a Markdown table; a ratio under the target is marked. */
export function pairTable(rows: PairRow[]): string {
  const head = [
    'subgraph',
    'query',
    'request',
    'ours req/s',
    'floor req/s',
    'ours ÷ floor',
    'ours p50 / p99 ms',
    'floor p50 / p99 ms',
    'ours CPU ms/req',
    'floor CPU ms/req',
    'PostgreSQL ours / floor',
    'errors',
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows)
    lines.push(
      `| ${[
        r.subgraph,
        r.query,
        r.share,
        fixed(r.ours.rps, 0),
        fixed(r.floor.rps, 0),
        `${fixed(r.ratio)}${r.ratio >= TARGET_RATIO ? '' : ' (below 0.6)'} (${r.ratios.map((x) => fixed(x)).join(', ')})`,
        `${fixed(r.ours.p50Ms, 0)} / ${fixed(r.ours.p99Ms, 0)}`,
        `${fixed(r.floor.p50Ms, 0)} / ${fixed(r.floor.p99Ms, 0)}`,
        fixed(r.ours.serverCpuMs),
        fixed(r.floor.serverCpuMs),
        `${fixed(r.ours.postgresCpuMs)} / ${fixed(r.floor.postgresCpuMs)}`,
        `${r.ours.errors} / ${r.floor.errors}`,
      ].join(' | ')} |`,
    );
  return lines.join('\n');
}
