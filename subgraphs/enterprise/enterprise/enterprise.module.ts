import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { SocialEnterpriseResolver } from './enterprise.resolver';
import { SocialEnterprise } from './social-enterprise.entity';

export const enterpriseModule: SubgraphModule = {
  entities: [SocialEnterprise],
  resolvers: [SocialEnterpriseResolver],
};
