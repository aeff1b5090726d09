import { badInput } from '../errors';
import { isCleanText } from '../validation';

export const IDEMPOTENCY_KEY_MAX = 200;

/**
 * The one rule for every money-moving mutation's `idempotencyKey`: trimmed, 1 to 200
 * characters, and the shared text rule's characters (no control characters, NUL among
 * them, which PostgreSQL refuses). Clients usually send a UUID.
 */
export function idempotencyKey(value: unknown): string {
  const key = typeof value === 'string' ? value.trim() : '';
  if (!key || key.length > IDEMPOTENCY_KEY_MAX || !isCleanText(key)) {
    throw badInput(`idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`, { field: 'idempotencyKey' });
  }
  return key;
}
