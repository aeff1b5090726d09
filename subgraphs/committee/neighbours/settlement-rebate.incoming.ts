import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { receiveOnce } from '../../../shared/handover/receiver';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';
import type { RequestContext } from '../../../shared/server/context';
import { FundEntry } from '../fund/fund-entry.entity';
import { postSettlementRebate, validRebate } from '../fund/fund-rebate.service';
import { fundEntryOf } from '../fund/fund.service';
import { assertRebatePromised } from './enterprise.lookups';
import { ApplySettlementRebateInput } from './neighbours.types';

/**
 * Enterprise's hand-over of a settlement rebate (topic `settlement.rebate`, keyed by
 * settlement id): confirmed with the enterprise first (a settlement it never made, or
 * another amount, credits nothing), then applied once; a replay returns the same entry
 * and writes nothing; the same settlement with other content is a CONFLICT.
 */
export async function receiveSettlementRebate(ctx: RequestContext, input: ApplySettlementRebateInput): Promise<FundEntry> {
  const rebate = validRebate(input);
  const viewer = requireViewer(ctx);
  await assertRebatePromised(rebate);
  const at = ctx.clock.now();
  const payload = { ...rebate, amountFen: rebate.amountFen.toString() };
  const { entryId } = await receiveOnce(
    ctx.dataSource,
    { topic: SETTLEMENT_REBATE_TOPIC, recordId: rebate.settlementId, payload, receivedBy: viewer.actor, at },
    async (m) => ({ entryId: await postSettlementRebate(m, rebate, viewer.actor, at) }),
  );
  return fundEntryOf(ctx, entryId);
}

@Resolver()
export class SettlementRebateReceiver {
  @InternalOperation('enterprise')
  @Mutation(() => FundEntry, { description: 'Internal: the enterprise subgraph hands over a settlement rebate (topic settlement.rebate).' })
  applySettlementRebate(
    @Arg('input', () => ApplySettlementRebateInput) @Directive('@inaccessible') input: ApplySettlementRebateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return receiveSettlementRebate(ctx, input);
  }
}
