import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';

/**
 * The floor plan, enforced. Each stakeholder's subgraph stands alone: it may use the
 * project's `shared/` code but never another subgraph's, and `shared/` and the gateway
 * import no subgraph at all. Inside a subgraph every team builds the same house: one
 * folder per aggregate with its module, the fixed folders below, and layers that only
 * point one way (resolver → service → entity → enums); everything that talks to another
 * stakeholder lives in `neighbours/`. Each failure names the file that breaks a rule.
 */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\(|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const root = repoRoot();
const rel = (file: string) => path.relative(root, file);
const sharedDir = path.join(root, 'shared');

/** Folders every subgraph may have besides its aggregates; each has one job. */
const FIXED_FOLDERS = ['access', 'analytics', 'demo', 'migrations', 'neighbours'];
/** The only files at a subgraph's root. */
const ROOT_FILES = ['index.ts', 'subgraph.ts', 'schema.graphql', 'README.md'];
/** The hand-over and look-up machinery: only `neighbours/` reaches another stakeholder. */
const CROSS_STAKEHOLDER = ['handover/internal-client', 'handover/relay', 'handover/outbox', 'handover/receiver'].map((m) =>
  path.join(sharedDir, m),
);

interface Import {
  file: string;
  target: string;
  spec: string;
}

function subgraphImports(name: string): Import[] {
  const own = path.join(root, 'subgraphs', name);
  return sourceFiles(own).flatMap((file) =>
    importsOf(file).map((spec) => ({ file, spec, target: spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec })),
  );
}

const describeImport = (i: Import) => `${rel(i.file)} → ${i.spec}`;
const kindOf = (file: string) => /\.(entity|enums|service|loaders|resolver|types|module)(\.ts)?$/.exec(path.basename(file))?.[1];

describe('code boundaries', () => {
  it.each([...SUBGRAPH_NAMES])('the %s subgraph imports only its own code and shared/', (name) => {
    const own = path.join(root, 'subgraphs', name);
    const offenders = subgraphImports(name)
      .filter((i) => i.spec.startsWith('.'))
      .filter((i) => !i.target.startsWith(own + path.sep) && !i.target.startsWith(sharedDir + path.sep))
      .map(describeImport);
    expect(offenders).toEqual([]);
  });

  it.each(['shared', 'gateway'])('%s/ imports no subgraph', (dir) => {
    const offenders = sourceFiles(path.join(root, dir)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.resolve(path.dirname(file), spec))
        .filter((target) => target.startsWith(path.join(root, 'subgraphs') + path.sep))
        .map((target) => `${rel(file)} → ${rel(target)}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe.each([...SUBGRAPH_NAMES])('the %s subgraph follows the floor plan', (name) => {
  const own = path.join(root, 'subgraphs', name);
  const entries = fs.readdirSync(own, { withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const aggregates = folders.filter((f) => !FIXED_FOLDERS.includes(f));
  const imports = subgraphImports(name);

  it('has at its root only index.ts, subgraph.ts, schema.graphql, README.md and folders', () => {
    expect(entries.filter((e) => e.isFile() && !ROOT_FILES.includes(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('has one module per aggregate folder (and neighbours/), and subgraph.ts lists modules only', () => {
    const withoutModule = [...aggregates, 'neighbours', 'analytics']
      .filter((f) => folders.includes(f))
      .filter((f) => !fs.readdirSync(path.join(own, f)).some((file) => file.endsWith('.module.ts')));
    expect(withoutModule).toEqual([]);
    const subgraphFile = path.join(own, 'subgraph.ts');
    const notAModule = importsOf(subgraphFile)
      .filter((spec) => spec.startsWith('./'))
      .filter((spec) => !/\.module$/.test(spec) && !spec.startsWith('./migrations/') && !spec.startsWith('./demo/'));
    expect(notAModule).toEqual([]);
  });

  it('names files by what they hold (no common/, .entities, .inputs, stats/)', () => {
    const misnamed = sourceFiles(own)
      .map(rel)
      .filter((f) => /\/(common|stats|refs)\//.test(f) || /\.(entities|inputs)\.ts$/.test(f));
    expect(misnamed).toEqual([]);
  });

  it('keeps every call to another stakeholder (hand-overs, look-ups) in neighbours/', () => {
    const outside = imports
      .filter((i) => !i.file.startsWith(path.join(own, 'neighbours') + path.sep))
      .filter((i) => CROSS_STAKEHOLDER.includes(i.target))
      .map(describeImport);
    expect(outside).toEqual([]);
  });

  it('points layers one way: enums import no entity, service, loader, resolver, types or module; an entity no service, loader or resolver; a service no resolver', () => {
    const backwards = imports
      .filter((i) => i.spec.startsWith('.'))
      .filter((i) => {
        const from = kindOf(i.file);
        const to = kindOf(i.target);
        if (from === 'enums') return ['entity', 'service', 'loaders', 'resolver', 'types', 'module'].includes(to ?? '');
        if (from === 'entity') return to === 'service' || to === 'loaders' || to === 'resolver' || to === 'module';
        if (from === 'service' || from === 'loaders') return to === 'resolver' || to === 'module';
        return false;
      })
      .map(describeImport);
    expect(backwards).toEqual([]);
  });

  it('keeps resolvers thin: no TypeORM, no SQL, no transactions, no list building', () => {
    const heavy = sourceFiles(own)
      .filter((file) => kindOf(file) === 'resolver')
      .flatMap((file) => {
        const text = fs.readFileSync(file, 'utf8');
        const found = [
          importsOf(file).includes('typeorm') && 'imports typeorm',
          /\bdataSource\b/.test(text) && 'uses the data source',
          /\.query\(|createQueryBuilder|\.transaction\(/.test(text) && 'runs SQL',
          /\bpaginate\(|defineList\(/.test(text) && 'builds a list query',
        ].filter(Boolean);
        return found.map((what) => `${rel(file)} ${String(what)}`);
      });
    expect(heavy).toEqual([]);
  });
});
