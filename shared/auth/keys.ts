import { createHash, createPrivateKey, createPublicKey, type JsonWebKey, KeyObject } from 'node:crypto';
import fs from 'node:fs';
import type { JWK } from 'jose';
import { DEV_SERVICE_KEYS, DEV_USER_ISSUER_KEY } from './dev-keys/dev-keys';

/**
 * Key material for user tokens and service identity: parsed and checked once, imported
 * once (Node KeyObjects, which jose signs and verifies with), never per request.
 */
export const TOKEN_ALGORITHMS = ['EdDSA', 'ES256'] as const;
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

/** A setting that names a key or key set which cannot be used; the message says why. */
export class KeySettingError extends Error {}

/** A public key from a JWKS. */
export interface VerificationKey {
  kid: string;
  alg: TokenAlgorithm;
  key: KeyObject;
  jwk: JWK;
}

/** A private key to sign with, and its public half as a JWK. */
export interface SigningKey {
  kid: string;
  alg: TokenAlgorithm;
  key: KeyObject;
  publicJwk: JWK;
}

/** Byte lengths of the coordinates each accepted curve needs. */
const COORDINATE_BYTES = 32;

function bytes(value: unknown): number {
  return typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) ? Buffer.from(value, 'base64url').length : -1;
}

/** The algorithm a key is for; anything but Ed25519 and P-256 is refused (no RSA, no shared secrets). */
function algorithmOf(jwk: JWK, what: string): TokenAlgorithm {
  let alg: TokenAlgorithm;
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') alg = 'EdDSA';
  else if (jwk.kty === 'EC' && jwk.crv === 'P-256') alg = 'ES256';
  else if (jwk.kty === 'oct') throw new KeySettingError(`${what} is a shared secret; only Ed25519 or P-256 keys are accepted`);
  else
    throw new KeySettingError(
      `${what} has key type ${[jwk.kty, jwk.crv].filter(Boolean).join(' ')}; only Ed25519 or P-256 keys are accepted`,
    );
  if (jwk.alg !== undefined && jwk.alg !== alg) throw new KeySettingError(`${what} says alg ${jwk.alg}, but it is a key for ${alg}`);
  if (jwk.use !== undefined && jwk.use !== 'sig') throw new KeySettingError(`${what} is not a signing key (use ${jwk.use})`);
  const coordinates = alg === 'EdDSA' ? ['x'] : ['x', 'y'];
  for (const c of [...coordinates, ...(jwk.d !== undefined ? ['d'] : [])]) {
    const length = bytes(jwk[c as 'x' | 'y' | 'd']);
    if (length !== COORDINATE_BYTES) {
      throw new KeySettingError(
        `${what} is malformed: "${c}" ${length < 0 ? 'is missing or not base64url' : `has ${length} bytes, not ${COORDINATE_BYTES}`}`,
      );
    }
  }
  return alg;
}

function publicPart(jwk: JWK): JWK {
  const { kty, crv, x, y, kid } = jwk;
  return { kty, crv, x, ...(y !== undefined ? { y } : {}), ...(kid !== undefined ? { kid } : {}) };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new KeySettingError(`${what} is not valid JSON`);
  }
}

/**
 * The keys of a JWKS document: each public, Ed25519 or P-256, with a unique `kid`.
 * Anything else is a KeySettingError naming the key.
 */
export function importJwks(document: unknown, what: string): Map<string, VerificationKey> {
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new KeySettingError(`${what} is not a JWKS: it needs a non-empty "keys" list`);
  const imported = new Map<string, VerificationKey>();
  for (const [index, raw] of keys.entries()) {
    if (!raw || typeof raw !== 'object') throw new KeySettingError(`${what}: key ${index + 1} is not a JWK object`);
    const jwk = raw as JWK;
    const label = `${what}: key ${typeof jwk.kid === 'string' ? `"${jwk.kid}"` : index + 1}`;
    if (typeof jwk.kid !== 'string' || jwk.kid.trim() === '') throw new KeySettingError(`${label} has no "kid"`);
    if (imported.has(jwk.kid)) throw new KeySettingError(`${label} appears twice`);
    if (jwk.d !== undefined) throw new KeySettingError(`${label} contains a private key ("d"); publish only public keys`);
    const alg = algorithmOf(jwk, label);
    let key: KeyObject;
    try {
      key = createPublicKey({ key: publicPart(jwk) as JsonWebKey, format: 'jwk' });
    } catch {
      throw new KeySettingError(`${label} is malformed: it is not a valid ${alg === 'EdDSA' ? 'Ed25519' : 'P-256'} public key`);
    }
    imported.set(jwk.kid, { kid: jwk.kid, alg, key, jwk: publicPart(jwk) });
  }
  return imported;
}

/** JWKS text (JSON) or a path to a file holding it. */
export function readJwksSetting(value: string, what: string): { document: unknown; path?: string } {
  if (value.trim().startsWith('{')) return { document: parseJson(value, what) };
  let text: string;
  try {
    text = fs.readFileSync(value, 'utf8');
  } catch {
    throw new KeySettingError(`${what} names a file that cannot be read: ${value}`);
  }
  return { document: parseJson(text, `${what} (${value})`), path: value };
}

/**
 * A private key given as PEM (PKCS#8), as a JWK, or as a path to a file holding
 * either. `kid` comes from the JWK; a PEM key has none, so `kidFor` finds it (the
 * matching public key in a JWKS).
 */
export function importPrivateKey(value: string, what: string, kidFor?: (publicJwk: JWK) => string | undefined): SigningKey {
  let text = value.trim();
  if (!text.startsWith('-----BEGIN') && !text.startsWith('{')) {
    try {
      text = fs.readFileSync(value, 'utf8').trim();
    } catch {
      throw new KeySettingError(`${what} is neither a PEM key, a JWK, nor a file that can be read`);
    }
  }
  let jwk: JWK;
  if (text.startsWith('-----BEGIN')) {
    try {
      jwk = createPrivateKey(text).export({ format: 'jwk' }) as JWK;
    } catch {
      throw new KeySettingError(`${what} is not a valid PEM private key`);
    }
  } else {
    jwk = parseJson(text, what) as JWK;
    if (!jwk || typeof jwk !== 'object') throw new KeySettingError(`${what} is not a JWK object`);
    if (jwk.d === undefined) throw new KeySettingError(`${what} is a public key; give the private key`);
  }
  const alg = algorithmOf(jwk, what);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch {
    throw new KeySettingError(`${what} is malformed: it is not a valid ${alg === 'EdDSA' ? 'Ed25519' : 'P-256'} private key`);
  }
  // The public half derived from the private key, so a JWK whose x does not belong to its d is caught.
  const publicJwk = { ...(createPublicKey(key).export({ format: 'jwk' }) as JWK) };
  if (jwk.x !== undefined && jwk.x !== publicJwk.x) throw new KeySettingError(`${what} is malformed: its public part does not match it`);
  const kid = typeof jwk.kid === 'string' && jwk.kid !== '' ? jwk.kid : kidFor?.(publicJwk);
  if (!kid) throw new KeySettingError(`${what} has no key id: give it as a JWK with "kid", or list its public key in the JWKS`);
  return { kid, alg, key, publicJwk: { ...publicJwk, kid } };
}

/** The RFC 7638 thumbprint of a public key: a key id for a key given without one. */
export function thumbprint(jwk: JWK): string {
  const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

/** Whether two JWKs are the same public key. */
export function samePublicKey(a: JWK, b: JWK): boolean {
  return a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.y === b.y;
}

const DEV_KEYS: JWK[] = [DEV_USER_ISSUER_KEY, ...Object.values(DEV_SERVICE_KEYS)];

/** Whether a key is one of the development keys published in this repository. */
export function isDevKey(jwk: JWK): boolean {
  return DEV_KEYS.some((dev) => samePublicKey(dev, jwk));
}

/** A dev key ready to sign with (outside production only; trust.ts decides when). */
export function devSigningKey(jwk: JWK): SigningKey {
  return importPrivateKey(JSON.stringify(jwk), `the dev key ${jwk.kid}`);
}

/** The JWKS that publishes the public halves of some private JWKs. */
export function publicJwks(privateJwks: JWK[]): { keys: JWK[] } {
  return { keys: privateJwks.map((jwk) => publicPart(jwk)) };
}
