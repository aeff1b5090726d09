import { Column, Entity } from 'typeorm';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';

export type OutletEntryKind = 'SALE' | 'COST_OF_GOODS';

/**
 * One line of an outlet's money ledger (append-only): a sale, or goods bought. A refund or
 * a corrected purchase is a reversal (negative amount, `reversesId` set), never an edit.
 * Settlements sum it per local month.
 */
@Entity('outlet_entry')
export class OutletEntry {
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Column({ type: 'text' })
  kind: OutletEntryKind;

  @FenColumn('amount_fen')
  amountFen: bigint;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** What produced it: veg_order, veg_purchase, meal, market_sale, ... */
  @Column({ type: 'text' })
  source: string;

  @UuidColumn('source_id', { nullable: true })
  sourceId: string | null;

  @UuidColumn('reverses_id', { nullable: true })
  reversesId: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
