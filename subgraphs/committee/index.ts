import 'reflect-metadata';
import { runSubgraphFromEnv } from '../../shared/server/run-subgraph';
import { committeeSubgraph } from './subgraph';

runSubgraphFromEnv(committeeSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
