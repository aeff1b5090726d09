import { DataSource } from 'typeorm';
import { loadTrust, type ServiceTrust } from '../auth/trust';
import { databaseUrlOf, metricsSettings, portOf } from '../config';
import { systemClock } from '../clock';
import { createSubgraphDataSource } from '../db/data-source';
import { ensureDatabase } from '../db/ensure-database';
import { seedDemoOnce } from '../demo/seed-once';
import { schemaCacheFromEnv } from '../schema/schema-cache';
import { startTracing, stopTracing } from '../observability/tracing';
import { installStopHandlers, onStop } from './lifecycle';
import { logger } from './logger';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraphService, SubgraphService } from './subgraph-service';

/** Opens a subgraph's database (creating it if missing) and brings its schema up to date. */
export async function openDatabase(def: SubgraphDefinition, url: string, migrate: boolean): Promise<DataSource> {
  await ensureDatabase(url);
  const { dataSource } = createSubgraphDataSource({ url, entities: def.entities, migrations: def.migrations });
  await dataSource.initialize();
  if (migrate) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * A subgraph's `main`: keys checked first (production refuses dev or bad keys before it
 * connects to anything), then the database from `<NAME>_DATABASE_URL` or `DATABASE_URL`,
 * migrations unless `MIGRATE_ON_START=false`, demo data when `SEED_DEMO=true` (once per build:
 * shared/demo/seed-once.ts), port from
 * `<NAME>_PORT`.
 */
export async function runSubgraphFromEnv(def: SubgraphDefinition, trust: ServiceTrust = loadTrust(def.name)): Promise<SubgraphService> {
  installStopHandlers();
  // A bad METRICS_TOKEN stops the start here, before the database is touched, like a bad key.
  metricsSettings();
  // Before the database: with tracing on, the pool's connections trace their statements.
  if (startTracing(def.name)) logger.info({ subgraph: def.name }, 'tracing on');
  const url = databaseUrlOf(def.name);
  if (!url)
    throw new Error(`No database for ${def.name}: set DATABASE_URL or ${def.name.toUpperCase()}_DATABASE_URL (npm start sets it for you)`);
  // The database's work (connecting, migrations, the demo) goes on in PostgreSQL while this
  // process builds the schema, its own CPU work of start-up; then both are awaited.
  const began = performance.now();
  const since = () => Math.round(performance.now() - began);
  const opening = openDatabase(def, url, process.env.MIGRATE_ON_START !== 'false').then(async (dataSource) => {
    logger.debug({ subgraph: def.name, ms: since() }, 'database open, migrations applied');
    if (process.env.SEED_DEMO === 'true') {
      const outcome = await seedDemoOnce(def, dataSource, systemClock);
      logger.debug({ subgraph: def.name, ms: since(), outcome }, 'demo data');
    }
    return dataSource;
  });
  opening.catch(() => undefined); // awaited below, after the schema: no unhandled rejection meanwhile
  const schema = await def.buildSchema(schemaCacheFromEnv());
  logger.debug({ subgraph: def.name, ms: since() }, 'schema built');
  const dataSource = await opening;
  const service = await startSubgraphService(
    {
      name: def.name,
      schema,
      dataSource,
      trust,
      workers: def.workers?.(dataSource, systemClock),
      routes: def.routes ? (context) => def.routes!(context) : undefined,
    },
    portOf(def.name),
  );
  onStop(async () => {
    await service.stop();
    await dataSource.destroy();
    await stopTracing();
  });
  logger.info({ subgraph: def.name, url: service.url }, 'ready');
  return service;
}
