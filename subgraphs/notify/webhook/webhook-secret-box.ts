import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { env, isProduction, refusedStart } from '../../../shared/config';

/**
 * Webhook signing secrets at rest. notify must read a secret back to sign with it (HMAC),
 * so it cannot keep only a hash as it does for stream tickets; instead each secret is
 * sealed with AES-256-GCM under NOTIFY_WEBHOOK_KEY, bound to its webhook's id (a sealed
 * secret copied onto another row does not open). A database dump or backup then holds
 * no secret a forger could sign with.
 */

const VERSION = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Outside production only: a key everyone who has this repository knows, so it protects nothing. */
const DEV_WEBHOOK_KEY = createHash('sha256').update('doorstep dev webhook key: never for production').digest();

/** A bad NOTIFY_WEBHOOK_KEY (checkWebhookKey turns it into a refused start). */
export class WebhookKeyError extends Error {}

/**
 * NOTIFY_WEBHOOK_KEY: 32 random bytes as base64 (`openssl rand -base64 32`). Unset, the
 * dev key, refused in production, as are the dev key given explicitly and anything not
 * 32 bytes.
 */
export function webhookKey(): Buffer {
  const raw = env('NOTIFY_WEBHOOK_KEY')?.trim();
  if (raw === undefined) {
    if (isProduction())
      throw new WebhookKeyError('NOTIFY_WEBHOOK_KEY is not set (32 random bytes as base64, e.g. `openssl rand -base64 32`)');
    return DEV_WEBHOOK_KEY;
  }
  const key = Buffer.from(raw, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw) || key.length !== 32)
    throw new WebhookKeyError('NOTIFY_WEBHOOK_KEY must be 32 bytes as base64 (e.g. `openssl rand -base64 32`)');
  if (isProduction() && key.equals(DEV_WEBHOOK_KEY)) throw new WebhookKeyError('NOTIFY_WEBHOOK_KEY is the dev key of this repository');
  return key;
}

/** notify's own start check, run before its code loads (index.ts): a bad or missing key stops the start. */
export function checkWebhookKey(): void {
  try {
    webhookKey();
  } catch (error) {
    if (!(error instanceof WebhookKeyError)) throw error;
    throw refusedStart('notify', [error.message], error);
  }
}

/** `v1.` + base64url(iv | tag | ciphertext), bound to the webhook's id. */
export function sealWebhookSecret(secret: string, webhookId: string, key = webhookKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(webhookId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The secret back; throws when the key is not the one it was sealed with, or the text or the id was changed. */
export function openWebhookSecret(sealed: string, webhookId: string, key = webhookKey()): string {
  if (!sealed.startsWith(VERSION)) throw new Error('not a sealed webhook secret');
  const bytes = Buffer.from(sealed.slice(VERSION.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(webhookId));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
