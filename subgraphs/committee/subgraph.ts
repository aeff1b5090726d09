import { Compound } from './compound/compound.ref';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import { entityReference } from '../../shared/schema/entity-reference';
import type { SubgraphDefinition } from '../../shared/server/subgraph-definition';
import { CompoundCommitteeResolver } from './compound/compound.resolver';
import { seedCommitteeDemo } from './demo/seed-demo';
import { OwnersCommittee1763770000200 } from './migrations/1763770000200-owners-committee';
import { OwnerRoll1763770000210 } from './migrations/1763770000210-owner-roll';
import { JointVotes1763770000220 } from './migrations/1763770000220-joint-votes';
import { Household } from './owner-roll/household.ref';
import { OwnedUnit } from './owner-roll/owned-unit.entity';
import { HouseholdCommitteeResolver, OwnedUnitResolver, OwnerResolver, OwnerRollResolver } from './owner-roll/owner-roll.resolver';
import { Owner } from './owner-roll/owner.entity';
import { OwnersCommittee } from './owners-committee/owners-committee.entity';
import { committeeById } from './owners-committee/owners-committee.loaders';
import { CommitteeSeatResolver, CommitteeTermResolver, OwnersCommitteeResolver } from './owners-committee/owners-committee.resolver';
import { CommitteeSeat, CommitteeTerm } from './owners-committee/committee-term.entity';
import { CommitteeTerms1763770000230 } from './migrations/1763770000230-committee-terms';
import { Ballot } from './vote/ballot.entity';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { Consultation, ConsultationStep, ConsultationTopic } from './consultation/consultation.entity';
import { ConsultationResolver, ConsultationStepResolver } from './consultation/consultation.resolver';
import { GovernanceDocument, GovernanceDocumentVersion } from './governance/governance-document.entity';
import { GovernanceDocumentResolver, GovernanceDocumentVersionResolver } from './governance/governance.resolver';
import { ConsultationsAndDocuments1763770000250 } from './migrations/1763770000250-consultations-and-documents';
import { FundEntry } from './fund/fund-entry.entity';
import { fundEntryById } from './fund/fund.loaders';
import { CommitteeFundResolver, FundEntryResolver, PublicFundResolver, SettlementFundResolver } from './fund/fund.resolver';
import { Settlement } from './fund/settlement.ref';
import { PublicFund1763770000240 } from './migrations/1763770000240-public-fund';
import { JointVote } from './vote/joint-vote.entity';
import { BallotResolver, JointVoteResolver } from './vote/vote.resolver';

/**
 * The owners' committee subgraph (业主委员会): committees, the owner roll, joint
 * decisions under Civil Code art. 278, consultations, the convention and the public fund.
 */
export const committeeSubgraph: SubgraphDefinition = {
  name: 'committee',
  entities: [
    OwnersCommittee,
    CommitteeTerm,
    CommitteeSeat,
    Owner,
    OwnedUnit,
    JointVote,
    Ballot,
    FundEntry,
    Consultation,
    ConsultationStep,
    ConsultationTopic,
    GovernanceDocument,
    GovernanceDocumentVersion,
    OutboxMessage,
    InboxReceipt,
  ],
  migrations: [
    HandoverTables1763770000000,
    OwnersCommittee1763770000200,
    OwnerRoll1763770000210,
    JointVotes1763770000220,
    CommitteeTerms1763770000230,
    PublicFund1763770000240,
    ConsultationsAndDocuments1763770000250,
  ],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        CompoundCommitteeResolver,
        OwnersCommitteeResolver,
        CommitteeTermResolver,
        CommitteeSeatResolver,
        OwnerRollResolver,
        OwnerResolver,
        OwnedUnitResolver,
        HouseholdCommitteeResolver,
        JointVoteResolver,
        BallotResolver,
        PublicFundResolver,
        FundEntryResolver,
        SettlementFundResolver,
        CommitteeFundResolver,
        ConsultationResolver,
        ConsultationStepResolver,
        GovernanceDocumentResolver,
        GovernanceDocumentVersionResolver,
        AnalyticsResolver,
      ],
      // Entities reached only through `_entities` must be named, or type-graphql drops them.
      orphanedTypes: [Compound, OwnersCommittee, Household, FundEntry, Settlement],
      referenceResolvers: {
        // Compound and Household are owned by party; a reference is all this subgraph needs to extend them.
        Compound: entityReference([], async (id) => ({ id })),
        Household: entityReference([], async (id) => ({ id })),
        OwnersCommittee: entityReference([], (id, ctx) => committeeById(ctx).load(id)),
        FundEntry: entityReference([], (id, ctx) => fundEntryById(ctx).load(id)),
        // Settlement is owned by enterprise; committee adds the fund entry its rebate produced.
        Settlement: entityReference([], async (id) => ({ id })),
      },
    }),
  seedDemo: seedCommitteeDemo,
};
