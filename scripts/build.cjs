// `npm run build` (so `npm start` and `npm test`): tsc, then the explorer's browser files.
// tsc runs only when the sources differ from those of the last build that succeeded: even
// with nothing to do, tsc's own incremental check parses every declaration file in
// node_modules (~10 s of CPU), which a second `npm start` should not pay. The fingerprint
// is the content of every TypeScript file tsc compiles, tsconfig.json and the lockfile;
// it is written only after tsc succeeded, so a failed build is never taken for done.
// Plain CommonJS: it must run before anything is built. `--force` builds regardless.
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
const excluded = new Set((tsconfig.exclude ?? []).map((dir) => path.join(root, dir)));
const fingerprintFile = path.join(root, 'dist', '.build-fingerprint');
const force = process.argv.includes('--force');

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

const now = fingerprint();
const built = fs.existsSync(fingerprintFile) ? fs.readFileSync(fingerprintFile, 'utf8') : '';
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
