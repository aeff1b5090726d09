import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OutletEntryKind } from './outlet-entry.entity';

/** The outlets' money ledger (append-only): every sale and every cost of goods, which settlements sum. */

export interface LedgerLine {
  outletId: string;
  kind: OutletEntryKind;
  amountFen: bigint;
  source: string;
  sourceId: string | null;
  reversesId?: string | null;
  actor: string;
  at: Date;
}

/** Appends one ledger line inside the caller's transaction; returns its id. */
export async function appendOutletEntry(m: EntityManager, line: LedgerLine): Promise<string> {
  const id = randomUUID();
  await m.query(
    `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, source_id, reverses_id, created_by, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$5)`,
    [id, line.outletId, line.kind, line.amountFen.toString(), line.at, line.source, line.sourceId, line.reversesId ?? null, line.actor],
  );
  return id;
}

/** The id of the (unreversed) line a record produced, for its reversal. */
export async function originalEntryId(m: EntityManager, source: string, sourceId: string): Promise<string> {
  const [line] = await m.query(`SELECT id FROM outlet_entry WHERE source = $1 AND source_id = $2 AND reverses_id IS NULL`, [
    source,
    sourceId,
  ]);
  return line.id;
}

/** Sales and cost of goods of an outlet between two instants, [start, end). */
export async function outletTotals(
  m: EntityManager,
  outletId: string,
  start: Date,
  end: Date,
): Promise<{ salesFen: bigint; costOfGoodsFen: bigint }> {
  const [row] = await m.query(
    `SELECT COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'SALE'), 0)::text AS sales,
            COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'COST_OF_GOODS'), 0)::text AS cost
       FROM outlet_entry WHERE outlet_id = $1 AND occurred_at >= $2 AND occurred_at < $3`,
    [outletId, start, end],
  );
  return { salesFen: BigInt(row.sales), costOfGoodsFen: BigInt(row.cost) };
}
