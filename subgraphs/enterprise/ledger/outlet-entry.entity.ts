import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../../../shared/db/bigint-column';

export type OutletEntryKind = 'SALE' | 'COST_OF_GOODS';

/**
 * One line of an outlet's money ledger (append-only): a sale, or goods bought. A refund or
 * a corrected purchase is a reversal (negative amount, `reversesId` set), never an edit.
 * Settlements sum it per local month.
 */
@Entity('outlet_entry')
export class OutletEntry {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ type: 'text' })
  kind: OutletEntryKind;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintColumn })
  amountFen: bigint;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** What produced it: veg_order, veg_purchase, meal, market_sale, ... */
  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ name: 'reverses_id', type: 'uuid', nullable: true })
  reversesId: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
