import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../shared/config';
import { repoRoot } from '../../shared/schema/compose';

/**
 * Each stakeholder's subgraph stands alone: it may use the project's `shared/` code but
 * never another subgraph's, and `shared/` and the gateway import no subgraph at all.
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
  return [...text.matchAll(/(?:from|import\(|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((spec) => spec.startsWith('.'));
}

const root = repoRoot();

describe('code boundaries', () => {
  it.each([...SUBGRAPH_NAMES])('the %s subgraph imports only its own code and shared/', (name) => {
    const own = path.join(root, 'subgraphs', name);
    const offenders = sourceFiles(own).flatMap((file) =>
      importsOf(file)
        .map((spec) => path.resolve(path.dirname(file), spec))
        .filter((target) => !target.startsWith(own + path.sep) && !target.startsWith(path.join(root, 'shared') + path.sep))
        .map((target) => `${path.relative(root, file)} → ${path.relative(root, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each(['shared', 'gateway'])('%s/ imports no subgraph', (dir) => {
    const offenders = sourceFiles(path.join(root, dir)).flatMap((file) =>
      importsOf(file)
        .map((spec) => path.resolve(path.dirname(file), spec))
        .filter((target) => target.startsWith(path.join(root, 'subgraphs') + path.sep))
        .map((target) => `${path.relative(root, file)} → ${path.relative(root, target)}`),
    );
    expect(offenders).toEqual([]);
  });
});
