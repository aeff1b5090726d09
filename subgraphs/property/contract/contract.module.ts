import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { ContractZone } from './contract-zone.entity';
import { ServiceContractResolver } from './contract.resolver';
import { ServiceContract } from './service-contract.entity';

/** Service contracts with a compound and the zones they cover: who is responsible for what, when. */
export const contractModule: SubgraphModule = {
  entities: [ServiceContract, ContractZone],
  resolvers: [ServiceContractResolver],
  orphanedTypes: [ServiceContract],
};
