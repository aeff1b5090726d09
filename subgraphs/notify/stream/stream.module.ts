import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import type { SubgraphRouteContext, SubgraphRoutes } from '../../../shared/server/subgraph-service';
import { notifyStreamRoutes } from './stream-route';
import { StreamTicketResolver } from './stream-ticket.resolver';

/** The push stream's GraphQL side: tickets for EventSource. */
export const streamModule: SubgraphModule = {
  resolvers: [StreamTicketResolver],
};

/** The push stream itself, `GET /events` beside GraphQL (stream-route.ts). */
export function streamRoutes(context: SubgraphRouteContext): SubgraphRoutes {
  return notifyStreamRoutes(context);
}
