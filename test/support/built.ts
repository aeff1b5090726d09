import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['shared', 'gateway', 'subgraphs', 'scripts'];

/** Source files whose built `.js` is missing or older than the source. */
function staleSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return staleSources(full);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) return [];
    const built = builtScript(path.relative(ROOT, full));
    return fs.existsSync(built) && fs.statSync(built).mtimeMs >= fs.statSync(full).mtimeMs ? [] : [full];
  });
}

/**
 * Tests that run the services as real processes (`npm start`, a subgraph killed and
 * restarted) run the built code, as production does: it starts in a fraction of the
 * time ts-node needs to transpile every file again in each process. `npm test` builds
 * first; a run of some files alone builds here when any source is newer than its built
 * file (incremental, so only what changed), so no test runs stale code.
 */
export function ensureBuilt(): void {
  if (SOURCE_DIRS.every((dir) => staleSources(path.join(ROOT, dir)).length === 0)) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** `dist/<relative>.js` for a source file `<relative>.ts`. */
export function builtScript(relative: string): string {
  return path.join(ROOT, 'dist', relative.replace(/\.ts$/, '.js'));
}
