import { SeenAssertions1763773000000 } from '../../shared/auth/seen-assertions.migration';
import { HandoverFailedIndex1796295762532 } from '../../shared/handover/handover-failed-index.migration';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { defineSubgraph } from '../../shared/server/subgraph-module';
import { activityModule } from './activity/activity.module';
import { analyticsModule } from './analytics/analytics.module';
import { escalationModule, escalationWorkers } from './escalation/escalation.module';
import { seedPartyDemo } from './demo/seed-demo';
import { issueReportModule } from './issue-report/issue-report.module';
import { listsModule } from './lists/lists.module';
import { microWishModule } from './micro-wish/micro-wish.module';
import { OrgTree1763770000100 } from './migrations/1763770000100-org-tree';
import { UnitsHouseholdsResidents1763771000100 } from './migrations/1763771000100-units-households-residents';
import { IssueReports1763771000200 } from './migrations/1763771000200-issue-reports';
import { PartyOrganisation1763771000300 } from './migrations/1763771000300-party-organisation';
import { ServiceStation1763771000400 } from './migrations/1763771000400-service-station';
import { ThreeListsAndWishes1763771000500 } from './migrations/1763771000500-three-lists-and-wishes';
import { ActivitiesAndPoints1763771000600 } from './migrations/1763771000600-activities-and-points';
import { ReportHandovers1763772000100 } from './migrations/1763772000100-report-handovers';
import { ListOrders1796178700100 } from './migrations/1796178700100-list-orders';
import { DistrictScaleIndexes1796178800100 } from './migrations/1796178800100-district-scale-indexes';
import { PromiseAndEscalation1796178900100 } from './migrations/1796178900100-promise-and-escalation';
import { neighbourWorkers, neighboursModule } from './neighbours/neighbours.module';
import { orgTreeModule } from './org-tree/org-tree.module';
import { partyOrgModule } from './party-org/party-org.module';
import { residentModule } from './resident/resident.module';
import { stationModule } from './station/station.module';

export const partySubgraph = defineSubgraph({
  name: 'party',
  description:
    'The party subgraph (党建引领 and the grid): the org tree every other subgraph refers to, residents, the Party organisation, the service station and issue reports.',
  modules: [
    orgTreeModule,
    residentModule,
    issueReportModule,
    partyOrgModule,
    stationModule,
    listsModule,
    microWishModule,
    activityModule,
    analyticsModule,
    escalationModule,
    neighboursModule,
  ],
  migrations: [
    HandoverTables1763770000000,
    SeenAssertions1763773000000,
    OrgTree1763770000100,
    UnitsHouseholdsResidents1763771000100,
    IssueReports1763771000200,
    PartyOrganisation1763771000300,
    ServiceStation1763771000400,
    ThreeListsAndWishes1763771000500,
    ActivitiesAndPoints1763771000600,
    ReportHandovers1763772000100,
    ListOrders1796178700100,
    DistrictScaleIndexes1796178800100,
    PromiseAndEscalation1796178900100,
    HandoverFailedIndex1796295762532,
  ],
  seedDemo: seedPartyDemo,
  workers: (dataSource, clock) => [...neighbourWorkers(dataSource, clock), ...escalationWorkers(dataSource, clock)],
});
