import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { toJsonText } from './json';

/** The PostgreSQL channel told of each new outbox row (payload: its topic). */
export const HANDOVER_CHANNEL = 'handover_outbox';

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
  // The relays LISTEN on HANDOVER_CHANNEL: told on commit (never of a rolled-back row), they
  // deliver at once instead of at their next poll. One statement either way.
  await manager.query(
    `WITH inserted AS (
       INSERT INTO handover_outbox (id, topic, record_id, payload, status, attempts, next_attempt_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, 'PENDING', 0, $5, $6, $5) ON CONFLICT (topic, record_id) DO NOTHING RETURNING topic
     )
     SELECT pg_notify('${HANDOVER_CHANNEL}', topic) FROM inserted`,
    [randomUUID(), request.topic, request.recordId, toJsonText(request.payload), request.at, request.actor],
  );
}
