import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root, whether running from sources (ts) or from `dist/`: the folder that
 * holds supergraph.yaml. A module of its own, so that what only needs the root (the
 * launcher, the explorer's build check) does not load the composition libraries with it.
 */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'supergraph.yaml'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('supergraph.yaml not found above ' + __dirname);
    dir = up;
  }
  return dir;
}
