import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  isTypeDefinitionNode,
  isTypeExtensionNode,
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveNode,
  type TypeNode,
} from 'graphql';
import { GATEWAY_TOKEN_HEADER } from '../../shared/auth/service-identity';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';
import { GATEWAY_LIMITS } from '../../shared/server/query-limits';
import { spawnInItsOwnSession, stopSession, waitReady } from '../support/system';
import { gatewayTokenVariable, peerEnv, tail, type Peer, type PeerOptions, type SkippedPeer } from './peer';

/**
 * Grafbase (Rust) through `grafbase dev` of its CLI. The CLI's npm wrapper (`grafbase`)
 * stops at 0.80; the current CLI ships as one package per platform, of which the
 * project installs the linux-x64 one. `grafbase dev` composes the subgraph schemas
 * itself (it does not take a supergraph), so each run first checks that the committed
 * subgraph schemas compose under Grafbase.
 */
export const GRAFBASE_PACKAGE = '@grafbase/cli-x86_64-unknown-linux-musl';

export interface GrafbaseSubgraph {
  name: SubgraphName;
  url: string;
  schemaPath: string;
}

/**
 * `grafbase.toml` for the run: the client's `authorization` forwarded, the gateway's token
 * per subgraph from the environment, Doorstep's depth and alias limits, and in-flight
 * deduplication of subgraph requests (on by default in Grafbase) as `deduplicate` says.
 */
export function grafbaseConfig(subgraphs: readonly GrafbaseSubgraph[], deduplicate: boolean): string {
  const lines = [
    '[traffic_shaping]',
    `inflight_deduplication = ${deduplicate}`,
    '',
    '[[headers]]',
    'rule = "forward"',
    'name = "authorization"',
    '',
    '[operation_limits]',
    `depth = ${GATEWAY_LIMITS.maxDepth}`,
    `aliases = ${GATEWAY_LIMITS.maxAliases}`,
  ];
  for (const { name, url, schemaPath } of subgraphs) {
    // JSON's string escapes are TOML's basic-string escapes.
    lines.push('', `[subgraphs.${name}]`, `url = ${JSON.stringify(url)}`, `schema_path = ${JSON.stringify(schemaPath)}`);
    lines.push('', `[[subgraphs.${name}.headers]]`, 'rule = "insert"', `name = "${GATEWAY_TOKEN_HEADER}"`);
    lines.push(`value = "{{ env.${gatewayTokenVariable(name)} }}"`);
  }
  return lines.join('\n') + '\n';
}

const INACCESSIBLE: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' }, arguments: [] };

/**
 * Grafbase refuses an argument whose type is @inaccessible unless the argument is
 * @inaccessible too (Apollo's composition accepts it). This marks every such argument in
 * one subgraph's SDL and names them (`Mutation.openWorkOrderFromReport(input:)`): the
 * schema change Grafbase needs, applied to a copy for the run.
 */
export function markInaccessibleArguments(sdl: string): { sdl: string; marked: string[] } {
  const document = parse(sdl);
  const inaccessible = (node: { readonly directives?: readonly DirectiveNode[] }) =>
    node.directives?.some((d) => d.name.value === 'inaccessible') === true;
  const hiddenTypes = new Set(
    document.definitions.flatMap((d) => ((isTypeDefinitionNode(d) || isTypeExtensionNode(d)) && inaccessible(d) ? [d.name.value] : [])),
  );
  const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
  const marked: string[] = [];
  const definitions = document.definitions.map((definition): DefinitionNode => {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      return definition;
    const fields = definition.fields?.map((field) => ({
      ...field,
      arguments: field.arguments?.map((argument) => {
        if (!hiddenTypes.has(namedType(argument.type)) || inaccessible(argument)) return argument;
        marked.push(`${definition.name.value}.${field.name.value}(${argument.name.value}:)`);
        return { ...argument, directives: [...(argument.directives ?? []), INACCESSIBLE] };
      }),
    }));
    return { ...definition, fields };
  });
  return marked.length === 0 ? { sdl, marked } : { sdl: print({ ...document, definitions }), marked };
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(bin, args, { env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** Composes with `grafbase compose`; the composition errors, one per entry, when it fails. */
async function compose(bin: string, home: string, configFile: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const { ok, output } = await run(bin, ['--home', home, 'compose', '--config', configFile], env);
  if (ok) return [];
  const errors = output
    .split('\n')
    .map((line) => /Error:\s*(.*)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => Boolean(line));
  return errors.length > 0 ? errors : [tail(output)];
}

export async function startGrafbase(options: PeerOptions): Promise<Peer | SkippedPeer> {
  const name = 'Grafbase';
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { name, skipped: `the project installs Grafbase's CLI for linux-x64 only (${GRAFBASE_PACKAGE})`, notes: [] };
  let bin: string, version: string;
  try {
    const manifest = require.resolve(`${GRAFBASE_PACKAGE}/package.json`);
    bin = path.join(path.dirname(manifest), 'grafbase');
    version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return { name, skipped: `${GRAFBASE_PACKAGE} is not installed`, notes: [] };
  }
  const home = path.join(options.workDir, 'grafbase-home');
  fs.mkdirSync(home, { recursive: true });
  const configFile = path.join(options.workDir, 'grafbase.toml');
  const committed = SUBGRAPH_NAMES.map((subgraph) => ({
    name: subgraph,
    url: options.urls[subgraph],
    schemaPath: path.join(repoRoot(), 'subgraphs', subgraph, 'schema.graphql'),
  }));
  const env = { ...process.env, ...peerEnv(options.tokens, options.urls) };
  const notes: string[] = [];
  const marked: string[] = [];

  fs.writeFileSync(configFile, grafbaseConfig(committed, options.deduplicate));
  const errors = await compose(bin, home, configFile, env);
  if (errors.length > 0) {
    notes.push(`Grafbase ${version} does not compose the committed subgraph schemas:`, ...errors.map((e) => `  - ${e}`));
    const patched = committed.map((subgraph) => {
      const copy = path.join(options.workDir, `${subgraph.name}.graphql`);
      const result = markInaccessibleArguments(fs.readFileSync(subgraph.schemaPath, 'utf8'));
      marked.push(...result.marked.map((argument) => `${subgraph.name}: ${argument}`));
      fs.writeFileSync(copy, result.sdl);
      return { ...subgraph, schemaPath: copy };
    });
    fs.writeFileSync(configFile, grafbaseConfig(patched, options.deduplicate));
    const still = marked.length > 0 ? await compose(bin, home, configFile, env) : errors;
    if (still.length > 0) return { name, skipped: `its composition fails: ${still.join('; ')}`, notes };
    notes.push(`  It runs here on copies with @inaccessible added to: ${marked.join(', ')}.`);
  }

  const logFile = path.join(options.workDir, 'grafbase.log');
  const child = spawnInItsOwnSession(bin, ['--home', home, 'dev', '--config', configFile, '--port', String(options.port)], {
    env,
    logFile,
  });
  const url = `http://127.0.0.1:${options.port}/graphql`;
  try {
    await waitReady(url, child, 120_000, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  } catch (error) {
    await stopSession(child);
    return { name, skipped: `did not start: ${(error as Error).message}\n${tail(fs.readFileSync(logFile, 'utf8'))}`, notes };
  }
  notes.unshift(
    `Grafbase ${version} (\`grafbase dev\`), composed by Grafbase from the subgraph schemas` +
      `, in-flight deduplication ${options.deduplicate ? 'on (its default)' : 'off'}`,
  );
  return {
    name,
    url,
    pid: child.pid!,
    facts: {
      cli: version,
      composedAsCommitted: marked.length === 0,
      markedInaccessible: marked,
      inflightDeduplication: options.deduplicate,
    },
    notes,
    stop: () => stopSession(child),
  };
}
