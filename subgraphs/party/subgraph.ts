import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { seedPartyDemo } from './demo/seed-demo';
import { OrgTree1763770000100 } from './migrations/1763770000100-org-tree';
import { UnitsHouseholdsResidents1763771000100 } from './migrations/1763771000100-units-households-residents';
import { Building } from './org-tree/building.entity';
import { BuildingResolver } from './org-tree/building.resolver';
import { Community } from './org-tree/community.entity';
import { Compound } from './org-tree/compound.entity';
import { CompoundResolver } from './org-tree/compound.resolver';
import { Household } from './org-tree/household.entity';
import { buildingById, compoundById, householdById } from './org-tree/org-tree.loaders';
import {
  BuildingTreeResolver,
  CommunityResolver,
  CompoundTreeResolver,
  HouseholdResolver,
  StreetResolver,
  UnitResolver,
} from './org-tree/org-tree.resolver';
import { Street } from './org-tree/street.entity';
import { Unit } from './org-tree/unit.entity';
import { IssueReport, IssueReportEntry, PartTimeGridWorker } from './issue-report/issue-report.entity';
import { IssueReportResolver, visibleReport } from './issue-report/issue-report.resolver';
import { partyRelay, ReportHandoverResolver } from './issue-report/report-handover';
import { ReportHandovers1763772000100 } from './migrations/1763772000100-report-handovers';
import { IssueReports1763771000200 } from './migrations/1763771000200-issue-reports';
import { PartyOrganisation1763771000300 } from './migrations/1763771000300-party-organisation';
import { GovernanceTask, PartyMember, PartyOrganisation } from './party-org/party-org.entity';
import {
  CompoundPartyResolver,
  GovernanceTaskResolver,
  PartyMemberResolver,
  PartyOrganisationResolver,
} from './party-org/party-org.resolver';
import { ServiceStation1763771000400 } from './migrations/1763771000400-service-station';
import { CompoundCalendarDay, ServiceStation, StationService } from './station/station.entity';
import { CompoundStationResolver, ServiceStationResolver, stationById } from './station/station.resolver';
import { ThreeListsAndWishes1763771000500 } from './migrations/1763771000500-three-lists-and-wishes';
import { MicroWish, Need, Project, Resource } from './lists/lists.entity';
import { CompoundListsResolver, ListsResolver, MicroWishResolver } from './lists/lists.resolver';
import { ActivitiesAndPoints1763771000600 } from './migrations/1763771000600-activities-and-points';
import { Activity, ActivitySignup, PointsEntry } from './activity/activity.entity';
import { ActivityResolver, ActivitySignupResolver, CompoundActivitiesResolver, PointsResolver } from './activity/activity.resolver';
import { PartyStatsResolver } from './analytics/party-stats.resolver';
import { Resident } from './resident/resident.entity';
import { visibleResident } from './resident/resident.loaders';
import { CompoundResidentsResolver, HouseholdResidentsResolver, ResidentResolver } from './resident/resident.resolver';

/**
 * The party subgraph (党建引领 and the grid): the org tree every other subgraph refers
 * to, residents, the Party organisation, the service station and issue reports.
 */
export const partySubgraph: SubgraphDefinition = {
  name: 'party',
  entities: [
    Street,
    Community,
    Compound,
    Building,
    Unit,
    Household,
    Resident,
    IssueReport,
    IssueReportEntry,
    PartTimeGridWorker,
    PartyOrganisation,
    PartyMember,
    GovernanceTask,
    ServiceStation,
    StationService,
    CompoundCalendarDay,
    Need,
    Resource,
    Project,
    MicroWish,
    Activity,
    ActivitySignup,
    PointsEntry,
    OutboxMessage,
    InboxReceipt,
  ],
  migrations: [
    HandoverTables1763770000000,
    OrgTree1763770000100,
    UnitsHouseholdsResidents1763771000100,
    IssueReports1763771000200,
    PartyOrganisation1763771000300,
    ServiceStation1763771000400,
    ThreeListsAndWishes1763771000500,
    ActivitiesAndPoints1763771000600,
    ReportHandovers1763772000100,
  ],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        CompoundResolver,
        BuildingResolver,
        StreetResolver,
        CommunityResolver,
        CompoundTreeResolver,
        BuildingTreeResolver,
        UnitResolver,
        HouseholdResolver,
        ResidentResolver,
        HouseholdResidentsResolver,
        CompoundResidentsResolver,
        IssueReportResolver,
        ReportHandoverResolver,
        PartyOrganisationResolver,
        PartyMemberResolver,
        GovernanceTaskResolver,
        CompoundPartyResolver,
        ServiceStationResolver,
        CompoundStationResolver,
        ListsResolver,
        MicroWishResolver,
        CompoundListsResolver,
        ActivityResolver,
        ActivitySignupResolver,
        PointsResolver,
        CompoundActivitiesResolver,
        PartyStatsResolver,
      ],
      orphanedTypes: [Compound, Building, Household, Resident, IssueReport, ServiceStation],
      referenceResolvers: {
        Compound: entityReference([], (id, ctx) => compoundById(ctx).load(id)),
        Building: entityReference([], (id, ctx) => buildingById(ctx).load(id)),
        Household: entityReference([], (id, ctx) => householdById(ctx).load(id)),
        // Same rule as `resident(id)`: someone who may not see the record gets null.
        Resident: entityReference([], (id, ctx) => visibleResident(ctx, id)),
        IssueReport: entityReference([], (id, ctx) => visibleReport(ctx, id)),
        ServiceStation: entityReference([], (id, ctx) => stationById(ctx).load(id)),
      },
    }),
  seedDemo: seedPartyDemo,
  workers: (dataSource, clock) => [partyRelay(dataSource, clock)],
};
