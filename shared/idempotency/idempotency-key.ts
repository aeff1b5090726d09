import { badInput } from '../errors';

export const IDEMPOTENCY_KEY_MAX = 200;

// Control characters (NUL among them) never belong in a key; PostgreSQL refuses NUL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The one rule for every money-moving mutation's `idempotencyKey`: trimmed, 1 to 200
 * characters, no control characters. Clients usually send a UUID.
 */
export function idempotencyKey(value: unknown): string {
  const key = typeof value === 'string' ? value.trim() : '';
  if (!key || key.length > IDEMPOTENCY_KEY_MAX || CONTROL.test(key)) {
    throw badInput(`idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`, { field: 'idempotencyKey' });
  }
  return key;
}
