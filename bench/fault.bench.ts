import os from 'node:os';
import type { SubgraphName } from '../shared/config';
import { percentile, runLoad, type Sample } from './support/load';
import { FAN_OUT } from './support/queries';
import { startBenchSystem, stopOnInterrupt } from './support/system';

/**
 * `npm run bench:fault`: one stakeholder down under load, with the default limits.
 * The system runs as production does (bench/support/system.ts); FAULT_CONNECTIONS (50)
 * clients send the dashboard query through the gateway for FAULT_SECONDS (60); the
 * FAULT_VICTIM subgraph (enterprise) is SIGKILLed at FAULT_KILL_AT (20 s) and started
 * again at FAULT_RESTART_AT (40 s), after FAULT_WARM_UP (5 s) at 8 connections that
 * are not recorded. Printed per phase: requests answered, the share with
 * partial data, refusals and errors by code, latency of answers and of refusals.
 */
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4200);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.FAULT_CONNECTIONS ?? 50);
const VICTIM = (process.env.FAULT_VICTIM ?? 'enterprise') as SubgraphName;
const KILL_AT = Number(process.env.FAULT_KILL_AT ?? 20);
const RESTART_AT = Number(process.env.FAULT_RESTART_AT ?? 40);
const WARM_UP_SECONDS = Number(process.env.FAULT_WARM_UP ?? 5);

function row(phase: string, samples: Sample[], seconds: number): string {
  const answered = samples.filter((s) => s.outcome.kind === 'full' || s.outcome.kind === 'partial');
  const partial = samples.filter((s) => s.outcome.kind === 'partial');
  const refused = samples.filter((s) => s.outcome.kind === 'refused');
  const codes = new Map<string, number>();
  for (const { outcome } of samples) {
    const list =
      outcome.kind === 'partial' || outcome.kind === 'error'
        ? [...new Set(outcome.codes)]
        : outcome.kind === 'refused'
          ? [`${outcome.status} ${outcome.code}`]
          : outcome.kind === 'failed'
            ? [`failed: ${outcome.reason}`]
            : [];
    for (const code of list) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  const ms = (v: number) => (Number.isNaN(v) ? '–' : v.toFixed(v < 10 ? 1 : 0));
  const lat = answered.map((s) => s.latencyMs);
  const refusedLat = refused.map((s) => s.latencyMs);
  return [
    phase,
    `${answered.length} (${(answered.length / seconds).toFixed(0)}/s)`,
    answered.length ? `${((100 * partial.length) / answered.length).toFixed(0)} %` : '–',
    [...codes].map(([c, n]) => `${c}: ${n}`).join(', ') || 'none',
    `${ms(percentile(lat, 50))} / ${ms(percentile(lat, 99))}`,
    refused.length ? `${ms(percentile(refusedLat, 50))} / ${ms(percentile(refusedLat, 99))} / ${ms(Math.max(...refusedLat))}` : '–',
  ].join(' | ');
}

async function main(): Promise<void> {
  let stop = async () => {};
  stopOnInterrupt(() => stop());
  const system = await startBenchSystem(BASE_PORT);
  stop = () => system.stop();
  try {
    const token = await system.token('analyst');
    const headers = { authorization: `Bearer ${token}` };
    const body = JSON.stringify({ query: FAN_OUT });
    const probe = (await (
      await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
    ).json()) as {
      errors?: unknown;
    };
    if (probe.errors) throw new Error(`dashboard query failed: ${JSON.stringify(probe.errors)}`);
    // Warm up (JIT, query plans, connection pools) at moderate load; not recorded.
    await runLoad({ url: system.gatewayUrl, body, headers, connections: 8, durationMs: WARM_UP_SECONDS * 1_000 });
    const events: string[] = [];
    const { samples, generatorDelayP99Ms } = await runLoad({
      url: system.gatewayUrl,
      body,
      headers,
      connections: CONNECTIONS,
      durationMs: SECONDS * 1_000,
      onSecond: async (second) => {
        if (second === KILL_AT) {
          await system.kill(VICTIM);
          events.push(`${second} s: ${VICTIM} killed (SIGKILL)`);
        }
        if (second === RESTART_AT) {
          const t0 = performance.now();
          await system.start(VICTIM).then(
            () => events.push(`${second} s: ${VICTIM} started again, ready after ${((performance.now() - t0) / 1000).toFixed(1)} s`),
            (error: Error) => events.push(`${second} s: ${VICTIM} did not start again: ${error.message}`),
          );
        }
      },
    });
    const phase = (from: number, to: number) => samples.filter((s) => s.at >= from * 1000 && s.at < to * 1000);
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s, dashboard query, node ${process.version}, ${os.cpus().length} cores`);
    for (const e of events) console.log(`- ${e}`);
    console.log(`- the load generator's own event-loop delay, p99: ${generatorDelayP99Ms.toFixed(1)} ms`);
    const messages = new Map<string, number>();
    for (const { outcome } of samples) {
      if (outcome.kind === 'partial' || outcome.kind === 'error')
        for (const m of new Set(outcome.messages)) messages.set(m, (messages.get(m) ?? 0) + 1);
    }
    for (const [m, n] of [...messages].sort((a, b) => b[1] - a[1])) console.log(`- answers with "${m}": ${n}`);
    console.log(
      '\n| phase | answered | with partial data | refusals and errors (by code) | answered p50 / p99 ms | refused p50 / p99 / max ms |',
    );
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| ${row(`before (0–${KILL_AT} s)`, phase(0, KILL_AT), KILL_AT)} |`);
    console.log(`| ${row(`${VICTIM} down (${KILL_AT}–${RESTART_AT} s)`, phase(KILL_AT, RESTART_AT), RESTART_AT - KILL_AT)} |`);
    console.log(`| ${row(`after (${RESTART_AT}–${SECONDS} s)`, phase(RESTART_AT, SECONDS), SECONDS - RESTART_AT)} |`);
    console.log(`| ${row('whole run', samples, SECONDS)} |`);
  } finally {
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
