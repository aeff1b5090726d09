import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to `file` whole or not at all (a temporary file, then a rename), since
 * another process may be reading it; creates its folder. For caches: false, and nothing
 * left behind, when it cannot be written — the next start only works it out afresh.
 */
export function writeWholeFile(file: string, data: string): boolean {
  const temporary = `${file}.${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      /* its folder could not be made: there is nothing to remove */
    }
    return false;
  }
}
