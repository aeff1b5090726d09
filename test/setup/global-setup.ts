import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../shared/db/embedded';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { ensureDatabase } from '../../shared/db/ensure-database';
import { Client } from 'pg';
import { SUBGRAPHS } from '../../subgraphs';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { freePort } from '../support/free-port';
import { demoTemplateDatabase, templateDatabase, withDatabase } from '../support/databases';
import { TEST_START } from '../support/test-clock';
import { ManualClock } from '../../shared/clock';

/**
 * Starts the run's one PostgreSQL cluster (embedded, in a temp folder, never the dev
 * data) unless TEST_DATABASE_URL names a server, then prepares two template databases
 * per subgraph: migrated and empty, and migrated with the demo data seeded at the test
 * clock's start. Test files clone them (see test/support/databases.ts), so no file
 * seeds the demo itself.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), quiet: true, throwaway: true });
    (globalThis as Record<string, unknown>).__DOORSTEP_PG__ = { server, dataDir };
    serverUrl = server.url;
  }
  process.env.DOORSTEP_TEST_PG_URL = serverUrl;
  await Promise.all(
    Object.values(SUBGRAPHS).map(async (def) => {
      const url = withDatabase(serverUrl, templateDatabase(def.name));
      await dropIfExists(serverUrl, templateDatabase(def.name));
      await ensureDatabase(url);
      const { dataSource } = createSubgraphDataSource({ url, entities: def.entities, migrations: def.migrations, poolSize: 2 });
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
      await createDemoTemplate(serverUrl, def);
    }),
  );
}

/** The migrated template copied, then seeded with the demo data. */
async function createDemoTemplate(serverUrl: string, def: SubgraphDefinition): Promise<void> {
  const name = demoTemplateDatabase(def.name);
  await dropIfExists(serverUrl, name);
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase(def.name)}"`));
  const { dataSource } = createSubgraphDataSource({
    url: withDatabase(serverUrl, name),
    entities: def.entities,
    migrations: def.migrations,
    poolSize: 2,
  });
  await dataSource.initialize();
  await def.seedDemo(dataSource, new ManualClock(TEST_START));
  await dataSource.destroy();
}

async function admin<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropIfExists(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
