import 'reflect-metadata';
import {
  BASELINE_DIR,
  checkSchemas,
  currentSchemas,
  formatCheck,
  readAcceptedChanges,
  readBaseline,
  writeBaseline,
} from '../shared/schema/baseline';
import { repoRoot } from '../shared/repo-root';
import type { SubgraphName } from '../shared/config';
import { SUBGRAPHS } from '../subgraphs';

/**
 * `npm run schema:check`: compares each subgraph's SDL and the supergraph's API schema,
 * as the code builds them now, with schema/baseline/; fails on a breaking change that
 * has no reason in schema/accepted-changes.yaml.
 * `npm run schema:accept`: the same check, then moves the baseline to the code's schemas.
 */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'check' && command !== 'accept') throw new Error('usage: scripts/schema.ts check|accept');
  const root = repoRoot();
  const current = await currentSchemas((name) => SUBGRAPHS[name as SubgraphName].buildSchema(), root);
  const check = checkSchemas(readBaseline(root), current, readAcceptedChanges(root));
  console.log(formatCheck(check, new Date().toISOString().slice(0, 10), command));
  if (check.unaccepted.length) {
    if (command === 'accept') console.log(`\nNothing accepted: ${BASELINE_DIR}/ is unchanged.`);
    process.exit(1);
  }
  if (command === 'accept' && !check.upToDate) {
    writeBaseline(current, root);
    console.log(`\n✓ Accepted: ${BASELINE_DIR}/ now holds the code's schemas. Commit it with your change.`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
