// Jest's transform for TypeScript: the JavaScript tsc emitted for the same file. `npm test`
// builds first, so tests run exactly the code `npm start` runs (decorator metadata from
// tsc's full type information included) and nothing is transpiled a second time — which
// each jest worker otherwise did for the whole code base in a fresh clone.
// A build missing or older than its source (a file edited, then `npx jest` run alone) is
// made first, once per process, by the same `npm run build` (scripts/build.cjs).
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const outDir = path.join(root, 'dist');
let built = false;

function compiledOf(filename) {
  const js = path.join(outDir, path.relative(root, filename)).replace(/\.ts$/, '.js');
  const current = () => fs.existsSync(js) && fs.statSync(js).mtimeMs >= fs.statSync(filename).mtimeMs;
  if (!current() && !built) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.cjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    built = true;
  }
  if (!current())
    throw new Error(`${path.relative(root, filename)} has no current build at ${path.relative(root, js)}: run \`npm run build\``);
  return js;
}

module.exports = {
  getCacheKey(sourceText, filename) {
    const js = compiledOf(filename);
    return crypto
      .createHash('sha256')
      .update(filename)
      .update('\0')
      .update(sourceText)
      .update('\0')
      .update(fs.readFileSync(js))
      .digest('hex');
  },
  process(_sourceText, filename) {
    const js = compiledOf(filename);
    // The map is handed over whole; the comment pointing at it would be read relative to the source.
    const code = fs.readFileSync(js, 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
    const map = fs.existsSync(`${js}.map`) ? fs.readFileSync(`${js}.map`, 'utf8') : undefined;
    return { code, map };
  },
};
