import 'reflect-metadata';
import { databaseUrlOf, SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { openDatabase } from '../shared/server/run-subgraph';
import { SUBGRAPHS } from '../subgraphs';

/** `npm run migrate [-- party committee …]`: runs pending migrations on each named subgraph's database (all by default). */
async function main(): Promise<void> {
  const names = (process.argv.slice(2).length ? process.argv.slice(2) : SUBGRAPH_NAMES) as SubgraphName[];
  for (const name of names) {
    const def = SUBGRAPHS[name];
    if (!def) throw new Error(`Unknown subgraph ${name}`);
    const url = databaseUrlOf(name);
    if (!url) throw new Error(`Set DATABASE_URL or ${name.toUpperCase()}_DATABASE_URL`);
    const ds = await openDatabase(def, url, true);
    console.log(`${name}: migrations up to date`);
    await ds.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
