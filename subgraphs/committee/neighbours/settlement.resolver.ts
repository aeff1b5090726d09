import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { FundEntry } from '../fund/fund-entry.entity';
import { fundEntryBySettlement } from '../fund/fund.loaders';
import { Settlement } from './settlement.ref';

/** What the committee adds to enterprise's settlement: the fund entry its rebate produced. */
@Resolver(() => Settlement)
export class SettlementFundResolver {
  @FieldResolver(() => FundEntry, { nullable: true, description: "The committee fund entry this settlement's rebate produced." })
  fundEntry(@Root() settlement: Settlement, @Ctx() ctx: RequestContext): Promise<FundEntry | null> {
    return fundEntryBySettlement(ctx).load(settlement.id);
  }
}
