import 'reflect-metadata';
import { runSubgraphFromEnv } from '../../shared/server/run-subgraph';
import { partySubgraph } from './subgraph';

runSubgraphFromEnv(partySubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
