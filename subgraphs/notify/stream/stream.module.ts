import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { StreamTicketResolver } from './stream-ticket.resolver';

/** The push stream's GraphQL side: tickets for EventSource. The stream itself is `notifyStreamRoutes` (stream-route.ts). */
export const streamModule: SubgraphModule = {
  resolvers: [StreamTicketResolver],
};
