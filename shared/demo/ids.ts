import { createHash } from 'node:crypto';

/**
 * A stable UUID for a demo record, derived from a readable key (UUIDv5-style, SHA-1 over
 * a fixed namespace). Every subgraph derives the same id from the same key, so the four
 * databases' demo rows refer to each other without a shared table.
 */
export function demoId(...key: (string | number)[]): string {
  const hash = createHash('sha1')
    .update(`doorstep-demo:${key.join(':')}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
