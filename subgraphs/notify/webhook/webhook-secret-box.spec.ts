import { randomBytes, randomUUID } from 'node:crypto';
import { checkWebhookKey, openWebhookSecret, sealWebhookSecret, webhookKey } from './webhook-secret-box';

describe('webhook secrets at rest (AES-256-GCM under NOTIFY_WEBHOOK_KEY)', () => {
  const saved = { key: process.env.NOTIFY_WEBHOOK_KEY, env: process.env.NODE_ENV };
  afterEach(() => {
    for (const [name, value] of [
      ['NOTIFY_WEBHOOK_KEY', saved.key],
      ['NODE_ENV', saved.env],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const secret = 'whsec_' + randomBytes(32).toString('base64');
  const id = randomUUID();

  it('opens what it sealed, and each seal differs (a fresh nonce)', () => {
    const sealed = sealWebhookSecret(secret, id);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(sealWebhookSecret(secret, id)).not.toBe(sealed);
    expect(openWebhookSecret(sealed, id)).toBe(secret);
  });

  it('refuses another webhook id, another key, a changed byte and a plain secret', () => {
    const sealed = sealWebhookSecret(secret, id);
    expect(() => openWebhookSecret(sealed, randomUUID())).toThrow();
    expect(() => openWebhookSecret(sealed, id, randomBytes(32))).toThrow();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => openWebhookSecret(`v1.${bytes.toString('base64url')}`, id)).toThrow();
    expect(() => openWebhookSecret(secret, id)).toThrow('not a sealed webhook secret');
  });

  it('reads the key from NOTIFY_WEBHOOK_KEY: 32 bytes as base64, nothing else', () => {
    const key = randomBytes(32);
    process.env.NOTIFY_WEBHOOK_KEY = key.toString('base64');
    expect(webhookKey().equals(key)).toBe(true);
    for (const bad of [randomBytes(16).toString('base64'), 'not base64 at all!', randomBytes(33).toString('base64')]) {
      process.env.NOTIFY_WEBHOOK_KEY = bad;
      expect(() => webhookKey()).toThrow('NOTIFY_WEBHOOK_KEY must be 32 bytes as base64 (e.g. `openssl rand -base64 32`)');
    }
  });

  it('uses the dev key outside production only: production refuses it, and a missing key, at start', () => {
    delete process.env.NOTIFY_WEBHOOK_KEY;
    delete process.env.NODE_ENV;
    const dev = webhookKey();
    expect(() => checkWebhookKey()).not.toThrow();
    process.env.NODE_ENV = 'production';
    expect(() => checkWebhookKey()).toThrow(
      'Refusing to start with NODE_ENV=production: NOTIFY_WEBHOOK_KEY is not set (32 random bytes as base64, e.g. `openssl rand -base64 32`)',
    );
    process.env.NOTIFY_WEBHOOK_KEY = dev.toString('base64');
    expect(() => checkWebhookKey()).toThrow(
      'Refusing to start with NODE_ENV=production: NOTIFY_WEBHOOK_KEY is the dev key of this repository',
    );
    process.env.NOTIFY_WEBHOOK_KEY = randomBytes(32).toString('base64');
    expect(() => checkWebhookKey()).not.toThrow();
  });
});
