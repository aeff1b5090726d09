import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { repoRoot } from '../../shared/schema/compose';

/**
 * The Node.js versions package.json's `engines` promises are the ones every dependency
 * accepts, CI runs and the Docker image uses. A dependency upgrade that drops one of
 * them (as @graphql-tools/utils 12 did for Node 20 through @whatwg-node/promise-helpers 2,
 * or @apollo/gateway 2.15 for Node 22) fails here, by name, instead of as a warning of
 * `npm ci` or a failure on someone else's machine.
 */
const root = repoRoot();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[] }>;
};
const engines = pkg.engines.node;

describe('supported Node.js versions', () => {
  it('engines names whole release lines: 20, 22 and 24, each from the release its dependencies need, and no later major', () => {
    expect(semver.validRange(engines)).not.toBeNull();
    const majors = [18, 19, 20, 21, 22, 23, 24, 25, 26].filter((m) => semver.intersects(engines, `${m}.x`));
    expect(majors).toEqual([20, 22, 24]);
    for (const major of majors) expect([major, semver.satisfies(`${major}.999.0`, engines)]).toEqual([major, true]);
  });

  it('every installed package accepts every Node version engines allows', () => {
    const conflicts = Object.entries(lock.packages).flatMap(([where, entry]) => {
      // `engines` is sometimes an old-style array, which npm ignores.
      const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (!where || !wanted || !semver.validRange(wanted)) return [];
      return semver.subset(engines, wanted) ? [] : [`${where.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wanted}`];
    });
    expect(conflicts).toEqual([]);
  });

  it('the machine running the tests, the smoke test of .ci/run and the Docker image use supported versions', () => {
    expect(semver.satisfies(process.version, engines)).toBe(true);
    const smoke = /node dist\/scripts\/smoke\.js((?: \d+)+)(?=\s)/.exec(read('.ci/run'));
    expect(smoke).not.toBeNull();
    const smokeMajors = smoke![1].trim().split(' ').map(Number);
    expect(smokeMajors).toEqual([22, 24]);
    for (const major of smokeMajors) expect([major, semver.intersects(engines, `${major}.x`)]).toEqual([major, true]);
    const images = [...read('Dockerfile').matchAll(/^FROM\s+node:(\d+)\S*/gm)].map((m) => Number(m[1]));
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const major of images) expect([major, semver.intersects(engines, `${major}.x`)]).toEqual([major, true]);
  });

  it("types Node's API as the oldest supported line has it, so the code uses nothing newer", () => {
    expect(semver.minVersion(pkg.devDependencies['@types/node'])!.major).toBe(semver.minVersion(engines)!.major);
  });
});
