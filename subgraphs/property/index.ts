import 'reflect-metadata';
import { runSubgraphFromEnv } from '../../shared/server/run-subgraph';
import { propertySubgraph } from './subgraph';

runSubgraphFromEnv(propertySubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
