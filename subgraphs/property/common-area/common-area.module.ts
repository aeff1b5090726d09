import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CommonArea } from './common-area.entity';
import { CommonAreaResolver } from './common-area.resolver';

/** A compound's named common areas (公共区域): what contracts cover besides buildings. */
export const commonAreaModule: SubgraphModule = {
  entities: [CommonArea],
  resolvers: [CommonAreaResolver],
};
