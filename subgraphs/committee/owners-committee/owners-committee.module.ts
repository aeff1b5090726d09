import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { entityReference } from '../../../shared/schema/entity-reference';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeTerm } from './committee-term.entity';
import { OwnersCommittee } from './owners-committee.entity';
import { committeeById } from './owners-committee.loaders';
import { CommitteeSeatResolver, CommitteeTermResolver, OwnersCommitteeResolver } from './owners-committee.resolver';

/** The owners' committee (业委会) of a compound, its elected terms and seats. */
export const ownersCommitteeModule: SubgraphModule = {
  entities: [OwnersCommittee, CommitteeTerm, CommitteeSeat],
  resolvers: [OwnersCommitteeResolver, CommitteeTermResolver, CommitteeSeatResolver],
  // Reached by other subgraphs only through `_entities`, so it is named here.
  orphanedTypes: [OwnersCommittee],
  referenceResolvers: { OwnersCommittee: entityReference([], (id, ctx) => committeeById(ctx).load(id)) },
};
