import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';

/**
 * The gateway's `/ready`, telling the truth about what it fronts.
 *
 * Defaults: each subgraph's own `/ready` (its database) is asked in parallel with a
 * 1 s timeout on every probe; nothing is cached, since a probe is rare and must be
 * current. The gateway itself can serve as soon as its supergraph is loaded, so
 * `/ready` is 200 with each subgraph's state in the body (an orchestrator keeps routing
 * to it: the up stakeholders' data still arrives); `/ready?all=1` is 200 only while all
 * four are ready, for a deployment that must wait for the whole system.
 */
export type SubgraphState = 'ready' | 'unavailable';

const PROBE_TIMEOUT_MS = 1_000;

async function probe(url: string): Promise<SubgraphState> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Where a subgraph's `/ready` is, beside its GraphQL endpoint. */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = '/ready';
  url.search = '';
  return url.toString();
}

export function gatewayReadiness(urlOf: (name: SubgraphName) => string) {
  return async (request: URL): Promise<{ status: number; body: Record<string, unknown> }> => {
    const states = await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await probe(readyUrlOf(urlOf(name)))] as const));
    const subgraphs = Object.fromEntries(states);
    const allReady = states.every(([, state]) => state === 'ready');
    if (request.searchParams.get('all') === '1' && !allReady) return { status: 503, body: { status: 'unavailable', subgraphs } };
    return { status: 200, body: { status: 'ready', subgraphs } };
  };
}
