import { badInput } from '../../../shared/errors';
import { isProduction } from '../../../shared/config';

/** The longest URL a webhook may have: an endpoint's address, not a place for data. */
export const MAX_URL_LENGTH = 500;

/**
 * A webhook's URL, checked: absolute http(s) (https only in production: a delivery's body
 * names compounds and, for personal events, a resident), no user name or password in it
 * (a secret in a URL ends up in logs and in every admin's list), no fragment, at most
 * MAX_URL_LENGTH characters. Each refusal is BAD_USER_INPUT on `url` with a `reason`.
 * Private addresses are allowed: the receiver (an SMS gateway) is an operator's system,
 * often inside the same network, and only an admin registers one.
 */
export function checkWebhookUrl(raw: string): string {
  const refuse = (reason: string, message: string) => badInput(message, { field: 'url', reason });
  const text = raw.trim();
  if (!text) throw refuse('URL_REQUIRED', 'url is required');
  if ([...text].length > MAX_URL_LENGTH) throw refuse('URL_TOO_LONG', `url must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('URL_INVALID', 'url is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('URL_SCHEME', 'url must be http or https');
  if (isProduction() && url.protocol !== 'https:') throw refuse('URL_NOT_HTTPS', 'url must be https in production');
  if (url.username || url.password) throw refuse('URL_CREDENTIALS', 'url must not carry a user name or password');
  if (url.hash) throw refuse('URL_FRAGMENT', 'url must not have a fragment (#…): it is never sent');
  if (!url.hostname) throw refuse('URL_INVALID', 'url names no host');
  return url.toString();
}
