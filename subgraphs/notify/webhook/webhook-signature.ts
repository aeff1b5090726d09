import { createHmac, randomBytes } from 'node:crypto';

/** Secrets read as Standard Webhooks writes them: `whsec_` and the base64 of the key's bytes. */
const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes (the HMAC-SHA256 block's worth of key), as `whsec_…`. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The `webhook-signature` header of one attempt, as Standard Webhooks signs: HMAC-SHA256
 * with the secret's decoded bytes over `id.timestamp.body`, base64, tagged `v1,`. The
 * receiver recomputes it from the headers and the raw body, so a changed body, id or
 * timestamp (a replay outside the receiver's tolerance) fails.
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}
