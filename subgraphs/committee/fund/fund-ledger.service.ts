import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { badInput } from '../../../shared/errors';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { FundDirection, FundEntryStatus, FundSource } from './fund.enums';

/** The committee of a compound, required before its fund can move. */
export async function committeeOf(m: EntityManager, compoundId: string): Promise<OwnersCommittee> {
  return loadOrNotFound(m.getRepository(OwnersCommittee).findOneBy({ compoundId }), `Owners' committee of compound ${compoundId}`);
}

/**
 * The compound's fund account, created on first use and locked FOR UPDATE: every
 * movement of one compound's money waits here for the previous one, so the balance is
 * checked against what is really there.
 */
export async function lockAccount(m: EntityManager, committee: OwnersCommittee, actor: string, at: Date): Promise<bigint> {
  await m.query(
    `INSERT INTO fund_account (compound_id, committee_id, balance_fen, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, 0, $3, $4, $3, $4) ON CONFLICT (compound_id) DO NOTHING`,
    [committee.compoundId, committee.id, actor, at],
  );
  const [row] = await m.query('SELECT balance_fen::text AS balance FROM fund_account WHERE compound_id = $1 FOR UPDATE', [
    committee.compoundId,
  ]);
  return BigInt(row.balance);
}

export async function moveBalance(m: EntityManager, compoundId: string, balance: bigint, actor: string, at: Date): Promise<void> {
  await m.query('UPDATE fund_account SET balance_fen = $2, updated_by = $3, updated_at = $4 WHERE compound_id = $1', [
    compoundId,
    balance.toString(),
    actor,
    at,
  ]);
}

export interface NewEntry {
  committee: OwnersCommittee;
  direction: FundDirection;
  source: FundSource;
  amountFen: bigint;
  description: string;
  status: FundEntryStatus;
  actor: string;
  at: Date;
  balanceAfter?: bigint;
  reversesEntryId?: string;
  settlementId?: string;
  period?: string;
}

export async function insertEntry(m: EntityManager, e: NewEntry): Promise<string> {
  const id = randomUUID();
  const posted = e.status === FundEntryStatus.POSTED;
  await m.query(
    `INSERT INTO fund_entry (id, compound_id, committee_id, direction, source, amount_fen, description, status, submitted_by, submitted_at,
                             posted_at, balance_after_fen, reverses_entry_id, settlement_id, period, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $9, $10, $9, $10)`,
    [
      id,
      e.committee.compoundId,
      e.committee.id,
      e.direction,
      e.source,
      e.amountFen.toString(),
      e.description,
      e.status,
      e.actor,
      e.at,
      posted ? e.at : null,
      posted ? e.balanceAfter!.toString() : null,
      e.reversesEntryId ?? null,
      e.settlementId ?? null,
      e.period ?? null,
    ],
  );
  return id;
}

/** The largest single amount: 10 million yuan; keeps typos (extra zeros) out of the ledger. */
const MAX_AMOUNT_FEN = 1_000_000_000n;

export function validAmount(value: unknown, field = 'amountFen'): bigint {
  if (typeof value !== 'bigint' || value <= 0n || value > MAX_AMOUNT_FEN)
    throw badInput(`${field} must be a whole number of fen from 1 to ${MAX_AMOUNT_FEN}`, { field });
  return value;
}
