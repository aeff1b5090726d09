import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../repo-root';

describe('loadPg', () => {
  it("loads pg without Node's fetch machinery, and leaves the globals as they were", () => {
    // A process of its own: this one has long loaded pg and perhaps fetch.
    const script = `
      const hadNavigator = 'navigator' in globalThis;
      require(${JSON.stringify(path.join(repoRoot(), 'dist', 'shared', 'db', 'load-pg.js'))}).loadPg();
      console.log(JSON.stringify({
        pgLoaded: Object.keys(require.cache).some((f) => /node_modules\\/pg\\/lib\\/index\\.js$/.test(f)),
        fetchLoaded: process.moduleLoadList.some((m) => m.includes('undici')),
        navigatorAsBefore: ('navigator' in globalThis) === hadNavigator,
      }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<string, boolean>;
    expect(out).toEqual({ pgLoaded: true, fetchLoaded: false, navigatorAsBefore: true });
  });
});
