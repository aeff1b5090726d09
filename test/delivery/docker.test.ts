import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import YAML from 'yaml';
import { databaseName, portOf, SUBGRAPH_NAMES, SubgraphName } from '../../shared/config';
import { readSupergraphConfig } from '../../shared/schema/compose';
import { repoRoot } from '../../shared/repo-root';

/**
 * The delivery files (Dockerfile, .dockerignore, docker-compose.yml) are checked against
 * the repository without Docker: no engine runs here or in CI. What a `docker build`
 * or `docker compose up` would trip over — a COPY of a missing or ignored path, a
 * command naming a file the build does not produce, an import of a dev-only package at
 * run time, a wrong port or database name — fails here instead.
 */
const root = repoRoot();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string> };

// ---------------------------------------------------------------- Dockerfile model

interface Copy {
  from?: string;
  sources: string[];
  /** Absolute path in the image. */
  dest: string;
  destIsDir: boolean;
}

interface Stage {
  name?: string;
  image: string;
  workdir: string;
  copies: Copy[];
  /** RUN commands, with the copies made before each (for ordering checks). */
  runs: { command: string; copiesBefore: number }[];
  cmd?: string[];
}

/** Exec form `["a","b"]` or shell form `a b`. */
function words(args: string): string[] {
  const trimmed = args.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as string[];
  return trimmed.split(/\s+/).filter(Boolean);
}

function parseDockerfile(text: string): Stage[] {
  // Join continuation lines, drop comments and blank lines.
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const match = /^(\w+)\s+(.*)$/.exec(line);
    if (!match) throw new Error(`Unparsed Dockerfile line: ${line}`);
    const [, instruction, args] = match;
    const stage = stages[stages.length - 1];
    switch (instruction.toUpperCase()) {
      case 'FROM': {
        const [image, as, name] = words(args).filter((w) => !w.startsWith('--'));
        stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, workdir: '/', copies: [], runs: [] });
        break;
      }
      case 'WORKDIR':
        stage.workdir = path.posix.resolve(stage.workdir, args.trim());
        break;
      case 'COPY':
      case 'ADD': {
        const all = words(args);
        const flags = all.filter((w) => w.startsWith('--'));
        const paths = all.filter((w) => !w.startsWith('--'));
        const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
        const rawDest = paths[paths.length - 1];
        stage.copies.push({
          from,
          sources: paths.slice(0, -1),
          dest: path.posix.resolve(stage.workdir, rawDest),
          destIsDir: rawDest.endsWith('/') || rawDest === '.' || paths.length > 2,
        });
        break;
      }
      case 'RUN':
        stage.runs.push({ command: args, copiesBefore: stage.copies.length });
        break;
      case 'CMD':
        stage.cmd = words(args);
        break;
      case 'ENTRYPOINT':
        throw new Error('ENTRYPOINT is not expected: the compose file picks the service with `command:`');
      default:
        break; // ENV, ARG, USER, EXPOSE, LABEL: nothing to check against the repository
    }
  }
  return stages;
}

// ---------------------------------------------------------------- build context

/** Docker's pattern syntax (filepath.Match plus `**`), enough for .dockerignore and COPY globs. */
function globRegex(pattern: string): RegExp {
  let re = '';
  const p = pattern.replace(/^\.\//, '').replace(/\/$/, '');
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      re += '.*';
      i++;
      if (p[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const ignorePatterns = read('.dockerignore')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => ({ negate: l.startsWith('!'), re: globRegex(l.replace(/^!/, '')) }));

/** A path (or any folder above it) matched by .dockerignore is not in the build context; the last match wins. */
function ignored(relPath: string): boolean {
  const parts = relPath.split('/');
  let result = false;
  for (const { negate, re } of ignorePatterns) {
    for (let i = 1; i <= parts.length; i++) {
      if (re.test(parts.slice(0, i).join('/'))) {
        result = !negate;
        break;
      }
    }
  }
  return result;
}

/** Every file in the repository (relative, posix), without node_modules and git. */
function repoFiles(dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (['node_modules', '.git', 'dist', '.data'].includes(entry.name)) continue;
    if (entry.isDirectory()) out.push(...repoFiles(rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}
const contextFiles = repoFiles().filter((f) => !ignored(f));

/** Context files one COPY source brings in (a file, a folder's contents, or a glob). */
function filesOf(source: string): string[] {
  const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
  if (clean === '.' || clean === '') return contextFiles;
  if (/[*?[]/.test(clean)) {
    const re = globRegex(clean);
    return contextFiles.filter((f) => f.split('/').some((_, i, parts) => re.test(parts.slice(0, i + 1).join('/'))));
  }
  return contextFiles.filter((f) => f === clean || f.startsWith(`${clean}/`));
}

// ---------------------------------------------------------------- TypeScript sources

const tsconfig = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config as {
  compilerOptions: { outDir: string; rootDir: string };
  include: string[];
};

/** `../x` from `a/b.ts` → `a/../x.ts` or `x/index.ts`, as a repository path. */
function resolveRelative(fromFile: string, spec: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  const candidates = [`${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts'), base];
  return candidates.find((c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile());
}

/**
 * Module specifiers the compiled JavaScript of a file requires (type-only imports are
 * gone): read from the build the test run made (test/support/built.ts), which is what
 * the image runs.
 */
function runtimeRequires(file: string): string[] {
  const compiled = path.join(root, tsconfig.compilerOptions.outDir, file.replace(/\.ts$/, '.js'));
  const output = fs.readFileSync(compiled, 'utf8');
  return [...output.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
}

/** Everything `tsc` reads for a file: type-only imports included. */
function allImports(file: string): string[] {
  return ts.preProcessFile(read(file), true, true).importedFiles.map((f) => f.fileName);
}

/** The package a bare specifier names: `@scope/name/x` → `@scope/name`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

/** A `node dist/X.js` argument → the source `X.ts` it is compiled from. */
function sourceOfCompiled(script: string): string | undefined {
  const outDir = tsconfig.compilerOptions.outDir.replace(/^\.\//, '').replace(/\/$/, '');
  const rel = path.posix.normalize(script.replace(/^\.\//, ''));
  if (!rel.startsWith(`${outDir}/`) || !rel.endsWith('.js')) return undefined;
  return rel.slice(outDir.length + 1).replace(/\.js$/, '.ts');
}

// ---------------------------------------------------------------- the files

const stages = parseDockerfile(read('Dockerfile'));
const finalStage = stages[stages.length - 1];
const stageNamed = (ref: string) => stages.find((s, i) => s.name === ref || String(i) === ref);
/** The stage that compiles: it runs `npm run build`. */
const buildStage = stages.find((s) => s.runs.some((r) => /\bnpm run build\b/.test(r.command)));
/** Files the build stage has from the context when it compiles. */
const buildStageFiles = new Set((buildStage?.copies ?? []).filter((c) => !c.from).flatMap((c) => c.sources.flatMap(filesOf)));

const compose = YAML.parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  ports?: (string | number | { target: number; published?: number | string })[];
  restart?: string;
}
const APP_SERVICES: (SubgraphName | 'gateway')[] = [...SUBGRAPH_NAMES, 'gateway'];

function envOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((e) => [e.split('=')[0], e.split('=').slice(1).join('=')]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function dependsOn(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v?.condition]));
}

/** The command a compose service runs: its own `command`, else the image's CMD. */
function commandOf(service: ComposeService): string[] {
  if (service.command === undefined) return finalStage.cmd ?? [];
  return Array.isArray(service.command) ? service.command : words(service.command);
}

/** Ports as shared/config.ts has them when nothing overrides them. */
function defaultPort(service: SubgraphName | 'gateway'): number {
  const key = `${service.toUpperCase()}_PORT`;
  const saved = process.env[key];
  delete process.env[key];
  try {
    return portOf(service);
  } finally {
    if (saved !== undefined) process.env[key] = saved;
  }
}

/** Every `node <script>` and `npm run <script>` in a command line (also inside `sh -c "..."`). */
function invocations(command: string[]): { node: string[]; npmRun: string[] } {
  const text = command.join(' ');
  return {
    node: [...text.matchAll(/(?:^|[\s;&|"'])node\s+((?:\.\/)?[\w./-]+\.js)\b/g)].map((m) => m[1]),
    npmRun: [...text.matchAll(/\bnpm\s+run(?:-script)?\s+(?:--\S+\s+)*([\w:.-]+)/g)].map((m) => m[1]),
  };
}

// ---------------------------------------------------------------- tests

describe('Dockerfile', () => {
  it('has a build stage that compiles and a runtime stage after it', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(buildStage).toBeDefined();
    expect(buildStage).not.toBe(finalStage);
    // `npm run build` runs scripts/build.cjs, which runs tsc (when the sources changed since the last build).
    expect(pkg.scripts.build).toBe('node scripts/build.cjs');
    expect(fs.readFileSync(path.join(root, 'scripts/build.cjs'), 'utf8')).toMatch(/typescript\/bin\/tsc/);
    for (const stage of stages) expect(stage.image).toBe(stages[0].image); // a version engines allows: node-versions.test.ts
  });

  it('COPYs only paths that exist in the build context (globs match something, nothing is .dockerignored)', () => {
    const problems: string[] = [];
    for (const stage of stages) {
      for (const copy of stage.copies.filter((c) => !c.from)) {
        for (const source of copy.sources) {
          const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
          if (/[*?[]/.test(clean)) {
            if (filesOf(clean).length === 0) problems.push(`${source}: the glob matches nothing in the context`);
          } else if (!fs.existsSync(path.join(root, clean))) {
            problems.push(`${source}: not in the repository`);
          } else if (ignored(clean) || filesOf(clean).length === 0) {
            problems.push(`${source}: excluded by .dockerignore`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('COPY --from names an earlier stage and a path that stage produced', () => {
    for (const [index, stage] of stages.entries()) {
      for (const copy of stage.copies.filter((c) => c.from)) {
        const source = stageNamed(copy.from!);
        expect(source).toBeDefined();
        expect(stages.indexOf(source!)).toBeLessThan(index);
        for (const from of copy.sources) {
          const abs = path.posix.resolve(source!.workdir, from);
          const compiledHere = source === buildStage && abs === path.posix.join(source!.workdir, tsconfig.compilerOptions.outDir);
          const copiedHere = source!.copies.some((c) => abs === c.dest || abs.startsWith(`${c.dest}/`));
          expect({ from, produced: compiledHere || copiedHere }).toEqual({ from, produced: true });
        }
      }
    }
  });

  it('runs `npm ci` only after copying package.json and package-lock.json, and only scripts package.json has', () => {
    for (const stage of stages) {
      for (const run of stage.runs) {
        if (/\bnpm ci\b/.test(run.command)) {
          const copied = stage.copies
            .slice(0, run.copiesBefore)
            .flatMap((c) => (c.from ? [] : c.sources.map((s) => s.replace(/^\.\//, ''))));
          expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
        }
        for (const script of invocations([run.command]).npmRun) expect(Object.keys(pkg.scripts)).toContain(script);
      }
    }
    // The runtime stage carries production dependencies only.
    expect(finalStage.runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r.command))).toBe(true);
  });

  it('gives the build stage every file the TypeScript build reads (tsc fails on a missing import)', () => {
    const program = [...buildStageFiles].filter((f) => f.endsWith('.ts'));
    expect(buildStageFiles.has('tsconfig.json')).toBe(true);
    const missing: string[] = [];
    for (const file of program) {
      for (const spec of allImports(file).filter((s) => s.startsWith('.'))) {
        const target = resolveRelative(file, spec);
        if (!target || !buildStageFiles.has(target)) missing.push(`${file} imports ${spec}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('copies into the runtime stage the compiled code and the schema files the services read', () => {
    const workdir = finalStage.workdir;
    /** Where a context file lands in the image when one COPY source brings it in. */
    const landing = (copy: Copy, source: string, file: string): string => {
      const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
      if (file === clean) return copy.destIsDir ? path.posix.join(copy.dest, path.posix.basename(file)) : copy.dest;
      if (/[*?[]/.test(clean)) return path.posix.join(copy.dest, path.posix.basename(file));
      return path.posix.join(copy.dest, clean === '.' ? file : file.slice(clean.length + 1));
    };
    const has = (rel: string) => {
      const target = path.posix.join(workdir, rel);
      return finalStage.copies.some((c) =>
        c.from
          ? target === c.dest || target.startsWith(`${c.dest}/`)
          : c.sources.some((s) =>
              filesOf(s).some((f) => {
                const at = landing(c, s, f);
                return at === target || at.startsWith(`${target}/`);
              }),
            ),
      );
    };
    // repoRoot() finds the app folder by supergraph.yaml; the gateway serves supergraph.graphql.
    const needed = [
      'supergraph.graphql',
      'supergraph.yaml',
      ...Object.values(readSupergraphConfig(root).subgraphs).map((s) => s.schema.file.replace(/^\.\//, '')),
    ];
    for (const file of needed) expect({ file, copied: has(file) }).toEqual({ file, copied: true });
    expect(has(tsconfig.compilerOptions.outDir)).toBe(true);
  });

  it('exposes the default ports of shared/config.ts', () => {
    const exposed = (read('Dockerfile').match(/^EXPOSE\s+(.+)$/m)?.[1] ?? '').split(/\s+/).map(Number);
    expect(exposed.sort()).toEqual(APP_SERVICES.map(defaultPort).sort());
  });
});

describe('every command the image and the compose file run', () => {
  const commands: { where: string; command: string[] }[] = [
    { where: 'Dockerfile CMD', command: finalStage.cmd ?? [] },
    ...Object.entries(compose.services)
      .filter(([, s]) => s.command !== undefined)
      .map(([name, s]) => ({ where: `compose ${name}`, command: commandOf(s) })),
  ];

  it('starts `node dist/X.js` only for an X.ts the build stage compiles', () => {
    const scripts = commands.flatMap(({ where, command }) => invocations(command).node.map((script) => ({ where, script })));
    expect(scripts.length).toBeGreaterThanOrEqual(APP_SERVICES.length);
    for (const { where, script } of scripts) {
      const source = sourceOfCompiled(script);
      expect({ where, script, source, compiled: !!source && buildStageFiles.has(source) }).toEqual({
        where,
        script,
        source,
        compiled: true,
      });
    }
  });

  it('runs only npm scripts that package.json defines', () => {
    for (const { command } of commands)
      for (const script of invocations(command).npmRun) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it('needs at run time only production dependencies (npm ci --omit=dev) and files the build stage had', () => {
    const entries = commands.flatMap(({ command }) => invocations(command).node.map((s) => sourceOfCompiled(s)!));
    const seen = new Set<string>();
    const queue = [...new Set(entries)];
    const devOnly: string[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect({ file, inBuild: buildStageFiles.has(file) }).toEqual({ file, inBuild: true });
      for (const spec of runtimeRequires(file)) {
        if (spec.startsWith('.')) {
          const target = resolveRelative(file, spec);
          expect({ file, spec, resolved: !!target }).toEqual({ file, spec, resolved: true });
          if (target!.endsWith('.ts')) queue.push(target!);
        } else if (!isBuiltin(spec) && !(packageName(spec) in pkg.dependencies)) {
          devOnly.push(`${file} requires ${spec}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(entries.length); // the walk really followed imports
    expect(devOnly).toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  const services = compose.services;

  it('defines PostgreSQL 16 with a pg_isready healthcheck, the four subgraphs and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual(['postgres', ...APP_SERVICES].sort());
    expect(services.postgres.image).toMatch(/^postgres:16\b/);
    expect([services.postgres.healthcheck?.test].flat().join(' ')).toContain('pg_isready');
  });

  it('builds every app service from this Dockerfile in the repository root', () => {
    for (const name of APP_SERVICES) {
      const build = services[name].build;
      const context = typeof build === 'string' ? build : build?.context;
      const dockerfile = (typeof build === 'object' && build.dockerfile) || 'Dockerfile';
      expect({ name, context: path.resolve(root, context ?? '-'), dockerfile }).toEqual({ name, context: root, dockerfile: 'Dockerfile' });
    }
  });

  it('starts each service with its own entry point', () => {
    for (const name of APP_SERVICES) {
      const entry = name === 'gateway' ? 'gateway/index.ts' : `subgraphs/${name}/index.ts`;
      const sources = invocations(commandOf(services[name])).node.map(sourceOfCompiled);
      expect({ name, sources }).toEqual({ name, sources: [entry] });
    }
  });

  it('starts each subgraph after PostgreSQL is healthy, on its own database, health-checked on /ready at its default port', () => {
    for (const name of SUBGRAPH_NAMES) {
      const service = services[name];
      const env = envOf(service);
      expect(dependsOn(service)).toEqual({ postgres: 'service_healthy' });
      const own = env[`${name.toUpperCase()}_DATABASE_URL`] ?? env.DATABASE_URL;
      expect(own).toBeDefined();
      const url = new URL(own);
      expect({ name, host: url.hostname, port: url.port || '5432' }).toEqual({ name, host: 'postgres', port: '5432' });
      // A per-subgraph URL names the database; a server-wide DATABASE_URL gets it from config.
      if (env[`${name.toUpperCase()}_DATABASE_URL`]) expect(url.pathname).toBe(`/${databaseName(name)}`);
      const port = defaultPort(name);
      if (env[`${name.toUpperCase()}_PORT`] !== undefined) expect(Number(env[`${name.toUpperCase()}_PORT`])).toBe(port);
      expect([service.healthcheck?.test].flat().join(' ')).toContain(`localhost:${port}/ready`);
    }
  });

  it('starts the gateway once the four subgraphs have started, reaching each at its service name and default port', () => {
    const gateway = services.gateway;
    const deps = dependsOn(gateway);
    expect(Object.keys(deps).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const [dep, condition] of Object.entries(deps)) {
      expect(services[dep]).toBeDefined();
      expect(services[dep].healthcheck).toBeDefined();
      // Not service_healthy: one stakeholder that cannot start must not keep the gateway
      // from serving the other three (its /ready body tells which are up).
      expect(condition).toBe('service_started');
    }
    // Subgraphs call each other too (hand-overs, id checks), so every app service knows the URLs.
    for (const name of APP_SERVICES) {
      const env = envOf(services[name]);
      for (const target of SUBGRAPH_NAMES) {
        expect({ name, target, url: env[`${target.toUpperCase()}_URL`] }).toEqual({
          name,
          target,
          url: `http://${target}:${defaultPort(target)}/graphql`,
        });
      }
    }
    const published = (gateway.ports ?? []).map((p) => (typeof p === 'object' ? p.target : Number(String(p).split(':').pop())));
    expect(published).toEqual([defaultPort('gateway')]);
    expect([gateway.healthcheck?.test].flat().join(' ')).toContain(`localhost:${defaultPort('gateway')}/`);
    // Only the gateway is published: the subgraphs answer the gateway and each other only.
    for (const name of SUBGRAPH_NAMES) expect(services[name].ports).toBeUndefined();
  });

  it('restarts every service that exits, as npm start does, unless stopped on purpose', () => {
    for (const name of ['postgres', ...APP_SERVICES])
      expect({ name, restart: services[name].restart }).toEqual({ name, restart: 'unless-stopped' });
  });

  it('sets only environment variables the code reads', () => {
    const sources = repoFiles()
      .filter((f) => /^(shared|gateway|subgraphs|scripts)\/.*\.ts$/.test(f))
      .map(read)
      .join('\n');
    // <NAME>_PORT, <NAME>_URL and <NAME>_DATABASE_URL are built from the service name in shared/config.ts.
    const perService = new RegExp(`^(${[...SUBGRAPH_NAMES, 'gateway'].join('|').toUpperCase()})_(PORT|URL|DATABASE_URL)$`);
    const unknown: string[] = [];
    for (const name of APP_SERVICES) {
      for (const key of Object.keys(envOf(services[name]))) {
        if (!perService.test(key) && !sources.includes(`'${key}'`) && !sources.includes(`env.${key}`)) unknown.push(`${name}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('is accepted by `docker-compose config` where docker-compose is installed (structure is checked above either way)', () => {
    const found = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' });
    if (found.status !== 0) {
      // CI machines need not have docker-compose; the YAML parsed and was checked above.
      expect(services.gateway).toBeDefined();
      return;
    }
    // Run without a .env or overrides from this shell, so defaults are what is checked.
    const output = execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    expect(output.trim()).toBe('');
  });
});
