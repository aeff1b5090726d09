import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { rebateMessageBySettlement } from '../settlement/settlement.loaders';
import { SettlementRebateInfo } from './settlement-rebate.types';

/**
 * The committee confirms a rebate with the enterprise before crediting its fund: the
 * answer is the hand-over the settlement wrote (its outbox row), so a rebate for a
 * settlement the enterprise never made, or for another amount, is refused.
 */
@Resolver()
export class SettlementRebateInfoResolver {
  @InternalOperation('committee')
  @Query(() => SettlementRebateInfo, {
    nullable: true,
    description: 'Internal: the rebate the enterprise promised with a settlement, for the committee to confirm; null when none.',
  })
  async settlementRebateInfo(
    @Arg('settlementId', () => ID) settlementId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SettlementRebateInfo | null> {
    const message = await rebateMessageBySettlement(ctx).load(assertUuid(settlementId, 'settlementId'));
    if (!message) return null;
    const promised = message.payload as { committeeId: string; compoundId: string; amountFen: string; period: string };
    return {
      settlementId: message.recordId,
      committeeId: promised.committeeId,
      compoundId: promised.compoundId,
      amount: BigInt(promised.amountFen),
      period: promised.period,
    };
  }
}
