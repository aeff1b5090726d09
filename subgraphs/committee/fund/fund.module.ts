import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { FundEntry } from './fund-entry.entity';
import { fundEntryById } from './fund.loaders';
import { CommitteeFundResolver, FundEntryResolver, PublicFundResolver } from './fund.resolver';

/** The public-affairs fund (公共事务经费): one balance per compound and its append-only ledger, disclosed to all. */
export const fundModule: SubgraphModule = {
  entities: [FundEntry],
  resolvers: [PublicFundResolver, FundEntryResolver, CommitteeFundResolver],
  // Enterprise's settlements reach fund entries only through `_entities`, so it is named here.
  orphanedTypes: [FundEntry],
  referenceResolvers: { FundEntry: entityReference([], (id, ctx) => fundEntryById(ctx).load(id)) },
};
