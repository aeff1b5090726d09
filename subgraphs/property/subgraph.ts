import { SeenAssertions1763773000000 } from '../../shared/auth/seen-assertions.migration';
import { HandoverFailedIndex1796295762532 } from '../../shared/handover/handover-failed-index.migration';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { defineSubgraph } from '../../shared/server/subgraph-module';
import { analyticsModule } from './analytics/analytics.module';
import { commonAreaModule } from './common-area/common-area.module';
import { companyModule } from './company/company.module';
import { contractModule } from './contract/contract.module';
import { seedPropertyDemo } from './demo/seed-demo';
import { intakeModule } from './intake/intake.module';
import { CompaniesAndContracts1763770000300 } from './migrations/1763770000300-companies-and-contracts';
import { ZonesStaffAreas1763770000310 } from './migrations/1763770000310-zones-staff-areas';
import { WorkOrders1763770000320 } from './migrations/1763770000320-work-orders';
import { IntakeAndOpenDays1763770000330 } from './migrations/1763770000330-intake-and-open-days';
import { ListOrders1796178700300 } from './migrations/1796178700300-list-orders';
import { DutyManagersAndSla1796300000300 } from './migrations/1796300000300-duty-managers-and-sla';
import { neighbourWorkers, neighboursModule } from './neighbours/neighbours.module';
import { openDayModule } from './open-day/open-day.module';
import { staffModule } from './staff/staff.module';
import { workOrderModule } from './work-order/work-order.module';

export const propertySubgraph = defineSubgraph({
  name: 'property',
  description:
    'The property subgraph (物业): companies, service contracts and their zones, work orders, after-hours intake and service open days.',
  modules: [
    companyModule,
    staffModule,
    contractModule,
    commonAreaModule,
    workOrderModule,
    intakeModule,
    openDayModule,
    analyticsModule,
    neighboursModule,
  ],
  migrations: [
    HandoverTables1763770000000,
    SeenAssertions1763773000000,
    CompaniesAndContracts1763770000300,
    ZonesStaffAreas1763770000310,
    WorkOrders1763770000320,
    IntakeAndOpenDays1763770000330,
    ListOrders1796178700300,
    DutyManagersAndSla1796300000300,
    HandoverFailedIndex1796295762532,
  ],
  seedDemo: seedPropertyDemo,
  workers: neighbourWorkers,
});
