import { cpuMsOfTrees } from './cpu';

/**
 * Waits until every server is idle — start-up work done (demo seeding, the relays' first
 * passes, PostgreSQL's autovacuum after the seed) — so that it is not billed to the first
 * window: under IDLE_MS of CPU in a second, all servers together, for at most SETTLE_MAX_S.
 * Returns the seconds waited and each server's CPU in its last idle second (the noise floor).
 */
const IDLE_MS = 50;
const SETTLE_MAX_S = 60;
export async function settle(roots: Record<string, number>): Promise<{ seconds: number; idleMsPerSecond: Record<string, number> }> {
  const started = performance.now();
  let before = cpuMsOfTrees(roots);
  for (;;) {
    await new Promise((r) => setTimeout(r, 1_000));
    const after = cpuMsOfTrees(roots);
    const used = Object.fromEntries(Object.keys(roots).map((key) => [key, after[key] - before[key]]));
    const seconds = (performance.now() - started) / 1000;
    if (Object.values(used).reduce((a, b) => a + b, 0) < IDLE_MS || seconds > SETTLE_MAX_S) return { seconds, idleMsPerSecond: used };
    before = after;
  }
}
