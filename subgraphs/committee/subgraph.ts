import { SeenAssertions1763773000000 } from '../../shared/auth/seen-assertions.migration';
import { HandoverFailedIndex1796295762532 } from '../../shared/handover/handover-failed-index.migration';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { defineSubgraph } from '../../shared/server/subgraph-module';
import { analyticsModule } from './analytics/analytics.module';
import { consultationModule } from './consultation/consultation.module';
import { seedCommitteeDemo } from './demo/seed-demo';
import { fundModule } from './fund/fund.module';
import { governanceModule } from './governance/governance.module';
import { OwnersCommittee1763770000200 } from './migrations/1763770000200-owners-committee';
import { OwnerRoll1763770000210 } from './migrations/1763770000210-owner-roll';
import { JointVotes1763770000220 } from './migrations/1763770000220-joint-votes';
import { CommitteeTerms1763770000230 } from './migrations/1763770000230-committee-terms';
import { PublicFund1763770000240 } from './migrations/1763770000240-public-fund';
import { ConsultationsAndDocuments1763770000250 } from './migrations/1763770000250-consultations-and-documents';
import { ListOrders1796178700200 } from './migrations/1796178700200-list-orders';
import { DistrictScaleIndexes1796178800200 } from './migrations/1796178800200-district-scale-indexes';
import { neighboursModule } from './neighbours/neighbours.module';
import { ownerRollModule } from './owner-roll/owner-roll.module';
import { ownersCommitteeModule } from './owners-committee/owners-committee.module';
import { voteModule } from './vote/vote.module';

export const committeeSubgraph = defineSubgraph({
  name: 'committee',
  description:
    "The owners' committee (业主委员会): committees, the owner roll, joint decisions under Civil Code art. 278, consultations, the convention and the public fund.",
  modules: [
    ownersCommitteeModule,
    ownerRollModule,
    voteModule,
    fundModule,
    consultationModule,
    governanceModule,
    analyticsModule,
    neighboursModule,
  ],
  migrations: [
    HandoverTables1763770000000,
    SeenAssertions1763773000000,
    OwnersCommittee1763770000200,
    OwnerRoll1763770000210,
    JointVotes1763770000220,
    CommitteeTerms1763770000230,
    PublicFund1763770000240,
    ConsultationsAndDocuments1763770000250,
    ListOrders1796178700200,
    DistrictScaleIndexes1796178800200,
    HandoverFailedIndex1796295762532,
  ],
  seedDemo: seedCommitteeDemo,
});
