import { loadTrust } from '../auth/trust';
import { metricsSettings, type SubgraphName } from '../config';
import { loadPg } from '../db/load-pg';
import { saveResolutionCache } from './resolution-cache';
import type { SubgraphDefinition } from './subgraph-definition';

/**
 * A subgraph process's entry: the settings that can refuse a start (keys, the metrics
 * token, the subgraph's own, e.g. notify's webhook key) are checked before the subgraph's code is even loaded, so a refused start in
 * production costs a fraction of a second, not the ~2 s of CPU of loading type-graphql,
 * TypeORM and every resolver; then the subgraph runs as `runSubgraphFromEnv` says.
 */
export function subgraphMain(name: SubgraphName, load: () => Promise<SubgraphDefinition>, checkOwnSettings?: () => void): void {
  Promise.resolve()
    .then(async () => {
      const trust = loadTrust(name);
      metricsSettings();
      checkOwnSettings?.();
      loadPg();
      const [def, { runSubgraphFromEnv }] = await Promise.all([load(), import('./run-subgraph.js')]);
      await runSubgraphFromEnv(def, trust);
      saveResolutionCache(); // what the next start may reuse
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
