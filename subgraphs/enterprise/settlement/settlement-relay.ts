import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { InternalClient } from '../../../shared/handover/internal-client';
import { HandoverRoute, OutboxRelay, RelayOptions } from '../../../shared/handover/relay';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';

const APPLY_SETTLEMENT_REBATE = `mutation ApplySettlementRebate($input: ApplySettlementRebateInput!) {
  applySettlementRebate(input: $input) { id }
}`;

/**
 * enterprise → committee: the rebate of a settlement into the owners' public-affairs fund.
 * The committee applies it once per settlement id; what it returns (the fund entry id) is
 * kept on the outbox row, from which `Settlement.rebate` reads its status.
 */
export const settlementRebateRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ applySettlementRebate: { id: string } }>('committee', APPLY_SETTLEMENT_REBATE, {
      input: message.payload,
    });
    return { fundEntryId: data.applySettlementRebate.id };
  },
};

export function enterpriseRelay(
  dataSource: DataSource,
  clock: Clock,
  client = new InternalClient('enterprise'),
  options: RelayOptions = {},
): OutboxRelay {
  return new OutboxRelay(dataSource, client, { [SETTLEMENT_REBATE_TOPIC]: settlementRebateRoute }, { clock, ...options });
}
