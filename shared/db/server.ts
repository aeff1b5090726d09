import path from 'node:path';
import { databaseUrlOf, SUBGRAPH_NAMES } from '../config';

/**
 * Where the subgraphs' databases live when no URL names them: the embedded PostgreSQL
 * of `npm start` (PG_DATA_DIR, default `.data/postgres` under the repository; PG_PORT,
 * default 5433). `npm start`, `npm run demo:scale` and `npm run bench:scale` all read it
 * here, so they work on the same databases.
 */
export interface EmbeddedLocation {
  dataDir: string;
  port: number;
}

export function embeddedLocation(root: string): EmbeddedLocation {
  return {
    dataDir: process.env.PG_DATA_DIR || path.join(root, '.data', 'postgres'),
    port: Number(process.env.PG_PORT || 5433),
  };
}

/** True unless DATABASE_URL (or every `<NAME>_DATABASE_URL`) names the server. */
export function needsEmbeddedPostgres(): boolean {
  return SUBGRAPH_NAMES.some((n) => !databaseUrlOf(n));
}
