import { createHash, timingSafeEqual } from 'node:crypto';

/** The header the gateway and the relays add, so a subgraph called directly refuses. */
export const INTERNAL_CREDENTIAL_HEADER = 'x-doorstep-internal';

/** Constant-time comparison; hashing first makes the lengths equal. */
export function credentialMatches(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
