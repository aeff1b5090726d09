import type { EntityManager } from 'typeorm';
import { constraintOf, isUniqueViolation } from '../db/pg-errors';
import { conflict } from '../errors';
import { receiveOnce } from '../handover/receiver';
import type { RequestContext } from '../server/context';
import { idempotencyKey } from './idempotency-key';

export interface IdempotentRequest {
  /** What is being done, e.g. `fund.income`, `settlement.make`: keys of different operations never meet. */
  operation: string;
  /** Whose key space this is (the caller, an enterprise, an outlet): the same key in two scopes is two requests. */
  scope: string;
  /** The client's `idempotencyKey`, checked here against the one rule. */
  key: unknown;
  /** The normalised input: the same key with a different request is a CONFLICT. */
  request: Record<string, unknown>;
}

/**
 * Runs a money-moving write at most once per (operation, scope, key). The same key and
 * request again returns the first result's id and writes nothing; the same key with
 * another request is a CONFLICT. It is the hand-over receiver's inbox (one row per key,
 * committed with the effect), so a racing duplicate waits for the first and replays it,
 * and a failed first attempt leaves no trace. `apply` returns the id of what it made;
 * the caller loads what it shows.
 *
 * Tables whose rows carry the key also guard it with a UNIQUE constraint named
 * `<table>_idempotency`; a row written with a key before the inbox knew it (imported,
 * seeded) makes that constraint refuse the write, which is the same CONFLICT.
 */
export async function once(
  ctx: RequestContext,
  actor: string,
  request: IdempotentRequest,
  apply: (m: EntityManager) => Promise<string>,
): Promise<string> {
  const key = idempotencyKey(request.key);
  try {
    const { id } = await receiveOnce(
      ctx.dataSource,
      {
        topic: `idempotent.${request.operation}`,
        recordId: `${request.scope}:${key}`,
        payload: request.request,
        receivedBy: actor,
        at: ctx.clock.now(),
      },
      async (m) => ({ id: await apply(m) }),
    );
    return id;
  } catch (error) {
    if (isUniqueViolation(error) && /_idempotency$/.test(constraintOf(error) ?? '')) {
      throw conflict('This idempotencyKey was already used for another request', { field: 'idempotencyKey' });
    }
    throw error;
  }
}
