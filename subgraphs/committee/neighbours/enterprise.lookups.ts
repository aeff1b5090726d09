import { conflict, DomainError } from '../../../shared/errors';
import { InternalClient } from '../../../shared/handover/internal-client';
import type { SettlementRebate } from '../fund/fund-rebate.service';

/**
 * The committee credits its fund only with a rebate the enterprise really promised: it
 * asks the enterprise's internal `settlementRebateInfo` (not cached; money is checked
 * against what is true now). Enterprise unreachable → SERVICE_UNAVAILABLE, and the relay
 * delivers again later.
 */
const client = new InternalClient('committee');

interface PromisedRebate {
  committeeId: string;
  compoundId: string;
  amount: string;
  period: string;
}

/** NOT_FOUND when the enterprise promised no rebate for the settlement; CONFLICT when it promised another. */
export async function assertRebatePromised(rebate: SettlementRebate): Promise<void> {
  const promised = await client.lookUp<PromisedRebate>(
    'enterprise',
    'settlementRebateInfo',
    'query($id: ID!) { settlementRebateInfo(settlementId: $id) { committeeId compoundId amount period } }',
    { id: rebate.settlementId },
    0,
  );
  if (!promised) {
    throw new DomainError('NOT_FOUND', `The enterprise service has no rebate for settlement ${rebate.settlementId}; nothing was credited`);
  }
  const same =
    promised.committeeId === rebate.committeeId &&
    promised.compoundId === rebate.compoundId &&
    BigInt(promised.amount) === rebate.amountFen &&
    promised.period === rebate.period;
  if (!same) {
    throw conflict(
      `The rebate of settlement ${rebate.settlementId} differs from what the enterprise service recorded; nothing was credited`,
    );
  }
}
