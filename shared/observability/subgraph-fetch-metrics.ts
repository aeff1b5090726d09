import { Counter, Histogram } from 'prom-client';
import { LATENCY_BUCKETS, type ServiceMetrics } from './metrics';

/** Why a subgraph call brought no answer the gateway could use. */
export type FetchFailure = 'timeout' | 'unreachable';

const REASONS = ['timeout', 'unreachable', 'http_4xx', 'http_5xx'] as const;

/** What the gateway's client for one subgraph reports when a call ends (gateway/subgraph-client.ts). */
export interface SubgraphFetchRecorder {
  /** `startedMs` from performance.now(); `status` 0 when no answer came (then `failure` says why). */
  ended(startedMs: number, status: number, failure?: FetchFailure): void;
}

/**
 * The gateway's calls to each subgraph: their latency, and the calls that failed — no
 * answer in time, no connection, or an HTTP status other than 2xx (a subgraph that is
 * overloaded answers 503). GraphQL errors inside a 200 answer are the subgraph's own
 * business and show in its own `doorstep_graphql_requests_total{outcome="error"}`.
 */
export function subgraphFetchMetrics(metrics: ServiceMetrics): (subgraph: string) => SubgraphFetchRecorder {
  const duration = new Histogram({
    name: 'doorstep_subgraph_fetch_duration_seconds',
    help: "Time of the gateway's calls to a subgraph, answered or not",
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers: [metrics.registry],
  });
  const errors = new Counter({
    name: 'doorstep_subgraph_fetch_errors_total',
    help: "The gateway's calls to a subgraph that brought no usable answer, by reason",
    labelNames: ['subgraph', 'reason'],
    registers: [metrics.registry],
  });
  return (subgraph) => {
    const timing = duration.labels(subgraph);
    // Every reason starts at 0, so a rate over the first failure is right.
    const failures = Object.fromEntries(REASONS.map((reason) => [reason, errors.labels(subgraph, reason)]));
    for (const reason of REASONS) failures[reason].inc(0);
    return {
      ended(startedMs, status, failure) {
        timing.observe((performance.now() - startedMs) / 1000);
        if (failure) failures[failure].inc();
        else if (status >= 500) failures.http_5xx.inc();
        else if (status < 200 || status >= 300) failures.http_4xx.inc();
      },
    };
  };
}
