import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../repo-root';

interface Outcome {
  stats: { hits: number; added: number };
  graphql: string;
  pino: string;
  sameModule: boolean;
}

/** A process of its own (this one has resolved everything long ago) using the cache in `file` for `build`. */
function startWith(file: string, build: string): Outcome {
  const script = `
    const cache = require(${JSON.stringify(path.join(repoRoot(), 'dist', 'shared', 'server', 'resolution-cache.js'))});
    cache.useResolutionCache(${JSON.stringify(file)}, ${JSON.stringify(build)});
    const graphql = require('graphql');
    require('pino');
    const outcome = {
      stats: cache.resolutionCacheStats(),
      graphql: require.resolve('graphql'),
      pino: require.resolve('pino'),
      sameModule: graphql === require(require.resolve('graphql')),
    };
    cache.saveResolutionCache();
    console.log(JSON.stringify(outcome));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Outcome;
}

describe('the resolution cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-resolution-'));
  const file = path.join(dir, 'service.json');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const real = { graphql: require.resolve('graphql'), pino: require.resolve('pino') };

  let firstAdded = 0;

  it('resolves as Node does, and a later start of the same build reuses every answer', () => {
    const first = startWith(file, 'build-1');
    expect(first).toMatchObject({ ...real, sameModule: true });
    firstAdded = first.stats.added;
    expect(firstAdded).toBeGreaterThan(20); // graphql and pino require their own files
    const second = startWith(file, 'build-1');
    expect(second).toMatchObject({ ...real, sameModule: true });
    expect(second.stats.added).toBe(0);
    expect(second.stats.hits).toBeGreaterThanOrEqual(firstAdded);
  });

  it("ignores another build's cache", () => {
    const other = startWith(file, 'build-2');
    expect(other).toMatchObject({ ...real, stats: { added: firstAdded } });
  });

  it('resolves afresh a remembered file that is gone, and a cache it cannot read', () => {
    const read = () => JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; files: Record<string, string> };
    startWith(file, 'build-3');
    const saved = read();
    const ids = Object.keys(saved.files).filter((id) => saved.files[id] === real.graphql);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) saved.files[id] = path.join(dir, 'gone', 'index.js');
    fs.writeFileSync(file, JSON.stringify(saved));
    const after = startWith(file, 'build-3');
    expect(after).toMatchObject({ ...real, sameModule: true });
    expect(after.stats.added).toBeGreaterThan(0);
    expect(ids.map((id) => read().files[id])).toEqual(ids.map(() => real.graphql));
    fs.writeFileSync(file, '{ not json');
    expect(startWith(file, 'build-3')).toMatchObject({ ...real, stats: { added: firstAdded } });
  });
});
