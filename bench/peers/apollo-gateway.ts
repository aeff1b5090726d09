import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../shared/repo-root';
import { spawnInItsOwnSession, stopSession, waitReady } from '../support/system';
import { peerEnv, tail, type Peer, type PeerOptions, type SkippedPeer } from './peer';

/** This file runs as dist/bench/peers/apollo-gateway.js, beside the compiled server. */
const SERVER = path.join(__dirname, 'apollo-gateway.server.js');

/** The installed version of a package (@apollo/server does not export its package.json: found from its entry point up). */
function versionOf(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  throw new Error(`${name}: package.json not found`);
}

/**
 * The stock @apollo/gateway (apollo-gateway.server.ts): `ApolloGateway` on the committed
 * supergraph.graphql, Apollo Server's `startStandaloneServer`, production mode, one
 * process. Its `RemoteGraphQLDataSource` has no in-flight deduplication to turn on or off:
 * it sends every subgraph request, as Doorstep's gateway does, whatever `deduplicate` says.
 */
export async function startApolloGateway(options: PeerOptions): Promise<Peer | SkippedPeer> {
  const name = 'stock @apollo/gateway';
  const gateway = versionOf('@apollo/gateway');
  const server = versionOf('@apollo/server');
  const logFile = path.join(options.workDir, 'apollo-gateway.log');
  const child = spawnInItsOwnSession(process.execPath, [SERVER, path.join(repoRoot(), 'supergraph.graphql'), String(options.port)], {
    env: { ...process.env, NODE_ENV: 'production', ...peerEnv(options.tokens, options.urls) },
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
    return { name, skipped: `did not start: ${(error as Error).message}\n${tail(fs.readFileSync(logFile, 'utf8'))}`, notes: [] };
  }
  return {
    name,
    url,
    pid: child.pid!,
    facts: { gateway, server, fetcher: 'make-fetch-happen (its default)', inflightDeduplication: false },
    notes: [
      `stock @apollo/gateway ${gateway} under @apollo/server ${server} (startStandaloneServer, its defaults), one process, ` +
        'on the committed supergraph.graphql, no query limits; in-flight deduplication: none (RemoteGraphQLDataSource has none)' +
        (options.deduplicate ? ', whatever BENCH_PEER_DEDUP says' : ''),
    ],
    stop: () => stopSession(child),
  };
}
