import type { EntityManager } from 'typeorm';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, forbidden } from '../../../shared/errors';
import { calendarMonth } from '../../../shared/time/calendar-date';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { FundDirection, FundEntryStatus, FundSource } from './fund.enums';
import { insertEntry, lockAccount, moveBalance, validAmount } from './fund-ledger.service';

/** The hand-over's content checked and normalised; what a replay must repeat exactly. */
export function validRebate(input: {
  settlementId: string;
  committeeId: string;
  compoundId: string;
  amountFen: unknown;
  period: unknown;
}): SettlementRebate {
  const settlementId = assertUuid(input.settlementId, 'settlementId');
  const committeeId = assertUuid(input.committeeId, 'committeeId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const amountFen = validAmount(input.amountFen);
  const period = calendarMonth(input.period);
  return { settlementId, committeeId, compoundId, amountFen, period };
}

/**
 * Posts a settlement rebate as fund income, inside the receiver's transaction; a
 * committee not of that compound is a permanent refusal.
 */
export async function postSettlementRebate(m: EntityManager, rebate: SettlementRebate, actor: string, at: Date): Promise<string> {
  const { committeeId, compoundId, amountFen } = rebate;
  const committee = await loadOrNotFound(m.getRepository(OwnersCommittee).findOneBy({ id: committeeId }), 'OwnersCommittee', committeeId);
  if (committee.compoundId !== compoundId)
    throw forbidden(`Committee ${committeeId} is not the owners' committee of compound ${compoundId}`);
  const balance = await lockAccount(m, committee, actor, at);
  const after = balance + amountFen;
  await moveBalance(m, compoundId, after, actor, at);
  return insertEntry(m, {
    committee,
    direction: FundDirection.INCOME,
    source: FundSource.SETTLEMENT_REBATE,
    amountFen,
    description: `Settlement rebate for ${rebate.period}`,
    status: FundEntryStatus.POSTED,
    actor,
    at,
    balanceAfter: after,
    settlementId: rebate.settlementId,
    period: rebate.period,
  });
}

/** A settlement's rebate for one month, as the enterprise subgraph hands it over (topic `settlement.rebate`). */
export interface SettlementRebate {
  settlementId: string;
  committeeId: string;
  compoundId: string;
  amountFen: bigint;
  period: string;
}
