import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { OutletEntry } from './outlet-entry.entity';

/** The outlets' money ledger: a table only; the outlets' services write it, settlements and analytics read it. */
export const ledgerModule: SubgraphModule = {
  entities: [OutletEntry],
};
