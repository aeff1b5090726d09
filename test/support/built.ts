import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Tests that run the services as real processes (`npm start`, a subgraph killed and
 * restarted) run the built code, as production does. The test run makes the build
 * current before any test (test/setup/compiled-transform.cjs).
 * `dist/<relative>.js` for a source file `<relative>.ts`.
 */
export function builtScript(relative: string): string {
  return path.join(ROOT, 'dist', relative.replace(/\.ts$/, '.js'));
}
