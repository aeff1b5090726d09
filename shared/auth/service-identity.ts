import { randomUUID } from 'node:crypto';
import type { JWSHeaderParameters, JWTPayload } from 'jose';
import * as joseErrors from 'jose/errors';
import { SignJWT } from 'jose/jwt/sign';
import { jwtVerify } from 'jose/jwt/verify';
import { SERVICE_NAMES, type ServiceName, type SubgraphName } from '../config';
import { TOKEN_ALGORITHMS, type SigningKey } from './keys';
import type { KeySource } from './key-source';
import { VerifiedTokens } from './verified-tokens';

/**
 * Who calls a subgraph, proven with the caller's own key (README, "Service identity"):
 * - the gateway sends `x-doorstep-gateway`, a long-lived token for that one subgraph that
 *   lets it forward user requests (the user's token is still verified) and nothing more;
 * - another service sends `x-doorstep-assertion`, a one-use assertion that lives at most
 *   a minute, naming caller and receiver; the caller is then the viewer.
 * Both are JWTs signed with a key from SERVICE_JWKS whose `kid` names the signer
 * (`party:2026-12`), so one service's key cannot speak for another.
 */
export const GATEWAY_TOKEN_HEADER = 'x-doorstep-gateway';
export const ASSERTION_HEADER = 'x-doorstep-assertion';

/** Distinct `typ`s, so neither kind of token passes for the other. */
export const GATEWAY_TOKEN_TYPE = 'doorstep-gateway+jwt';
export const ASSERTION_TYPE = 'doorstep-assertion+jwt';

/** One year: long enough to be set as a static header in another gateway's configuration. */
export const GATEWAY_TOKEN_LIFETIME_S = 365 * 86_400;
export const ASSERTION_MAX_LIFETIME_S = 60;
const ASSERTION_LIFETIME_S = 30;
const CLOCK_TOLERANCE_S = 5;

/** The service a key id names: `party:2026-12` → party. */
export function serviceOfKid(kid: string | undefined): ServiceName | undefined {
  const name = kid?.split(':')[0];
  return (SERVICE_NAMES as readonly string[]).includes(name ?? '') && kid!.length > name!.length + 1 ? (name as ServiceName) : undefined;
}

/** The gateway's credential for one subgraph (`npm run service-token -- --for party` prints the same). */
export function mintGatewayToken(key: SigningKey, subgraph: SubgraphName, lifetimeS = GATEWAY_TOKEN_LIFETIME_S): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: GATEWAY_TOKEN_TYPE })
    .setIssuer('gateway')
    .setSubject('gateway')
    .setAudience(subgraph)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeS}s`)
    .setJti(randomUUID())
    .sign(key.key);
}

/** A fresh assertion for one call from `caller` to `receiver`: a new `jti` every time. */
export function mintAssertion(
  key: SigningKey,
  caller: ServiceName,
  receiver: SubgraphName,
  lifetimeS = ASSERTION_LIFETIME_S,
): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: ASSERTION_TYPE })
    .setIssuer(caller)
    .setSubject(caller)
    .setAudience(receiver)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeS}s`)
    .setJti(randomUUID())
    .sign(key.key);
}

/** Records each assertion id once; false when it was seen before (a replay). */
export interface ReplayGuard {
  firstUse(caller: ServiceName, jti: string, expiresAt: Date): Promise<boolean>;
}

/** A refused caller credential; the message is safe to show. */
export class CallerRefused extends Error {}

/** The replay guard could not record an assertion (its database is down): try again later. */
export class ReplayGuardUnavailable extends Error {}

/** How often a cached gateway token is verified again (so a removed gateway key stops working). */
const GATEWAY_RECHECK_MS = 60_000;

/**
 * The receiving side in one subgraph: verifies gateway tokens (cached: the gateway sends
 * the same token on every request) and service assertions (one signature check and one
 * insert of the `jti` into the subgraph's own database, which replicas share).
 */
export class CallerVerifier {
  private readonly gatewayTokens = new VerifiedTokens<true>(GATEWAY_RECHECK_MS, 100);

  constructor(
    readonly self: SubgraphName,
    private readonly keys: KeySource,
    private readonly replay: ReplayGuard,
  ) {}

  private async verify(token: string, typ: string): Promise<{ payload: JWTPayload; signer: ServiceName }> {
    let signer: ServiceName | undefined;
    const keyFor = (header: JWSHeaderParameters) => {
      signer = serviceOfKid(header.kid);
      if (!signer) return Promise.reject(new joseErrors.JWKSNoMatchingKey());
      return this.keys.keyFor(header);
    };
    try {
      const { payload } = await jwtVerify(token, keyFor, {
        algorithms: [...TOKEN_ALGORITHMS],
        typ,
        audience: this.self,
        requiredClaims: ['iss', 'exp', 'iat', 'jti'],
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      // The key must belong to the service the token claims to come from.
      if (payload.iss !== signer) throw new CallerRefused(`signed with a key of ${signer}, not of ${payload.iss}`);
      return { payload, signer: signer! };
    } catch (error) {
      if (error instanceof CallerRefused) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new CallerRefused('expired');
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw new CallerRefused(`${error.claim} is not valid`);
      throw new CallerRefused('not validly signed by a Doorstep service');
    }
  }

  /** The gateway's token for this subgraph, or CallerRefused. */
  async admitGateway(token: string): Promise<void> {
    if (this.gatewayTokens.get(token)) return;
    const { payload, signer } = await this.verify(token, GATEWAY_TOKEN_TYPE).catch((error: Error) => {
      this.gatewayTokens.delete(token);
      throw new CallerRefused(`Gateway token refused: ${error.message}`);
    });
    if (signer !== 'gateway') throw new CallerRefused('Gateway token refused: only the gateway signs one');
    this.gatewayTokens.set(token, true, payload.exp! * 1000);
  }

  /** The calling service of an assertion, or CallerRefused (expired, replayed, wrong receiver, forged). */
  async identifyService(token: string): Promise<ServiceName> {
    const { payload, signer } = await this.verify(token, ASSERTION_TYPE).catch((error: Error) => {
      throw new CallerRefused(`Service assertion refused: ${error.message}`);
    });
    if (
      payload.exp! - payload.iat! > ASSERTION_MAX_LIFETIME_S ||
      payload.exp! * 1000 - Date.now() > (ASSERTION_MAX_LIFETIME_S + CLOCK_TOLERANCE_S) * 1000
    ) {
      throw new CallerRefused(`Service assertion refused: it is valid for longer than ${ASSERTION_MAX_LIFETIME_S} s`);
    }
    // Kept until it could no longer pass the expiry check anyway.
    const expiresAt = new Date((payload.exp! + CLOCK_TOLERANCE_S) * 1000);
    const firstUse = await this.replay.firstUse(signer, String(payload.jti), expiresAt).catch((error: Error) => {
      throw new ReplayGuardUnavailable(error.message);
    });
    if (!firstUse) {
      throw new CallerRefused('Service assertion refused: it was already used');
    }
    return signer;
  }
}
