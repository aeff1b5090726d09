import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../shared/db/embedded';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { ensureDatabase } from '../../shared/db/ensure-database';
import { SUBGRAPHS } from '../../subgraphs';
import { freePort } from '../support/free-port';
import { templateDatabase, withDatabase } from '../support/databases';

/**
 * Starts the run's one PostgreSQL cluster (embedded, in a temp folder, never the dev
 * data) unless TEST_DATABASE_URL names a server, then migrates one template database
 * per subgraph. Test files clone the templates (see test/support/databases.ts).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), quiet: true });
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
    }),
  );
}

async function dropIfExists(serverUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
