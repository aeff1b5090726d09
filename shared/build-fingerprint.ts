import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root';

/**
 * The fingerprint of the sources of the newest build in dist/, if scripts/build.cjs made
 * it (the content of every TypeScript file, tsconfig.json and the lockfile): what a start
 * may key a cache on that only this build's code and packages may use.
 */
export function buildFingerprint(): string | undefined {
  const marks = ['.build-fingerprint', '.emit-fingerprint', '.runtime-fingerprint']
    .map((name) => path.join(repoRoot(), 'dist', name))
    .filter((file) => fs.existsSync(file))
    .map((file) => ({ file, at: fs.statSync(file).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  const mark = marks.length > 0 ? fs.readFileSync(marks[0].file, 'utf8').trim() : '';
  return /^[0-9a-f]{64}$/.test(mark) ? mark : undefined;
}
