import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { GovernanceDocumentVersion } from './governance-document-version.entity';
import { GovernanceDocument } from './governance-document.entity';
import { GovernanceDocumentResolver, GovernanceDocumentVersionResolver } from './governance.resolver';

/** The residents' convention (居民公约) and self-governance charter (自治章程), each version adopted by a passed vote. */
export const governanceModule: SubgraphModule = {
  entities: [GovernanceDocument, GovernanceDocumentVersion],
  resolvers: [GovernanceDocumentResolver, GovernanceDocumentVersionResolver],
};
