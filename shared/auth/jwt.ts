import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AuthSettings, authSettings } from '../config';
import { ROLES, RoleGrant, TokenClaims } from './viewer';
import { unauthenticated } from '../errors';

const ALGORITHM = 'HS256';

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signToken(claims: TokenClaims, options: { expiresIn?: string; settings?: AuthSettings } = {}): Promise<string> {
  const settings = options.settings ?? authSettings();
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key(settings.jwtSecret));
}

function parseGrant(raw: unknown): RoleGrant {
  if (!raw || typeof raw !== 'object') throw unauthenticated('Token has a malformed role');
  const g = raw as Record<string, unknown>;
  if (typeof g.role !== 'string' || !(ROLES as readonly string[]).includes(g.role)) {
    throw unauthenticated('Token names an unknown role');
  }
  const grant: RoleGrant = { role: g.role as RoleGrant['role'] };
  for (const scope of ['compoundId', 'companyId', 'enterpriseId'] as const) {
    if (g[scope] !== undefined) {
      if (typeof g[scope] !== 'string') throw unauthenticated(`Token has a malformed ${scope}`);
      grant[scope] = g[scope].toLowerCase();
    }
  }
  return grant;
}

/**
 * Verifies signature, algorithm (HS256 only, so `alg: none` is refused), expiry, issuer
 * and audience, then checks the claims' shape. Any failure is UNAUTHENTICATED.
 */
export async function verifyToken(token: string, settings: AuthSettings = authSettings()): Promise<TokenClaims> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key(settings.jwtSecret), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Token has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`Token refused: ${error.claim} is not valid`);
    throw unauthenticated('Token is not valid');
  }
  if (!Array.isArray(payload.roles)) throw unauthenticated('Token has no roles');
  return {
    sub: String(payload.sub),
    name: typeof payload.name === 'string' ? payload.name : undefined,
    roles: payload.roles.map(parseGrant),
    residentId: typeof payload.residentId === 'string' ? payload.residentId.toLowerCase() : undefined,
  };
}

/** `Bearer x` → `x`; anything else → undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1] : undefined;
}
