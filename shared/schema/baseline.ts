import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import YAML from 'yaml';
import { diffSchemas, type SchemaChange } from './changes';
import { composeApiSchema, printSdl, readSupergraphConfig } from './compose';
import { repoRoot } from '../repo-root';

/**
 * The schema baseline: each subgraph's SDL and the supergraph's API schema as last
 * accepted, committed under schema/baseline/. `npm run schema:check` compares what the
 * code builds now with it; `npm run schema:accept` moves it, but only when every
 * breaking change has a reason in schema/accepted-changes.yaml.
 */
export const SUPERGRAPH = 'supergraph';
export const BASELINE_DIR = 'schema/baseline';
export const ACCEPTED_FILE = 'schema/accepted-changes.yaml';

/** Schema name → SDL: each subgraph's printed SDL (all of it: the gateway depends on it) and `supergraph`, the API schema. */
export type SchemaSet = Record<string, string>;

/** A breaking change made on purpose, with its reason: an entry of schema/accepted-changes.yaml. */
export interface AcceptedChange {
  change: string;
  schemas: string[];
  reason: string;
  date: string;
}

/** The schemas as the code builds them now (not the committed SDL files, which may be stale). */
export async function currentSchemas(build: (name: string) => Promise<GraphQLSchema>, root = repoRoot()): Promise<SchemaSet> {
  const set: SchemaSet = {};
  for (const name of Object.keys(readSupergraphConfig(root).subgraphs)) set[name] = printSdl(await build(name));
  set[SUPERGRAPH] = composeApiSchema((name) => set[name], root);
  return set;
}

export function readBaseline(root = repoRoot()): SchemaSet {
  const dir = path.join(root, BASELINE_DIR);
  if (!fs.existsSync(dir)) return {};
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  return Object.fromEntries(files.map((f) => [f.replace(/\.graphql$/, ''), fs.readFileSync(path.join(dir, f), 'utf8')]));
}

export function writeBaseline(set: SchemaSet, root = repoRoot()): void {
  const dir = path.join(root, BASELINE_DIR);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.graphql') && !(f.replace(/\.graphql$/, '') in set)) fs.rmSync(path.join(dir, f));
  for (const [name, sdl] of Object.entries(set)) fs.writeFileSync(path.join(dir, `${name}.graphql`), sdl);
}

export function readAcceptedChanges(root = repoRoot()): AcceptedChange[] {
  const file = path.join(root, ACCEPTED_FILE);
  return fs.existsSync(file) ? parseAcceptedChanges(fs.readFileSync(file, 'utf8')) : [];
}

/** The accepted-changes file, refused whole when an entry lacks its change, schemas, reason or date. */
export function parseAcceptedChanges(text: string): AcceptedChange[] {
  const entries: unknown = YAML.parse(text) ?? [];
  if (!Array.isArray(entries)) throw new Error(`${ACCEPTED_FILE} must be a list of entries`);
  return entries.map((entry: Partial<Record<keyof AcceptedChange, unknown>>, i) => {
    const problems = [
      typeof entry?.change === 'string' && entry.change.trim() ? '' : 'a `change`',
      Array.isArray(entry?.schemas) && entry.schemas.length && entry.schemas.every((s) => typeof s === 'string')
        ? ''
        : 'a list of `schemas`',
      typeof entry?.reason === 'string' && entry.reason.trim() && !entry.reason.startsWith('TODO') ? '' : 'a `reason`',
      typeof entry?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? '' : 'a `date` (YYYY-MM-DD)',
    ].filter(Boolean);
    if (problems.length) throw new Error(`${ACCEPTED_FILE}, entry ${i + 1}: needs ${problems.join(', ')}`);
    return entry as AcceptedChange;
  });
}

export interface SchemaCheck {
  /** Every change, by schema, breaking first. */
  changes: (SchemaChange & { accepted?: AcceptedChange })[];
  /** Breaking changes without a reason in the accepted-changes file: the check fails on these. */
  unaccepted: SchemaChange[];
  /** The baseline is exactly what the code builds (otherwise `npm run schema:accept` is due). */
  upToDate: boolean;
}

const LEVEL_ORDER = { breaking: 0, dangerous: 1, safe: 2 } as const;

export function checkSchemas(baseline: SchemaSet, current: SchemaSet, accepted: AcceptedChange[]): SchemaCheck {
  const names = [...new Set([...Object.keys(current), ...Object.keys(baseline)])];
  const changes = names.flatMap((schema): SchemaChange[] => {
    if (!(schema in baseline)) return [{ schema, level: 'safe', change: `the ${schema} schema is new (no baseline yet)` }];
    if (!(schema in current))
      return [
        { schema, level: 'breaking', change: `the ${schema} schema was removed`, advice: 'The gateway and its clients lose all of it.' },
      ];
    return diffSchemas(schema, baseline[schema], current[schema]).sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  });
  const withReasons = changes.map((c) => {
    const entry = c.level === 'breaking' ? accepted.find((a) => a.change === c.change && a.schemas.includes(c.schema)) : undefined;
    return entry ? { ...c, accepted: entry } : c;
  });
  return {
    changes: withReasons,
    unaccepted: withReasons.filter((c) => c.level === 'breaking' && !('accepted' in c)),
    upToDate: names.every((name) => baseline[name] === current[name]),
  };
}

/** The check in plain words, ending with what to do next (for `accept`, only when it cannot). */
export function formatCheck(check: SchemaCheck, today: string, command: 'check' | 'accept' = 'check'): string {
  const lines = check.changes.flatMap((c) => {
    const line = `${c.level}: ${c.change} (${c.schema})`;
    if (c.accepted) return [`${line} — accepted ${c.accepted.date}: ${c.accepted.reason}`];
    return c.advice ? [line, `    ${c.advice}`] : [line];
  });
  if (check.unaccepted.length) {
    const entries = new Map<string, string[]>();
    for (const c of check.unaccepted) entries.set(c.change, [...(entries.get(c.change) ?? []), c.schema]);
    const snippet = YAML.stringify(
      [...entries].map(([change, schemas]) => ({
        change,
        schemas,
        reason: 'TODO: why no client breaks, or how clients were told',
        date: today,
      })),
    );
    lines.push(
      '',
      `✗ ${check.unaccepted.length} breaking change(s) without a reason. Avoid them as advised above (deprecate first, remove later),`,
      `  or, when the removal is due or the change must ship now, add to ${ACCEPTED_FILE}`,
      '',
      snippet.trimEnd().replace(/^/gm, '    '),
      '',
      `  with the reason filled in, run \`npm run schema:accept\`, and commit ${ACCEPTED_FILE} and ${BASELINE_DIR}/.`,
    );
  } else if (!check.upToDate && command === 'check') {
    lines.push(
      '',
      `✓ No unaccepted breaking change. ${BASELINE_DIR}/ is behind the code: run \`npm run schema:accept\` and commit it with your change.`,
    );
  } else if (check.upToDate) {
    lines.push(`✓ The schemas match ${BASELINE_DIR}/.`);
  }
  return lines.join('\n');
}
