import { execFileSync } from 'node:child_process';
import { repoRoot } from '../../shared/repo-root';

/** The commit a bench ran on, marked when the work tree had uncommitted changes; undefined outside git. */
export function gitCommit(): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot(), encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot(), encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return undefined;
  }
}
