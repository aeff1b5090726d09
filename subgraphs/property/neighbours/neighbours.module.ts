import type { DataSource } from 'typeorm';
import { checkRoles } from '../../../shared/auth/auth-checker';
import type { Clock } from '../../../shared/clock';
import { isUuid } from '../../../shared/errors';
import { InboxReceipt } from '../../../shared/handover/inbox-receipt.entity';
import { InternalClient } from '../../../shared/handover/internal-client';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { OutboxRelay, type RelayOptions } from '../../../shared/handover/relay';
import { INTAKE_TO_GRID_TOPIC, NOTIFY_EVENT_TOPIC, WORK_ORDER_OUTCOME_TOPIC } from '../../../shared/handover/topics';
import { notifyEventRoute } from '../../../shared/notify/notify-event';
import { entityReference } from '../../../shared/schema/entity-reference';
import type { RequestContext } from '../../../shared/server/context';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { Building } from './building.ref';
import { BuildingPropertyResolver } from './building.resolver';
import { Compound } from './compound.ref';
import { CompoundPropertyResolver } from './compound.resolver';
import { intakeToGridRoute } from './intake-to-grid.outgoing';
import { IssueReport } from './issue-report.ref';
import { IssueReportPropertyResolver } from './issue-report.resolver';
import { ReportToWorkOrderResolver } from './report-to-work-order.incoming';
import { ServiceStation } from './service-station.ref';
import { ServiceStationPropertyResolver } from './service-station.resolver';
import { StaffAudienceResolver } from './staff-audience';
import { SlaWatch } from '../work-order/sla-watch';
import { workOrderOutcomeRoute } from './work-order-outcome.outgoing';

/**
 * Compound references keep party's `buildings { id }` when the gateway sends them for
 * `uncoveredZones` (@requires); everything else needs only the id.
 */
const compoundReference = {
  __resolveReference: (ref: { id: string; buildings?: { id: string }[] }, ctx: RequestContext): Compound | null => {
    checkRoles(ctx, []);
    if (!isUuid(ref.id)) return null;
    return { id: ref.id.toLowerCase(), buildings: ref.buildings?.map((b) => ({ id: b.id.toLowerCase() })) };
  },
};

/**
 * Everything property shares with party: party's compound, building, service station and
 * issue report with the fields property adds to them, the internal mutation through
 * which the grid hands a report over, and the hand-over tables.
 */
export const neighboursModule: SubgraphModule = {
  // The hand-over tables: what the relay sends, and what a receiver applied once.
  entities: [OutboxMessage, InboxReceipt],
  resolvers: [
    CompoundPropertyResolver,
    BuildingPropertyResolver,
    ServiceStationPropertyResolver,
    IssueReportPropertyResolver,
    ReportToWorkOrderResolver,
    StaffAudienceResolver,
  ],
  orphanedTypes: [Compound, Building, ServiceStation, IssueReport],
  referenceResolvers: {
    Compound: compoundReference,
    Building: entityReference([], async (id) => ({ id })),
    ServiceStation: entityReference([], async (id) => ({ id })),
    // Party decides who reaches a report; its work orders are filtered by `canSeeWorkOrder`.
    IssueReport: entityReference([], async (id) => ({ id })),
  },
};

/** Property's relay: work-order outcomes and intake hand-backs to party, events to notify. */
export function propertyRelay(
  dataSource: DataSource,
  clock: Clock,
  client = new InternalClient('property'),
  options: RelayOptions = {},
): OutboxRelay {
  return new OutboxRelay(
    dataSource,
    client,
    {
      [WORK_ORDER_OUTCOME_TOPIC]: workOrderOutcomeRoute,
      [INTAKE_TO_GRID_TOPIC]: intakeToGridRoute,
      [NOTIFY_EVENT_TOPIC]: notifyEventRoute,
    },
    { clock, ...options },
  );
}

/** The background workers of property's hand-overs, and the SLA watch whose breaches they carry to notify. */
export function neighbourWorkers(dataSource: DataSource, clock: Clock): BackgroundWorker[] {
  return [propertyRelay(dataSource, clock), new SlaWatch(dataSource, clock)];
}
