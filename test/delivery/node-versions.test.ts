import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { repoRoot } from '../../shared/repo-root';

/**
 * The Node.js versions package.json's `engines` promises are the ones every dependency
 * accepts, CI runs and the Docker image uses. A dependency upgrade that drops one of
 * them (as @graphql-tools/utils 12 did for Node 20 through @whatwg-node/promise-helpers 2,
 * or @apollo/gateway 2.15 for Node 22) fails here, by name, instead of as a warning of
 * `npm ci` or a failure on someone else's machine.
 */
const root = repoRoot();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
interface LockEntry {
  version?: string;
  engines?: Record<string, string> | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> };
const engines = pkg.engines.node;

/**
 * The other gateways `npm run bench` compares Doorstep with (bench/peers/): tools of the
 * benchmark, not of the product or its tests. Their own dependencies
 * (@whatwg-node/promise-helpers 2, sync-fetch …) declare Node 22.12 or 22.15 and later,
 * so on Node 20 `npm ci` warns about them; the benchmark still ran on Node 20 (bench/README.md).
 */
const BENCH_PEERS = ['@graphql-hive/gateway', '@graphql-hive/router-runtime'];

/** Where Node finds `name` required from the package at `from` (its own node_modules, then each parent's). */
function resolveIn(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const where = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[where]) return where;
    if (!dir) return undefined;
  }
}

/** Every installed package reachable from these top-level dependencies. */
function reachable(names: string[]): Set<string> {
  const seen = new Set<string>();
  const next = names.flatMap((name) => resolveIn('', name) ?? []);
  for (let where = next.pop(); where !== undefined; where = next.pop()) {
    if (seen.has(where)) continue;
    seen.add(where);
    const entry = lock.packages[where];
    const needs = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
    for (const name of Object.keys(needs)) {
      const found = resolveIn(where, name);
      if (found) next.push(found);
    }
  }
  return seen;
}

function conflicts(packages: Iterable<string>): string[] {
  return [...packages].flatMap((where) => {
    const entry = lock.packages[where];
    // `engines` is sometimes an old-style array, which npm ignores.
    const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (!wanted || !semver.validRange(wanted)) return [];
    return semver.subset(engines, wanted) ? [] : [`${where.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wanted}`];
  });
}

describe('supported Node.js versions', () => {
  it('engines names whole release lines: 20, 22 and 24, each from the release its dependencies need, and no later major', () => {
    expect(semver.validRange(engines)).not.toBeNull();
    const majors = [18, 19, 20, 21, 22, 23, 24, 25, 26].filter((m) => semver.intersects(engines, `${m}.x`));
    expect(majors).toEqual([20, 22, 24]);
    for (const major of majors) expect([major, semver.satisfies(`${major}.999.0`, engines)]).toEqual([major, true]);
  });

  it('every package the product, its build and its tests install accepts every Node version engines allows', () => {
    const used = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter((name) => !BENCH_PEERS.includes(name));
    const installed = reachable(used);
    // The walk follows what npm installed: every package in the lockfile is reached from some top-level one.
    const all = reachable([...used, ...BENCH_PEERS]);
    expect(Object.keys(lock.packages).filter((where) => where && !all.has(where))).toEqual([]);
    expect(conflicts(installed)).toEqual([]);
  });

  it("leaves out only the benchmark's peer gateways, which nothing but bench/peers/ uses", () => {
    for (const peer of BENCH_PEERS) expect([peer, pkg.devDependencies[peer] !== undefined]).toEqual([peer, true]);
    const users = (dir: string): string[] =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory()) return ['node_modules', 'dist', '.cache', '.git', '.data'].includes(entry.name) ? [] : users(relative);
        if (!/\.(?:ts|js|mjs|json|ya?ml|sh)$/.test(entry.name) || ['package.json', 'package-lock.json'].includes(relative)) return [];
        const text = fs.readFileSync(path.join(root, relative), 'utf8');
        return BENCH_PEERS.some((peer) => text.includes(peer)) || /\bhive-gateway\b/.test(text) ? [relative] : [];
      });
    const self = path.relative(root, __filename);
    expect(users('.').filter((file) => file !== self && !file.startsWith(`bench${path.sep}peers${path.sep}`))).toEqual([]);
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
