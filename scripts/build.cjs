// `npm run build` (so `npm test`): tsc's type check, the emit, then the explorer's browser files.
// `--fast` (`npm start`): the emit alone, of what `npm start` runs, without the type check;
// `--run <script>` then runs the script (the launcher) in the same process.
//
// The emit is esbuild's, file by file (no bundle): the JavaScript of every TypeScript file,
// tests and benches included, in about a second. tsc only checks (`--noEmit`). That is safe
// because nothing reads decorator metadata: `emitDecoratorMetadata` is off in tsconfig.json,
// so every decorator names its type (`@Field(() => …)`, `@Column({ type })`, `@Args(() => …)`)
// and type-graphql or TypeORM fail at start-up on one that does not. The whole test suite
// runs this emit, the same JavaScript `npm start` runs. (tsc's emit of the same program needed
// ~10 s of CPU on one core, most of it the type information the metadata took.)
//
// Each step runs only when its inputs changed: the fingerprint is the content of every
// TypeScript file, tsconfig.json and the lockfile. `dist/.emit-fingerprint` names the sources
// last emitted (`.runtime-fingerprint` by `--fast`), `dist/.build-fingerprint` those last
// type-checked too; each is written only after its step succeeded, so a failed build is
// never taken for done. Even with nothing to do, tsc's own incremental check parses every
// declaration file in node_modules (~10 s of CPU), which a second `npm start` should not
// pay. Plain CommonJS: it must run before anything is built. `--force` builds regardless.
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
const excluded = new Set((tsconfig.exclude ?? []).map((dir) => path.join(root, dir)));
const fingerprintFile = path.join(root, 'dist', '.build-fingerprint');
/** The sources last emitted, every file. */
const emittedFile = path.join(root, 'dist', '.emit-fingerprint');
/** The sources last emitted by `--fast`: what `npm start` runs. */
const runtimeFile = path.join(root, 'dist', '.runtime-fingerprint');
const force = process.argv.includes('--force');
const fast = process.argv.includes('--fast');

function sources(dir) {
  if (excluded.has(dir) || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
}

function fingerprint(files) {
  const hash = createHash('sha256');
  for (const file of [...files, path.join(root, 'tsconfig.json'), path.join(root, 'package-lock.json')])
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** esbuild's JavaScript of every TypeScript file, into dist/ beside tsc's layout; fails on syntax errors. */
function emit(files) {
  const esbuild = require('esbuild');
  try {
    esbuild.buildSync({
      entryPoints: files.filter((file) => !file.endsWith('.d.ts')),
      outdir: path.join(root, 'dist'),
      outbase: root,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcemap: true,
      // experimentalDecorators and useDefineForClassFields: false come from here.
      tsconfig: path.join(root, 'tsconfig.json'),
      // TypeScript's CommonJS says so; esbuild's leaves it to the (now CommonJS) file.
      banner: { js: '"use strict";' },
      logLevel: 'error',
    });
  } catch {
    process.exit(1); // esbuild has printed the errors
  }
}

const files = tsconfig.include.flatMap((dir) => sources(path.join(root, dir)));
const now = fingerprint(files);
const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
/** `--fast`: what `npm start` runs (the tests, their specs and the benches wait for a whole build). */
function fastBuild() {
  if (force || (now !== read(emittedFile) && now !== read(runtimeFile))) {
    // dist/ no longer holds another build's whole emit once these files are written over.
    for (const mark of [runtimeFile, emittedFile]) fs.rmSync(mark, { force: true });
    emit(files.filter((file) => !/^(?:test|bench)\//.test(path.relative(root, file)) && !file.endsWith('.spec.ts')));
    fs.writeFileSync(runtimeFile, now);
  }
}

/** The type check, every file's emit, the explorer. */
function wholeBuild() {
  if (force || now !== read(fingerprintFile)) {
    fs.rmSync(fingerprintFile, { force: true });
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json'), '--noEmit'], {
        cwd: root,
        stdio: 'inherit',
      });
    } catch {
      process.exit(1);
    }
    fs.writeFileSync(fingerprintFile, now);
  }
  if (force || now !== read(emittedFile)) {
    for (const mark of [runtimeFile, emittedFile]) fs.rmSync(mark, { force: true });
    emit(files);
    fs.writeFileSync(emittedFile, now);
  }
  execFileSync(process.execPath, [path.join(root, 'dist', 'scripts', 'build-explorer.js'), ...(force ? ['--force'] : [])], {
    cwd: root,
    stdio: 'inherit',
  });
}

if (fast) fastBuild();
else wholeBuild();
// `--run <script>`: then run it in this process (`npm start`: one Node start fewer than `&& node`).
const run = process.argv.indexOf('--run');
if (run > 0 && process.argv[run + 1]) require(path.resolve(root, process.argv[run + 1]));
