// Jest's transform for TypeScript: the JavaScript the build emitted for the same file
// (scripts/build.cjs: esbuild, file by file). Tests run exactly the code `npm start` runs,
// and nothing is transpiled a second time — which each jest worker otherwise did for the
// whole code base in a fresh clone.
// The build is made current once per test run, by `npm run build`'s own script
// (scripts/build.cjs, which compiles only when the sources changed): the first transform
// in jest's main process runs it (the global setup is transformed before anything else),
// and the workers, started after the global setup, inherit the mark.
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const outDir = path.join(root, 'dist');
const BUILT = 'DOORSTEP_TEST_BUILD_CURRENT';

function compiledOf(filename) {
  if (!process.env[BUILT]) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.cjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    process.env[BUILT] = '1';
  }
  const js = path.join(outDir, path.relative(root, filename)).replace(/\.ts$/, '.js');
  if (!fs.existsSync(js))
    throw new Error(`${path.relative(root, filename)} has no build at ${path.relative(root, js)}: is it in tsconfig.json's include?`);
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
