import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { ServiceOpenDayResolver, ServiceStandardResolver } from './open-day.resolver';
import { ServiceOpenDay } from './service-open-day.entity';
import { ServiceStandard } from './service-standard.entity';

/** Service open days (物业服务公开日) and the service standards and fees they publish. */
export const openDayModule: SubgraphModule = {
  entities: [ServiceOpenDay, ServiceStandard],
  resolvers: [ServiceOpenDayResolver, ServiceStandardResolver],
};
