import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type OutboxStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/**
 * A hand-over waiting to reach another stakeholder's subgraph, written in the same
 * transaction as the sender's own change (the transactional outbox).
 */
@Entity('handover_outbox')
@Index('handover_outbox_topic_record', ['topic', 'recordId'], { unique: true })
export class OutboxMessage {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** What is handed over, e.g. `settlement.rebate`; selects the relay's route. */
  @Column({ type: 'text' })
  topic: string;

  /** The sender's record id: the receiver's idempotency key. */
  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** What the receiver answered, e.g. the id of the record it created. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
