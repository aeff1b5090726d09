import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { writeWholeFile } from '../write-whole-file';

/**
 * A service's module resolution, remembered across starts. Each service process loads
 * some 1,300 modules, and Node finds each one's file afresh on every start — walking
 * node_modules folders, reading package.json `exports` — a sixth of a service's start-up
 * CPU (0.23 s of party's 1.3, 0.30 s of the gateway's 2.0). Which file a `require` names
 * depends only on the requiring folder, the request and what is on disk, so a start of
 * the same build (the fingerprint covers the sources and the lockfile) on the same Node
 * can reuse the answers of the last one. A remembered file that is gone is resolved
 * again; a cache of another build, Node or machine is ignored. Nothing else changes:
 * Node still loads, compiles and runs every module.
 *
 * On only where the launcher says so (`RESOLUTION_CACHE`: the file), so tests and
 * production resolve as Node does.
 */

interface ModuleInternals {
  _resolveFilename: (this: unknown, request: string, parent: { path?: string } | undefined, isMain: boolean, options?: unknown) => string;
}

interface Saved {
  key: string;
  files: Record<string, string>;
}

const internals = Module as unknown as ModuleInternals;
let installed: { file: string; key: string; files: Record<string, string>; added: number; hits: number } | undefined;

/** Starts remembering (and reusing) resolutions in `file`, for the build named `build`. */
export function useResolutionCache(file: string, build: string): void {
  if (installed) return;
  const key = [build, process.version, process.execPath, process.platform, process.arch].join(' ');
  let files: Record<string, string> = Object.create(null) as Record<string, string>;
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Saved;
    if (saved.key === key) files = Object.assign(files, saved.files);
  } catch {
    /* none yet, or unreadable: start empty */
  }
  const state = { file, key, files, added: 0, hits: 0 };
  installed = state;
  const resolve = internals._resolveFilename;
  internals._resolveFilename = function (request, parent, isMain, options) {
    // `require.resolve(x, { paths })` and the main module: as Node does.
    if (options !== undefined || isMain || !parent?.path) return resolve.call(this, request, parent, isMain, options);
    const id = `${parent.path}\0${request}`;
    const known = state.files[id];
    // A built-in module's name has no file; any other answer must still be on disk.
    if (known !== undefined && (!path.isAbsolute(known) || fs.existsSync(known))) {
      state.hits++;
      return known;
    }
    const found = resolve.call(this, request, parent, isMain, options);
    state.files[id] = found;
    state.added++;
    return found;
  };
}

/** How many resolutions came from the cache, and how many were new (for tests and benches). */
export function resolutionCacheStats(): { hits: number; added: number } | undefined {
  return installed && { hits: installed.hits, added: installed.added };
}

/** Writes what this process resolved so far (after its start), if anything was new. */
export function saveResolutionCache(): void {
  if (!installed || installed.added === 0) return;
  const { file, key, files } = installed;
  if (writeWholeFile(file, JSON.stringify({ key, files } satisfies Saved))) installed.added = 0;
}
