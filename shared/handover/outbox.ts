import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { toJsonText } from './json';

export interface HandoverRequest {
  topic: string;
  /** The sender's record id; the receiver applies each (topic, recordId) once. */
  recordId: string;
  payload: Record<string, unknown>;
  actor: string;
  at: Date;
}

/**
 * Step 1 of every hand-over: called inside the sender's own transaction, so the change
 * and the promise to deliver it commit (or roll back) together. Enqueuing the same
 * (topic, recordId) twice keeps the first. Amounts may be bigint (stored as decimal
 * strings, which the Fen scalar accepts).
 */
export async function enqueueHandover(manager: EntityManager, request: HandoverRequest): Promise<void> {
  await manager.query(
    `INSERT INTO handover_outbox (id, topic, record_id, payload, status, attempts, next_attempt_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, 'PENDING', 0, $5, $6, $5) ON CONFLICT (topic, record_id) DO NOTHING`,
    [randomUUID(), request.topic, request.recordId, toJsonText(request.payload), request.at, request.actor],
  );
}
