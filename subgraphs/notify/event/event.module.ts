import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { EventPruning } from './event-pruning';
import { NotificationEvent } from './notification-event.entity';

/** The event log. Events come in through neighbours/ (the hand-over receiver). */
export const eventModule: SubgraphModule = {
  entities: [NotificationEvent],
};

/** The event log's own worker: pruning what is past the retention. */
export function eventWorkers(dataSource: DataSource, clock: Clock): BackgroundWorker[] {
  return [new EventPruning(dataSource, clock)];
}
