import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CompoundCalendarDay } from './compound-calendar-day.entity';
import { CompoundStationResolver } from './compound-station.resolver';
import { ServiceStation } from './service-station.entity';
import { ServiceStationResolver } from './service-station.resolver';
import { StationService } from './station-service.entity';
import { stationById } from './station.loaders';

/** The service station (服务驿站) of a compound: its services, its calendar and who is on duty. */
export const stationModule: SubgraphModule = {
  entities: [ServiceStation, StationService, CompoundCalendarDay],
  resolvers: [ServiceStationResolver, CompoundStationResolver],
  orphanedTypes: [ServiceStation],
  referenceResolvers: {
    ServiceStation: entityReference([], (id, ctx) => stationById(ctx).load(id)),
  },
};
