import type { JWSHeaderParameters, JWTPayload } from 'jose';
import * as joseErrors from 'jose/errors';
import { SignJWT } from 'jose/jwt/sign';
import { jwtVerify } from 'jose/jwt/verify';
import { AuthSettings, authSettings } from '../config';
import { unauthenticated } from '../errors';
import { devSigningKey, publicJwks, TOKEN_ALGORITHMS, type SigningKey } from './keys';
import { keySourceFrom, type KeySource } from './key-source';
import { DEV_USER_ISSUER_KEY } from './dev-keys/dev-keys';
import { VerifiedTokens } from './verified-tokens';
import { GRANT_SCOPES, USER_ROLES, RoleGrant, TokenClaims } from './viewer';

/** Clock skew allowed between the identity provider and the services. */
const CLOCK_TOLERANCE_S = 5;

/** The public keys of the dev identity provider: what JWT_JWKS means when it is unset outside production. */
export function devUserJwks(): { keys: unknown[] } {
  return publicJwks([DEV_USER_ISSUER_KEY]);
}

let devIssuer: SigningKey | undefined;

/** The dev identity provider's key, imported once (npm run token, the tests). */
export function devUserIssuerKey(): SigningKey {
  devIssuer ??= devSigningKey(DEV_USER_ISSUER_KEY);
  return devIssuer;
}

export interface SignUserTokenOptions {
  /** A jose time span (`8h`, `30m`) or seconds. Default 8 h. */
  expiresIn?: string | number;
  /** The issuer's private key; default the dev issuer's. */
  key?: SigningKey;
  settings?: Pick<AuthSettings, 'issuer' | 'audience' | 'claimPrefix'>;
}

/** A user token as an identity provider issues it: EdDSA or ES256, with `kid`, `iat` and `exp`. */
export async function signUserToken(claims: TokenClaims, options: SignUserTokenOptions = {}): Promise<string> {
  const settings = options.settings ?? authSettings();
  const key = options.key ?? devUserIssuerKey();
  const { sub, roles, residentId, ...rest } = claims;
  const prefix = settings.claimPrefix;
  return new SignJWT({ ...rest, [`${prefix}roles`]: roles, ...(residentId !== undefined ? { [`${prefix}residentId`]: residentId } : {}) })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(typeof options.expiresIn === 'number' ? `${options.expiresIn}s` : (options.expiresIn ?? '8h'))
    .sign(key.key);
}

function parseGrant(raw: unknown): RoleGrant {
  if (!raw || typeof raw !== 'object') throw unauthenticated('Token has a malformed role');
  const g = raw as Record<string, unknown>;
  // `service` is not a user role: only a service's signed assertion makes a caller a service.
  if (typeof g.role !== 'string' || !(USER_ROLES as readonly string[]).includes(g.role)) {
    throw unauthenticated('Token names an unknown role');
  }
  const grant: RoleGrant = { role: g.role as RoleGrant['role'] };
  for (const scope of GRANT_SCOPES) {
    if (g[scope] !== undefined) {
      if (typeof g[scope] !== 'string') throw unauthenticated(`Token has a malformed ${scope}`);
      grant[scope] = g[scope].toLowerCase();
    }
  }
  return grant;
}

/**
 * Verifies user tokens against the identity provider's public keys (JWT_JWKS), imported
 * once: signature by a key the JWKS lists (its `kid`), algorithm EdDSA or ES256 only (so
 * `alg: none`, HS256 with a public key as the secret, and RSA are refused), issuer,
 * audience, expiry, and a lifetime (exp − iat) of at most JWT_MAX_LIFETIME_S; then the
 * claims' shape. Any failure is UNAUTHENTICATED. A token verified once is taken again
 * without a signature check for up to a minute (see verified-tokens.ts).
 */
export class UserTokenVerifier {
  private readonly verified = new VerifiedTokens<{ claims: TokenClaims; kid: string }>();

  constructor(
    readonly keys: KeySource,
    private readonly settings: AuthSettings,
  ) {}

  /** From the settings (JWT_JWKS etc.); unset JWT_JWKS means the dev issuer's key. */
  static fromSettings(settings: AuthSettings = authSettings()): UserTokenVerifier {
    return new UserTokenVerifier(keySourceFrom('JWT_JWKS', settings.jwks, devUserJwks()), settings);
  }

  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known && this.keys.stillLists(known.kid)) return known.claims;
    const { claims, kid, expiresAtMs } = await this.verifySignature(token);
    this.verified.set(token, { claims, kid }, expiresAtMs);
    return claims;
  }

  private async verifySignature(token: string): Promise<{ claims: TokenClaims; kid: string; expiresAtMs: number }> {
    let payload: JWTPayload;
    let kid: string;
    try {
      let protectedHeader: JWSHeaderParameters;
      ({ payload, protectedHeader } = await jwtVerify(token, (header) => this.keys.keyFor(header), {
        algorithms: [...TOKEN_ALGORITHMS],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: CLOCK_TOLERANCE_S,
      }));
      kid = String(protectedHeader.kid);
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Token has expired');
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`Token refused: ${error.claim} is not valid`);
      throw unauthenticated('Token is not valid');
    }
    const max = this.settings.maxLifetimeS;
    const now = Math.floor(Date.now() / 1000);
    if (payload.exp! - payload.iat! > max || payload.exp! - now > max + CLOCK_TOLERANCE_S) {
      throw unauthenticated(`Token refused: it is valid for longer than ${max} s`);
    }
    const prefix = this.settings.claimPrefix;
    const roles = payload[`${prefix}roles`];
    const residentId = payload[`${prefix}residentId`];
    if (!Array.isArray(roles)) throw unauthenticated('Token has no roles');
    const claims: TokenClaims = {
      sub: String(payload.sub),
      name: typeof payload.name === 'string' ? payload.name : undefined,
      roles: roles.map(parseGrant),
      residentId: typeof residentId === 'string' ? residentId.toLowerCase() : undefined,
    };
    return { claims, kid, expiresAtMs: payload.exp! * 1000 };
  }
}

/** `Bearer x` → `x`; anything else → undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1] : undefined;
}
