import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict } from '../../../shared/errors';
import { formatYuan } from '../../../shared/money/money.type';
import { CharityFundEntryKind } from './canteen.enums';

/**
 * Moves the canteen's charity fund (爱心基金) by `amountFen` (negative = spending) inside
 * the caller's transaction. The fund row is locked (`FOR UPDATE`), so simultaneous
 * spending queues up and the balance can never go below zero (also a CHECK).
 */
export async function moveCharityFund(
  m: EntityManager,
  move: {
    outletId: string;
    kind: CharityFundEntryKind;
    amountFen: bigint;
    sourceId: string | null;
    note?: string | null;
    actor: string;
    at: Date;
  },
): Promise<bigint> {
  await m.query(`INSERT INTO charity_fund (outlet_id, balance_fen, updated_at) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`, [
    move.outletId,
    move.at,
  ]);
  const [row] = await m.query(`SELECT balance_fen::text AS balance FROM charity_fund WHERE outlet_id = $1 FOR UPDATE`, [move.outletId]);
  const after = BigInt(row.balance) + move.amountFen;
  if (after < 0n)
    throw conflict(`The charity fund holds ${formatYuan(BigInt(row.balance))} yuan, not enough for ${formatYuan(-move.amountFen)} yuan`);
  await m.query(`UPDATE charity_fund SET balance_fen = $2, updated_at = $3 WHERE outlet_id = $1`, [
    move.outletId,
    after.toString(),
    move.at,
  ]);
  await m.query(
    `INSERT INTO charity_fund_entry (id, outlet_id, kind, amount_fen, balance_after_fen, source_id, note, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      randomUUID(),
      move.outletId,
      move.kind,
      move.amountFen.toString(),
      after.toString(),
      move.sourceId,
      move.note ?? null,
      move.actor,
      move.at,
    ],
  );
  return after;
}

/** The charity fund's balance now (zero before its first move). */
export async function charityFundBalance(m: EntityManager, outletId: string): Promise<bigint> {
  const [row] = await m.query(`SELECT balance_fen::text AS balance FROM charity_fund WHERE outlet_id = $1`, [outletId]);
  return row ? BigInt(row.balance) : 0n;
}
