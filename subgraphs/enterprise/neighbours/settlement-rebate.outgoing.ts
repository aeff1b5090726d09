import type { EntityManager } from 'typeorm';
import { enqueueHandover } from '../../../shared/handover/outbox';
import type { HandoverRoute } from '../../../shared/handover/handover-route';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';

/**
 * enterprise → committee: the rebate of a settlement into the owners' public-affairs fund.
 * The committee applies it once per settlement id; what it returns (the fund entry id) is
 * kept on the outbox row, from which `Settlement.rebate` reads its status.
 */

export interface RebateHandover {
  settlementId: string;
  committeeId: string;
  compoundId: string;
  amountFen: bigint;
  period: string;
}

/** Called by the settlement service inside its transaction: the rebate is promised with the settlement, or not at all. */
export async function enqueueSettlementRebate(m: EntityManager, rebate: RebateHandover, actor: string, at: Date): Promise<void> {
  await enqueueHandover(m, {
    topic: SETTLEMENT_REBATE_TOPIC,
    recordId: rebate.settlementId,
    payload: { ...rebate, amountFen: rebate.amountFen.toString() },
    actor,
    at,
  });
}

const APPLY_SETTLEMENT_REBATE = `mutation ApplySettlementRebate($input: ApplySettlementRebateInput!) {
  applySettlementRebate(input: $input) { id }
}`;

export const settlementRebateRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ applySettlementRebate: { id: string } }>('committee', APPLY_SETTLEMENT_REBATE, {
      input: message.payload,
    });
    return { fundEntryId: data.applySettlementRebate.id };
  },
};
