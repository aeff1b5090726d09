import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { Ballot } from './ballot.entity';
import { JointVote } from './joint-vote.entity';
import { BallotResolver, JointVoteResolver } from './vote.resolver';

/** Owners' joint decisions (业主共同决定, Civil Code art. 278): a frozen roll, secret ballots, a stored tally. */
export const voteModule: SubgraphModule = {
  entities: [JointVote, Ballot],
  resolvers: [JointVoteResolver, BallotResolver],
};
