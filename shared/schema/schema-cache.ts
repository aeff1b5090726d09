import fs from 'node:fs';
import { buildFingerprint } from '../build-fingerprint';
import { writeWholeFile } from '../write-whole-file';

/**
 * A subgraph's federated schema, remembered across starts of the same build. Turning the
 * type-graphql schema into a Federation 2 subgraph (@apollo/subgraph's
 * `buildSubgraphSchema`: @apollo/federation-internals parses, validates and prints it
 * twice) was a quarter of each subgraph's start-up CPU, and loading
 * federation-internals another tenth — the same work for the same answer on every
 * start, since the result depends only on the code and the packages. The build's
 * fingerprint covers both (every TypeScript file and the lockfile), so a start of the
 * same build reads the printed result instead (shared/schema/build-subgraph-schema.ts).
 *
 * On only where `npm start`'s launcher says so (`SCHEMA_CACHE`: the file), like the
 * resolution cache: tests and production build every schema as Apollo does.
 */
export interface SchemaCache {
  file: string;
  /** What the saved schema must have been built from: the build's fingerprint. */
  key: string;
}

/** What a build of the same key may reuse. */
export interface SavedSubgraphSchema {
  /** The subgraph's SDL as `_service { sdl }` answers it, for the gateway's composition. */
  sdl: string;
  /** The executable schema's types, printed with their directives, before any resolver. */
  schema: string;
}

/** The cache `npm start` gave this process (`SCHEMA_CACHE`), keyed on the build in dist/; none without either. */
export function schemaCacheFromEnv(): SchemaCache | undefined {
  const file = process.env.SCHEMA_CACHE;
  const key = file ? buildFingerprint() : undefined;
  return file && key ? { file, key } : undefined;
}

/** The saved schema for `cache.key`, if there is one (none, another key, unreadable: undefined). */
export function readSchemaCache(cache: SchemaCache): SavedSubgraphSchema | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(cache.file, 'utf8')) as Partial<SavedSubgraphSchema & { key: string }>;
    if (saved.key !== cache.key || typeof saved.sdl !== 'string' || typeof saved.schema !== 'string') return undefined;
    return { sdl: saved.sdl, schema: saved.schema };
  } catch {
    return undefined;
  }
}

/** Saves `schema` for the next start of the same build; a failure only costs that start the full build. */
export function writeSchemaCache(cache: SchemaCache, schema: SavedSubgraphSchema): void {
  writeWholeFile(cache.file, JSON.stringify({ key: cache.key, ...schema }));
}
