import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CompoundPartyResolver } from './compound-party.resolver';
import { GovernanceTask } from './governance-task.entity';
import { GovernanceTaskResolver } from './governance-task.resolver';
import { PartyMember } from './party-member.entity';
import { PartyMemberResolver } from './party-member.resolver';
import { PartyOrganisation } from './party-organisation.entity';
import { PartyOrganisationResolver } from './party-organisation.resolver';

/** The compound's Party organisation (党支部 / 综合党委), its members and their governance tasks. */
export const partyOrgModule: SubgraphModule = {
  entities: [PartyOrganisation, PartyMember, GovernanceTask],
  resolvers: [PartyOrganisationResolver, PartyMemberResolver, GovernanceTaskResolver, CompoundPartyResolver],
};
