import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, printSdl, readSupergraphConfig } from '../shared/schema/compose';
import { repoRoot } from '../shared/repo-root';
import { SUBGRAPHS } from '../subgraphs';
import type { SubgraphName } from '../shared/config';

/**
 * `npm run compose`: prints each subgraph's SDL to the file supergraph.yaml names, then
 * composes them into supergraph.graphql. Both are committed; a test fails when stale.
 * `npm run compose -- --only party` reprints one subgraph and recomposes.
 */
async function main(): Promise<void> {
  const root = repoRoot();
  const config = readSupergraphConfig(root);
  const onlyIdx = process.argv.indexOf('--only');
  const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;
  for (const [name, s] of Object.entries(config.subgraphs)) {
    if (only && name !== only) continue;
    const schema = await SUBGRAPHS[name as SubgraphName].buildSchema();
    fs.writeFileSync(path.join(root, s.schema.file), printSdl(schema));
    console.log(`printed ${s.schema.file}`);
  }
  const supergraph = composeSupergraph((_name, file) => fs.readFileSync(file, 'utf8'), root);
  fs.writeFileSync(path.join(root, 'supergraph.graphql'), supergraph);
  console.log('composed supergraph.graphql');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
