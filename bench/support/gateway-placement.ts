import os from 'node:os';

/**
 * BENCH_GATEWAY_CPUS (e.g. `1`): the gateway alone on those CPUs and everything else —
 * PostgreSQL, the subgraphs and the load generator — on the others, as in a deployment
 * where the gateway has a machine of its own. Unset (the default), every process shares
 * every CPU.
 */
export function gatewayPlacement(): { gatewayCpus: string; otherCpus: string } | undefined {
  const gatewayCpus = process.env.BENCH_GATEWAY_CPUS;
  if (!gatewayCpus) return undefined;
  const wanted = new Set(gatewayCpus.split(',').map(Number));
  const others = os
    .cpus()
    .map((_, i) => i)
    .filter((i) => !wanted.has(i));
  if (!others.length || [...wanted].some((i) => !Number.isInteger(i) || i >= os.cpus().length))
    throw new Error(`BENCH_GATEWAY_CPUS=${gatewayCpus}: name some of CPUs 0–${os.cpus().length - 1}, not all`);
  return { gatewayCpus, otherCpus: others.join(',') };
}
