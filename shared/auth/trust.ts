import type { JWK } from 'jose';
import {
  authSettings,
  isProduction,
  refusedStart,
  serviceKeySettings,
  type AuthSettings,
  type ServiceKeySettings,
  type ServiceName,
} from '../config';
import { DEV_SERVICE_KEYS } from './dev-keys/dev-keys';
import { UserTokenVerifier } from './jwt';
import { keySourceFrom, type KeySource } from './key-source';
import { devSigningKey, importPrivateKey, isDevKey, KeySettingError, publicJwks, samePublicKey, type SigningKey } from './keys';
import { serviceOfKid } from './service-identity';

/**
 * Everything a service trusts, loaded and checked once at start-up, before it touches
 * its database: the identity provider's public keys (user tokens), its own private key
 * and every service's public keys. Production refuses to start on a missing setting, a
 * malformed or unsuitable key, or a dev key; outside production an unset setting means
 * the dev keys of shared/auth/dev-keys/.
 */
export interface ServiceTrust {
  service: ServiceName;
  users: UserTokenVerifier;
  ownKey: SigningKey;
  serviceKeys: KeySource;
}

/** The public keys of every service's dev key: SERVICE_JWKS when unset outside production. */
export function devServiceJwks(): { keys: unknown[] } {
  return publicJwks(Object.values(DEV_SERVICE_KEYS));
}

export interface TrustSettings {
  auth?: AuthSettings;
  keys?: ServiceKeySettings;
}

/** Loads and checks a service's keys; throws one error listing every problem. */
export function loadTrust(service: ServiceName, settings: TrustSettings = {}): ServiceTrust {
  const auth = settings.auth ?? authSettings();
  const keys = settings.keys ?? serviceKeySettings();
  const production = isProduction();
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof KeySettingError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  };

  if (production) {
    if (auth.jwks === undefined) problems.push("JWT_JWKS is not set (the identity provider's public keys)");
    if (keys.privateKey === undefined) problems.push("SERVICE_PRIVATE_KEY is not set (this service's own key)");
    if (keys.jwks === undefined) problems.push("SERVICE_JWKS is not set (every service's public keys)");
  }
  const users = attempt(() => UserTokenVerifier.fromSettings(auth));
  const serviceKeys = attempt(() => keySourceFrom('SERVICE_JWKS', keys.jwks, devServiceJwks()));
  const knownServiceKeys = serviceKeys?.known() ?? [];
  const ownKey = attempt(() =>
    keys.privateKey === undefined
      ? devSigningKey(DEV_SERVICE_KEYS[service])
      : importPrivateKey(keys.privateKey, 'SERVICE_PRIVATE_KEY', (pub) => knownServiceKeys.find((k) => samePublicKey(k.jwk, pub))?.kid),
  );

  for (const key of knownServiceKeys) {
    if (!serviceOfKid(key.kid)) problems.push(`SERVICE_JWKS: key "${key.kid}" does not name its service (e.g. "party:2026-12")`);
  }
  if (ownKey) {
    if (serviceOfKid(ownKey.kid) !== service)
      problems.push(`SERVICE_PRIVATE_KEY's key id "${ownKey.kid}" does not name the ${service} service`);
    const listed = knownServiceKeys.find((k) => k.kid === ownKey.kid);
    if (serviceKeys && knownServiceKeys.length > 0 && (!listed || !samePublicKey(listed.jwk, ownKey.publicJwk))) {
      problems.push(`SERVICE_PRIVATE_KEY's public key is not in SERVICE_JWKS under "${ownKey.kid}"`);
    }
  }
  const userKeys = users?.keys.known() ?? [];
  if (userKeys.some((u) => knownServiceKeys.some((s) => samePublicKey(u.jwk, s.jwk)))) {
    problems.push('JWT_JWKS and SERVICE_JWKS share a key: a service key must never sign user tokens');
  }
  if (production) {
    const dev = (list: { kid: string; jwk: JWK }[]) => list.filter((k) => isDevKey(k.jwk)).map((k) => k.kid);
    if (auth.jwks !== undefined && dev(userKeys).length > 0) problems.push(`JWT_JWKS contains the dev key ${dev(userKeys).join(', ')}`);
    if (keys.jwks !== undefined && dev(knownServiceKeys).length > 0) {
      problems.push(`SERVICE_JWKS contains the dev keys ${dev(knownServiceKeys).join(', ')}`);
    }
    if (keys.privateKey !== undefined && ownKey && isDevKey(ownKey.publicJwk)) problems.push('SERVICE_PRIVATE_KEY is a dev key');
  }

  if (problems.length > 0 || !users || !serviceKeys || !ownKey) {
    throw refusedStart(service, problems);
  }
  return { service, users, ownKey, serviceKeys };
}

const ownKeys = new Map<ServiceName, SigningKey>();

/**
 * The key a service signs its assertions with, from this process's settings (the same
 * ones its start-up checked), loaded on first use and kept.
 */
export function signingKeyOf(service: ServiceName): SigningKey {
  let key = ownKeys.get(service);
  if (!key) {
    key = loadTrust(service).ownKey;
    ownKeys.set(service, key);
  }
  return key;
}
