import 'reflect-metadata';
import { Client } from 'pg';
import { databaseUrlOf, STAKEHOLDER_NAMES, type StakeholderName } from '../shared/config';
import { withSecondaryStructuresDropped } from '../shared/db/bulk-load';
import { startEmbeddedPostgres, type EmbeddedServer } from '../shared/db/embedded';
import { embeddedLocation, needsEmbeddedPostgres } from '../shared/db/server';
import { DEFAULT_SCALE_UNTIL, isScaleIdSql, scaleTotals, type ScaleDatabase, type ScalePlan } from '../shared/demo/scale-plan';
import { repoRoot } from '../shared/repo-root';
import { openDatabase } from '../shared/server/run-subgraph';
import { SUBGRAPHS } from '../subgraphs';
import { seedCommitteeScale } from '../subgraphs/committee/demo/scale';
import { seedEnterpriseScale } from '../subgraphs/enterprise/demo/scale';
import { seedPartyScale } from '../subgraphs/party/demo/scale';
import { seedPropertyScale } from '../subgraphs/property/demo/scale';

/**
 * `npm run demo:scale -- --compounds 500 [--seed 1] [--until 2026-12-01] [--force]`:
 * a street-office district (shared/demo/scale-plan.ts; bench/README.md, "District
 * scale") generated into the four subgraphs' databases — the ones `npm start` uses — in
 * bulk SQL, one transaction per database. Scale data already there is replaced; any other
 * data (the demo, your own) makes it refuse unless --force, which empties the databases.
 */

/** The table each subgraph's data hangs from: a row here that is not a scale id means other data. */
const ROOTS: Record<StakeholderName, string> = {
  party: 'compound',
  committee: 'owners_committee',
  property: 'property_company',
  enterprise: 'social_enterprise',
};
/** Tables that are not data: migrations' bookkeeping, replay protection, rows the migrations seed. */
const KEEP = ['migrations', 'seen_service_assertion', 'meal_price_tier'];

const BULK_SETTINGS = { wal_level: 'minimal', max_wal_senders: '0', max_wal_size: '16GB', checkpoint_timeout: '30min' };

export interface ScaleOptions extends ScalePlan {
  force: boolean;
  log?: (line: string) => void;
}

export class RefusedError extends Error {}

function parseArgs(argv: string[]): ScaleOptions {
  const options: ScaleOptions = { compounds: 500, seed: 1, until: DEFAULT_SCALE_UNTIL, force: false };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (name === '--compounds') options.compounds = Number(value());
    else if (name === '--seed') options.seed = Number(value());
    else if (name === '--until') options.until = value();
    else if (name === '--force') options.force = true;
    else throw new RefusedError(`Unknown argument ${argv[i]}: --compounds N, --seed N, --until YYYY-MM-01, --force`);
  }
  if (!Number.isInteger(options.compounds) || options.compounds < 1 || options.compounds > 20_000)
    throw new RefusedError('--compounds must be a whole number from 1 to 20000');
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 1_000_000)
    throw new RefusedError('--seed must be a whole number from 0 to 1000000');
  if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(options.until)) throw new RefusedError('--until must be the first of a month, YYYY-MM-01');
  return options;
}

function database(client: Client, name: StakeholderName, log: (line: string) => void): ScaleDatabase {
  return {
    query: async <R>(sql: string, params?: unknown[]) => {
      const started = Date.now();
      const { rows } = await client.query(sql, params);
      const seconds = (Date.now() - started) / 1000;
      // Temp tables of millions of rows take time too: name the slow ones.
      if (seconds >= 1) log(`${name}: ${/^\s*(\S+\s+\S+\s+\S+\s+\S+)/.exec(sql)?.[1] ?? 'query'}: ${seconds.toFixed(1)} s`);
      return rows as R[];
    },
    step: async (label, sql, params) => {
      const started = Date.now();
      const result = await client.query(sql, params);
      const rows = result.rowCount ?? 0;
      log(`${name}: ${label}: ${rows.toLocaleString('en')} rows, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return rows;
    },
    bulk: async (tables, load) => {
      let built = 0;
      await withSecondaryStructuresDropped(client, tables, async () => {
        await load();
        built = Date.now();
      });
      log(`${name}: indexes and constraints of ${tables.join(', ')} built in ${((Date.now() - built) / 1000).toFixed(1)} s`);
    },
  };
}

/** Empties a database's data tables: TRUNCATE, except the tables a kept table refers to, which are emptied row by row. */
async function clear(client: Client): Promise<void> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  const { rows: edges } = await client.query<{ from: string; to: string }>(
    `SELECT conrelid::regclass::text AS from, confrelid::regclass::text AS to FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  const referenced = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if ((KEEP.includes(e.from) || referenced.has(e.from)) && !referenced.has(e.to) && !KEEP.includes(e.to)) {
        referenced.add(e.to);
        grew = true;
      }
    }
  }
  const truncate = tables.map((t) => t.name).filter((t) => !KEEP.includes(t) && !referenced.has(t));
  if (truncate.length) await client.query(`TRUNCATE ${truncate.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY`);
  if (tables.some((t) => t.name === 'meal_price_tier')) await client.query('DELETE FROM meal_price_tier WHERE outlet_id IS NOT NULL');
  // Referencing tables first.
  const pending = new Set(referenced);
  while (pending.size) {
    const next = [...pending].find((t) => !edges.some((e) => e.to === t && pending.has(e.from) && e.from !== t));
    if (!next) throw new Error(`Cannot order the deletes of ${[...pending].join(', ')}`);
    await client.query(`DELETE FROM "${next}"`);
    pending.delete(next);
  }
}

/** Generates the district into the four databases named by `urls` (each migrated already). */
export async function generateScale(urls: Record<StakeholderName, string>, options: ScaleOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(`[scale] ${line}`));
  const plan: ScalePlan = { compounds: options.compounds, seed: options.seed, until: options.until };
  const clients = {} as Record<StakeholderName, Client>;
  try {
    for (const name of STAKEHOLDER_NAMES) {
      clients[name] = new Client({ connectionString: urls[name] });
      await clients[name].connect();
    }
    for (const name of STAKEHOLDER_NAMES) {
      const { rows } = await clients[name].query<{ other: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM ${ROOTS[name]} WHERE NOT ${isScaleIdSql('id')}) AS other`,
      );
      if (rows[0].other && !options.force)
        throw new RefusedError(
          `The ${name} database holds data other than a generated district (e.g. the demo). ` +
            'Use an empty database (another PG_DATA_DIR or DATABASE_URL), or --force to empty these four databases first.',
        );
    }
    for (const name of STAKEHOLDER_NAMES) {
      const c = clients[name];
      await c.query('BEGIN');
      // A running service holds no lock, but one mid-request would stall the TRUNCATE: fail fast instead.
      await c.query(`SET LOCAL lock_timeout = '10s'`);
      await c.query(`SET LOCAL work_mem = '256MB'`);
      await c.query(`SET LOCAL maintenance_work_mem = '1GB'`);
      await c.query(`SET LOCAL synchronous_commit = off`);
      await clear(c);
      await c.query(`SET LOCAL lock_timeout = 0`);
    }
    const db = (name: StakeholderName) => database(clients[name], name, log);
    await Promise.all([
      seedPartyScale(db('party'), plan),
      seedPropertyScale(db('property'), plan),
      seedEnterpriseScale(db('enterprise'), plan).then((rebates) => seedCommitteeScale(db('committee'), plan, rebates)),
    ]);
    for (const name of STAKEHOLDER_NAMES) await clients[name].query('COMMIT');
    const committed = Date.now();
    // Visibility maps and statistics now, so the first queries neither write hint bits nor plan blind.
    await Promise.all(STAKEHOLDER_NAMES.map((name) => clients[name].query('VACUUM (ANALYZE)')));
    log(`committed; vacuumed and analysed in ${((Date.now() - committed) / 1000).toFixed(1)} s`);
  } catch (error) {
    for (const c of Object.values(clients)) await c.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    for (const c of Object.values(clients)) await c.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let server: EmbeddedServer | undefined;
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stop().then(() => process.exit(143)));
  try {
    if (needsEmbeddedPostgres()) {
      const { dataDir, port } = embeddedLocation(repoRoot());
      console.log(`[scale] embedded PostgreSQL on port ${port}, data in ${dataDir}`);
      // This start only: the load writes tables it truncated in its own transaction, which PostgreSQL
      // then need not write to the WAL at all (wal_level minimal); `npm start` runs with the defaults again.
      server = await startEmbeddedPostgres({ dataDir, port, quiet: true, settings: BULK_SETTINGS });
      process.env.DATABASE_URL = server.url;
    }
    const urls = {} as Record<StakeholderName, string>;
    for (const name of STAKEHOLDER_NAMES) {
      urls[name] = databaseUrlOf(name)!;
      await (await openDatabase(SUBGRAPHS[name], urls[name], true)).destroy();
    }
    const t = scaleTotals(options.compounds);
    console.log(
      `[scale] ${t.compounds} compounds, ${t.households} households, ${t.residents} residents, ${t.reports} issue reports, ${t.workOrders} work orders, ` +
        `${t.meals} meals, ${t.vegOrders} veg orders, ${t.fundEntries} fund entries; seed ${options.seed}, two years to ${options.until}`,
    );
    await generateScale(urls, options);
    console.log(`[scale] done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof RefusedError ? error.message : error);
    process.exit(1);
  });
}
