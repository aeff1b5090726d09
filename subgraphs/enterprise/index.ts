import 'reflect-metadata';
import { runSubgraphFromEnv } from '../../shared/server/run-subgraph';
import { enterpriseSubgraph } from './subgraph';

runSubgraphFromEnv(enterpriseSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
