// `npm run build` (so `npm test`): tsc, then the explorer's browser files.
// tsc runs only when the sources differ from those of the last build that succeeded: even
// with nothing to do, tsc's own incremental check parses every declaration file in
// node_modules (~10 s of CPU), which a second `npm start` should not pay. The fingerprint
// is the content of every TypeScript file tsc compiles, tsconfig.json and the lockfile;
// it is written only after tsc succeeded, so a failed build is never taken for done.
// Plain CommonJS: it must run before anything is built. `--force` builds regardless.
//
// `--fast` (`npm start`): the JavaScript of what `npm start` runs (not the tests, specs and
// benches), without the type check, when the sources differ from those of the last build
// of either kind. tsc type-checks the whole program against every declaration file in
// node_modules (~40 s of CPU on a fresh clone); without the check, TypeScript parses only
// the project's own files and the standard library (`noResolve`, `noCheck`) and emits
// them, decorator metadata included, in about a third of that. The output is byte for
// byte tsc's (compared file by file): the metadata takes type information only from the
// project's own files, which are all in the program. The type check stays with
// `npm run build`, `npm test` and `npm run typecheck`. The explorer is left to the
// launcher, which builds it beside PostgreSQL's start (scripts/start.ts).
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
const excluded = new Set((tsconfig.exclude ?? []).map((dir) => path.join(root, dir)));
const fingerprintFile = path.join(root, 'dist', '.build-fingerprint');
/** The sources of the last build without the type check (`--fast`). */
const emittedFile = path.join(root, 'dist', '.emit-fingerprint');
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

function fingerprint() {
  const hash = createHash('sha256');
  const files = [
    ...tsconfig.include.flatMap((dir) => sources(path.join(root, dir))),
    path.join(root, 'tsconfig.json'),
    path.join(root, 'package-lock.json'),
  ];
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** tsc's emit of the runtime files without the type check; fails on syntax errors only. */
function emitWithoutCheck() {
  const ts = require('typescript');
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  // What `npm start` runs: the tests, their specs and the benches are left to `npm run build`.
  const runtime = config.fileNames.filter((file) => {
    const relative = path.relative(root, file);
    return !/^(?:test|bench)\//.test(relative) && !relative.endsWith('.spec.ts');
  });
  const program = ts.createProgram(runtime, {
    ...config.options,
    noResolve: true,
    types: [],
    noCheck: true,
    incremental: false,
    tsBuildInfoFile: undefined,
  });
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.emit().diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
    process.exit(1);
  }
}

const now = fingerprint();
const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
const built = read(fingerprintFile);
if (fast) {
  if (force || (now !== built && now !== read(emittedFile))) {
    fs.rmSync(emittedFile, { force: true });
    emitWithoutCheck();
    fs.writeFileSync(emittedFile, now);
  }
  process.exit(0);
}
if (force || now !== built) {
  fs.rmSync(fingerprintFile, { force: true });
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    process.exit(1);
  }
  fs.writeFileSync(fingerprintFile, now);
}
execFileSync(process.execPath, [path.join(root, 'dist', 'scripts', 'build-explorer.js'), ...(force ? ['--force'] : [])], {
  cwd: root,
  stdio: 'inherit',
});
