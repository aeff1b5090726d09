import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { SubgraphName } from '../../shared/config';

/** The subgraph's migrated, empty template. */
export function templateDatabase(name: SubgraphName): string {
  return `tpl_${name}`;
}

/** The same with the demo data seeded (at TEST_START), for files that start from the demo. */
export function demoTemplateDatabase(name: SubgraphName): string {
  return `tpl_${name}_demo`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function testServerUrl(): string {
  const url = process.env.DOORSTEP_TEST_PG_URL;
  if (!url) throw new Error('DOORSTEP_TEST_PG_URL is not set: run the tests with `npm test` (jest global setup)');
  return url;
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: a copy of the subgraph's migrated template, empty or with the demo. */
export async function cloneTemplate(name: SubgraphName, content: 'empty' | 'demo' = 'empty'): Promise<string> {
  const template = content === 'demo' ? demoTemplateDatabase(name) : templateDatabase(name);
  const database = `t_${name}_${randomBytes(5).toString('hex')}`;
  await admin(async (client) => {
    // Two files cloning one template at the same instant can collide; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        // FILE_COPY copies the template's files; the default (WAL_LOG, PostgreSQL 15+) writes
        // every page through the WAL, about 0.15 s more CPU per copy, four copies a stack.
        await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}" STRATEGY FILE_COPY`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return withDatabase(testServerUrl(), database);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
