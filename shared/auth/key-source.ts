import fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import type { JWSHeaderParameters, KeyLike } from 'jose';
import * as joseErrors from 'jose/errors';
import { createRemoteJWKSet } from 'jose/jwks/remote';
import { logger } from '../server/logger';
import { importJwks, KeySettingError, readJwksSetting, type TokenAlgorithm, type VerificationKey } from './keys';

/** At most one reload of a JWKS file, or fetch of a JWKS URL, per second. */
const RELOAD_INTERVAL_MS = 1_000;
/** A URL's keys are fetched again after this, so a removed key stops working. */
const REMOTE_CACHE_MS = 60_000;

/**
 * Where a verifier finds the public key a token names: a fixed set (JSON given inline,
 * or the dev keys), a file (reloaded when it changes or a token names an unknown key,
 * so a rotation needs no restart), or an https URL (an identity provider's JWKS).
 */
export interface KeySource {
  /** The key the token's header names, or a refusal; `kid` and `alg` must both match. */
  keyFor(header: JWSHeaderParameters): Promise<KeyLike | KeyObject>;
  /** The keys known now, for start-time checks; a URL's are not fetched at start. */
  known(): VerificationKey[];
  /**
   * Whether a key that verified a token before is still listed: a token taken again
   * without a signature check (verified-tokens.ts) stops working once its key is withdrawn.
   */
  stillLists(kid: string): boolean;
  /** What to call it in messages (the setting, never key material). */
  readonly description: string;
}

function noMatchingKey(): Error {
  return new joseErrors.JWKSNoMatchingKey();
}

function pick(keys: Map<string, VerificationKey>, header: JWSHeaderParameters): KeyObject {
  const entry = header.kid === undefined ? undefined : keys.get(header.kid);
  if (!entry || entry.alg !== (header.alg as TokenAlgorithm)) throw noMatchingKey();
  return entry.key;
}

class FixedKeySource implements KeySource {
  constructor(
    private readonly keys: Map<string, VerificationKey>,
    readonly description: string,
  ) {}

  async keyFor(header: JWSHeaderParameters): Promise<KeyObject> {
    return pick(this.keys, header);
  }

  known(): VerificationKey[] {
    return [...this.keys.values()];
  }

  stillLists(kid: string): boolean {
    return this.keys.has(kid);
  }
}

class FileKeySource implements KeySource {
  private keys: Map<string, VerificationKey>;
  private modifiedMs = 0;
  private checkedAt = Date.now();
  private readonly log = logger.child({ component: 'key-source' });

  constructor(
    private readonly path: string,
    readonly description: string,
  ) {
    this.keys = this.read();
  }

  private read(): Map<string, VerificationKey> {
    this.modifiedMs = fs.statSync(this.path).mtimeMs;
    return importJwks(readJwksSetting(this.path, this.description).document, this.description);
  }

  /** Reads the file again when it changed (or, for an unknown kid, anyway), at most once a second. */
  private refresh(unknownKid: boolean): void {
    const now = Date.now();
    if (now - this.checkedAt < RELOAD_INTERVAL_MS) return;
    this.checkedAt = now;
    try {
      if (!unknownKid && fs.statSync(this.path).mtimeMs === this.modifiedMs) return;
      this.keys = this.read();
    } catch (error) {
      // A half-written or broken file must not stop the service: it keeps the keys it has.
      this.log.warn({ file: this.path, reason: (error as Error).message }, 'JWKS file not reloaded; keeping the keys already loaded');
    }
  }

  async keyFor(header: JWSHeaderParameters): Promise<KeyObject> {
    this.refresh(header.kid === undefined || !this.keys.has(header.kid));
    return pick(this.keys, header);
  }

  known(): VerificationKey[] {
    return [...this.keys.values()];
  }

  stillLists(kid: string): boolean {
    this.refresh(false);
    return this.keys.has(kid);
  }
}

class RemoteKeySource implements KeySource {
  private readonly remote: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    url: URL,
    readonly description: string,
  ) {
    this.remote = createRemoteJWKSet(url, {
      timeoutDuration: 5_000,
      cooldownDuration: RELOAD_INTERVAL_MS,
      cacheMaxAge: REMOTE_CACHE_MS,
    });
  }

  keyFor(header: JWSHeaderParameters): Promise<KeyLike> {
    // jose matches kid, alg and key type; the verifier restricts the algorithms.
    if (header.kid === undefined) return Promise.reject(noMatchingKey());
    return this.remote(header);
  }

  known(): VerificationKey[] {
    return [];
  }

  /** jose keeps the fetched set for REMOTE_CACHE_MS; a token taken again is rechecked within the same time. */
  stillLists(): boolean {
    return true;
  }
}

/**
 * A key source from a setting's value: an https URL, a path to a JWKS file, or the JWKS
 * as JSON. Unset: the fallback (the dev keys), if any. A malformed value is a
 * KeySettingError, so a service refuses to start on it.
 */
export function keySourceFrom(setting: string, value: string | undefined, fallback?: { keys: unknown[] }): KeySource {
  if (value === undefined) {
    if (!fallback) throw new KeySettingError(`${setting} is not set`);
    return new FixedKeySource(importJwks(fallback, `${setting} (dev keys)`), `${setting} (dev keys)`);
  }
  if (/^[a-z]+:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new KeySettingError(`${setting} is not a valid URL`);
    }
    if (url.protocol !== 'https:') throw new KeySettingError(`${setting} must be an https URL (or a file path)`);
    return new RemoteKeySource(url, `${setting} (${url.origin})`);
  }
  const { document, path } = readJwksSetting(value, setting);
  if (path) return new FileKeySource(path, `${setting} (${path})`);
  return new FixedKeySource(importJwks(document, setting), setting);
}
