import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hand-over this subgraph has applied, kept so a replay returns the first result. */
@Entity('handover_inbox')
export class InboxReceipt {
  @PrimaryColumn({ type: 'text' })
  topic: string;

  @PrimaryColumn({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ name: 'payload_hash', type: 'text' })
  payloadHash: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ name: 'received_by', type: 'text' })
  receivedBy: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
