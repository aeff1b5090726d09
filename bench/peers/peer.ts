import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';

/**
 * What a peer gateway is given, as the README's "Another gateway" documents it: the
 * Doorstep gateway's token for each subgraph in `DOORSTEP_GATEWAY_TOKEN_<NAME>` (minted
 * with the run's gateway key) and each subgraph's URL in `<NAME>_URL`.
 */
export function gatewayTokenVariable(subgraph: string): string {
  return `DOORSTEP_GATEWAY_TOKEN_${subgraph.toUpperCase()}`;
}

export function peerEnv(tokens: Record<SubgraphName, string>, urls: Record<SubgraphName, string>): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [gatewayTokenVariable(name), tokens[name]],
      [`${name.toUpperCase()}_URL`, urls[name]],
    ]),
  );
}

/** A peer gateway started for the run, in a session of its own. */
export interface Peer {
  name: string;
  url: string;
  /** The root of its process tree, whose CPU time is the gateway's. */
  pid: number;
  /** Versions and how it was run, for the results file. */
  facts: Record<string, unknown>;
  /** Printed under the table (e.g. what its composition needed). */
  notes: string[];
  stop(): Promise<void>;
}

/** A peer that could not run here: the bench says why and goes on without it. */
export interface SkippedPeer {
  name: string;
  skipped: string;
  notes: string[];
}

/** `1`: the peers merge identical subgraph requests in flight, as they do by default; otherwise they do not (see bench/README.md). */
export const PEER_DEDUP_VARIABLE = 'BENCH_PEER_DEDUP';

export interface PeerOptions {
  port: number;
  /** Whether the peer merges identical subgraph requests in flight (its default) or sends each, as Doorstep's gateway does. */
  deduplicate: boolean;
  tokens: Record<SubgraphName, string>;
  urls: Record<SubgraphName, string>;
  /** A temp folder of the run for configuration files and logs. */
  workDir: string;
}

/** The last lines of a peer's log, for an error message. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
