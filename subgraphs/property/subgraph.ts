import { checkRoles } from '../../shared/auth/auth-checker';
import { isUuid } from '../../shared/errors';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { RequestContext } from '../../shared/server/context';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { CommonArea } from './area/common-area.entity';
import { CommonAreaResolver } from './area/common-area.resolver';
import { Building } from './building/building.ref';
import { BuildingPropertyResolver } from './building/building.resolver';
import { PropertyCompany } from './company/property-company.entity';
import { PropertyCompanyResolver } from './company/property-company.resolver';
import { Compound } from './compound/compound.ref';
import { CompoundPropertyResolver } from './compound/compound.resolver';
import { companyById } from './contract/contract.loaders';
import { ContractZone } from './contract/contract-zone.entity';
import { ServiceContract } from './contract/service-contract.entity';
import { ServiceContractResolver } from './contract/service-contract.resolver';
import { seedPropertyDemo } from './demo/seed-demo';
import { CompaniesAndContracts1763770000300 } from './migrations/1763770000300-companies-and-contracts';
import { ZonesStaffAreas1763770000310 } from './migrations/1763770000310-zones-staff-areas';
import { WorkOrders1763770000320 } from './migrations/1763770000320-work-orders';
import { StaffMember } from './staff/staff-member.entity';
import { WorkOrderStatsResolver } from './stats/work-order-stats.resolver';
import { AfterHoursIntake } from './intake/after-hours-intake.entity';
import { AfterHoursIntakeResolver } from './intake/intake.resolver';
import { IntakeAndOpenDays1763770000330 } from './migrations/1763770000330-intake-and-open-days';
import { ServiceOpenDay, ServiceStandard } from './open-day/service-open-day.entity';
import { ServiceOpenDayResolver, ServiceStandardResolver } from './open-day/service-open-day.resolver';
import { WorkOrder, WorkOrderEvent } from './work-order/work-order.entity';
import { workOrderById } from './work-order/work-order.loaders';
import { canSee } from './work-order/work-order.access';
import { WorkOrderResolver } from './work-order/work-order.resolver';
import { ServiceStation } from './station/service-station.ref';
import { ServiceStationPropertyResolver } from './station/service-station.resolver';
import { IssueReport } from './party/issue-report.ref';
import { IssueReportPropertyResolver, propertyRelay } from './party/report-handover';

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
 * The property subgraph (物业): companies, service contracts and their zones,
 * work orders, after-hours intake and service open days.
 */
export const propertySubgraph: SubgraphDefinition = {
  name: 'property',
  entities: [
    PropertyCompany,
    ServiceContract,
    ContractZone,
    StaffMember,
    CommonArea,
    WorkOrder,
    WorkOrderEvent,
    AfterHoursIntake,
    ServiceOpenDay,
    ServiceStandard,
    OutboxMessage,
    InboxReceipt,
  ],
  migrations: [
    HandoverTables1763770000000,
    CompaniesAndContracts1763770000300,
    ZonesStaffAreas1763770000310,
    WorkOrders1763770000320,
    IntakeAndOpenDays1763770000330,
  ],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        CompoundPropertyResolver,
        PropertyCompanyResolver,
        ServiceContractResolver,
        CommonAreaResolver,
        BuildingPropertyResolver,
        ServiceStationPropertyResolver,
        WorkOrderResolver,
        AfterHoursIntakeResolver,
        ServiceOpenDayResolver,
        ServiceStandardResolver,
        WorkOrderStatsResolver,
        IssueReportPropertyResolver,
      ],
      // Entities reached only through `_entities` must be named, or type-graphql drops them.
      orphanedTypes: [Compound, Building, ServiceStation, ServiceContract, PropertyCompany, WorkOrder, IssueReport],
      referenceResolvers: {
        Compound: compoundReference,
        Building: entityReference([], async (id) => ({ id })),
        ServiceStation: entityReference([], async (id) => ({ id })),
        // Party decides who reaches a report; its work orders are filtered by `canSee`.
        IssueReport: entityReference([], async (id) => ({ id })),
        PropertyCompany: entityReference([], (id, ctx) => companyById(ctx).load(id)),
        // Reaching an order through another type shows no more than `workOrder(id)`.
        WorkOrder: entityReference([], async (id, ctx) => {
          const order = await workOrderById(ctx).load(id);
          return order && ctx.viewer && canSee(ctx.viewer, order) ? order : null;
        }),
      },
    }),
  seedDemo: seedPropertyDemo,
  workers: (dataSource, clock) => [propertyRelay(dataSource, clock)],
};
