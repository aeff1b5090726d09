import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { repoRoot } from '../../shared/repo-root';
import { ASSETS_DIR, ASSET_FILES } from './assets';

/**
 * Builds the explorer's browser files into dist/explorer/: the browser code of app/ is
 * type-checked (its own tsconfig: DOM, JSX), then bundled by esbuild with GraphiQL 5 and
 * React from npm, beside Monaco's three web workers, and each file is gzipped. GraphiQL 5
 * ships ES modules only (its last UMD build is 4.x, on React 18) and expects a bundler for
 * its workers, so this small build replaces the CDN its docs load them from. A fingerprint
 * of the inputs (app/, page-config.ts, this file, the lockfile) is kept beside the output,
 * so `npm run build` (and with it `npm start`) skips the work when nothing changed.
 * `npm start` builds without the type check (`check: false`: esbuild alone, a few seconds
 * instead of ~6 s of tsc's CPU); its fingerprint says so, and `npm run build` checks then.
 */

const ROOT = repoRoot();
const APP_DIR = path.join(ROOT, 'gateway', 'explorer', 'app');
const FINGERPRINT = path.join(ASSETS_DIR, '.fingerprint');

/** The files whose change makes the built assets stale. */
function inputs(): string[] {
  const app = fs
    .readdirSync(APP_DIR)
    .sort()
    .map((name) => path.join(APP_DIR, name));
  return [
    ...app,
    path.join(ROOT, 'gateway', 'explorer', 'page-config.ts'),
    path.join(ROOT, 'gateway', 'explorer', 'build.ts'),
    path.join(ROOT, 'package-lock.json'),
  ];
}

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of inputs()) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** What marks a build made without the type check. */
const UNCHECKED = ' unchecked';

/** Up to date: built from these inputs, and type-checked too when `checked`. */
export function explorerUpToDate(checked = true): boolean {
  if (!fs.existsSync(FINGERPRINT) || !ASSET_FILES.every((file) => fs.existsSync(path.join(ASSETS_DIR, file)))) return false;
  const built = fs.readFileSync(FINGERPRINT, 'utf8');
  const now = fingerprint();
  return built === now || (!checked && built === now + UNCHECKED);
}

/** Builds the assets unless they are up to date; says which. `check: false` skips the browser code's type check. */
export async function buildExplorer(options: { force?: boolean; check?: boolean } = {}): Promise<'built' | 'up to date'> {
  const check = options.check ?? true;
  if (!options.force && explorerUpToDate(check)) return 'up to date';
  // esbuild strips types without checking them: the browser code's own project checks them first.
  if (check)
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', APP_DIR], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  // Loaded here, not at the top: esbuild is a build tool, absent from a production install.
  const { build } = await import('esbuild');
  fs.rmSync(ASSETS_DIR, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: ASSETS_DIR,
    absWorkingDir: ROOT,
  } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: { explorer: path.join(APP_DIR, 'main.tsx'), style: path.join(APP_DIR, 'explorer.css') },
      format: 'iife',
      // Monaco's ESM imports its own CSS and codicon font; they land beside explorer.js.
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
      assetNames: '[name]-[hash]',
    }),
    build({
      ...common,
      entryPoints: {
        'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
        'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
        'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
      },
      format: 'iife',
    }),
  ]);
  // Compressed once here, so the gateway spends no time on it: some 7 MB become under 2.
  // Off the event loop (zlib's thread pool): the launcher keeps polling its services meanwhile.
  const zip = promisify(gzip);
  await Promise.all(
    fs.readdirSync(ASSETS_DIR).map(async (name) => {
      const file = path.join(ASSETS_DIR, name);
      await fs.promises.writeFile(`${file}.gz`, await zip(await fs.promises.readFile(file), { level: constants.Z_BEST_COMPRESSION }));
    }),
  );
  fs.writeFileSync(FINGERPRINT, fingerprint() + (check ? '' : UNCHECKED));
  return 'built';
}
