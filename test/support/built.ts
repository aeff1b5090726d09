import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Tests that run the services as real processes (`npm start`, a subgraph killed and
 * restarted) run the built code, as production does: it starts in a fraction of the
 * time ts-node needs to transpile every file again in each process. `npm test` builds
 * first; a run of some files alone builds here through `npm run build`'s own script
 * (scripts/build.cjs), which compiles only when the sources differ from the last
 * successful build, so no test runs stale code and an up-to-date tree costs nothing.
 */
export function ensureBuilt(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.cjs')], { cwd: ROOT, stdio: 'inherit' });
}

/** `dist/<relative>.js` for a source file `<relative>.ts`. */
export function builtScript(relative: string): string {
  return path.join(ROOT, 'dist', relative.replace(/\.ts$/, '.js'));
}
