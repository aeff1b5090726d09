import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../shared/repo-root';
import { spawnInItsOwnSession, stopSession, waitReady } from '../support/system';
import { PEER_DEDUP_VARIABLE, peerEnv, tail, type Peer, type PeerOptions, type SkippedPeer } from './peer';

/** This file runs as dist/bench/peers/hive.js, beside the compiled configuration. */
const CONFIG = path.join(__dirname, 'hive-gateway.config.js');

function packageOf(name: string): { dir: string; version: string; bin?: Record<string, string> } {
  const file = require.resolve(`${name}/package.json`);
  return { dir: path.dirname(file), ...(JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; bin?: Record<string, string> }) };
}

/**
 * Hive Gateway (`hive-gateway` CLI) with the Hive Router runtime (`--hive-router-runtime`:
 * Rust query planner) on the committed supergraph.graphql, production mode, one process
 * (its default, `--fork 1`, like Doorstep's gateway).
 */
export async function startHive(options: PeerOptions): Promise<Peer | SkippedPeer> {
  const name = 'Hive Gateway';
  let gateway, runtime;
  try {
    gateway = packageOf('@graphql-hive/gateway');
    runtime = packageOf('@graphql-hive/router-runtime');
  } catch (error) {
    return { name, skipped: `not installed (${(error as Error).message.split('\n')[0]})`, notes: [] };
  }
  const logFile = path.join(options.workDir, 'hive-gateway.log');
  const child = spawnInItsOwnSession(
    process.execPath,
    [
      path.join(gateway.dir, gateway.bin!['hive-gateway']),
      'supergraph',
      path.join(repoRoot(), 'supergraph.graphql'),
      '--hive-router-runtime',
      '--config-path',
      CONFIG,
      '--host',
      '127.0.0.1',
      '--port',
      String(options.port),
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ...peerEnv(options.tokens, options.urls),
        [PEER_DEDUP_VARIABLE]: options.deduplicate ? '1' : '0',
      },
      logFile,
    },
  );
  try {
    await waitReady(`http://127.0.0.1:${options.port}/readiness`, child, 120_000);
  } catch (error) {
    await stopSession(child);
    return { name, skipped: `did not start: ${(error as Error).message}\n${tail(fs.readFileSync(logFile, 'utf8'))}`, notes: [] };
  }
  return {
    name,
    url: `http://127.0.0.1:${options.port}/graphql`,
    pid: child.pid!,
    facts: { gateway: gateway.version, routerRuntime: runtime.version, fork: 1, inflightDeduplication: options.deduplicate },
    notes: [
      `Hive Gateway ${gateway.version}, router runtime ${runtime.version}, one process, on the committed supergraph.graphql` +
        `, in-flight deduplication ${options.deduplicate ? 'on (its default)' : 'off'}`,
    ],
    stop: () => stopSession(child),
  };
}
