import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { entryWithReversal } from '../fund/fund.service';
import { FundEntryInfo } from './neighbours.types';

/** Enterprise checks a fund entry id at write time (the co-funding the fund paid) through this internal query. */
@Resolver()
export class FundEntryInfoResolver {
  @InternalOperation('enterprise')
  @Query(() => FundEntryInfo, {
    nullable: true,
    description:
      "Internal: a fund entry's compound, direction, status and amount, for other subgraphs' write-time checks; null when unknown.",
  })
  async fundEntryInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FundEntryInfo | null> {
    const found = await entryWithReversal(ctx, assertUuid(id));
    if (!found) return null;
    const { entry, reversed } = found;
    return {
      id: entry.id,
      compoundId: entry.compoundId,
      committeeId: entry.committeeId,
      direction: entry.direction,
      status: entry.status,
      amount: entry.amountFen,
      reversed,
    };
  }
}
