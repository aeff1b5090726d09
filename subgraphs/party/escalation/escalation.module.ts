import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CompoundEscalationPolicy } from './escalation-policy.entity';
import { CompoundEscalationResolver, ReportEscalationResolver } from './escalation.resolver';
import { EscalationWorker } from './escalation.worker';
import { ReportEscalation } from './report-escalation.entity';

/** The 10-minute promise kept live: per-compound escalation policies, due-time rows and their worker. */
export const escalationModule: SubgraphModule = {
  entities: [CompoundEscalationPolicy, ReportEscalation],
  resolvers: [CompoundEscalationResolver, ReportEscalationResolver],
};

export function escalationWorkers(dataSource: DataSource, clock: Clock): BackgroundWorker[] {
  return [new EscalationWorker(dataSource, { clock })];
}
