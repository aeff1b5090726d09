import type { JWK } from 'jose';
import type { ServiceName } from '../../config';

/*
 * DEVELOPMENT KEYS. NEVER USE THEM FOR ANYTHING REAL.
 *
 * These private keys are published in this repository, so anyone can sign with them.
 * They exist so that `npm start`, the tests and `npm run token` work with nothing
 * configured: when JWT_JWKS, SERVICE_PRIVATE_KEY or SERVICE_JWKS is unset, a service
 * outside production uses these. With NODE_ENV=production every service refuses to
 * start when a setting is missing or names one of these keys (shared/auth/trust.ts).
 */

/** The dev identity provider: signs the user tokens of `npm run token` and the tests. */
export const DEV_USER_ISSUER_KEY: JWK = {
  kid: 'dev-user-issuer',
  alg: 'EdDSA',
  crv: 'Ed25519',
  d: '8oXw1hM4KRRxZ-3EFxmJidVqKkoAyURqTGOC-SdiEBQ',
  x: 'ZaNBFliiQUuXZ9b_orTqL8ntrHBNICTeiynADRd8VQc',
  kty: 'OKP',
};

/** Each service's dev key; the key id names the service, as SERVICE_JWKS requires. */
export const DEV_SERVICE_KEYS: Record<ServiceName, JWK> = {
  gateway: {
    kid: 'gateway:dev',
    alg: 'EdDSA',
    crv: 'Ed25519',
    d: 'kxtD08sLxPcxyOqeVdQv8lLA2ucxNnp1zfiLGUKUCyg',
    x: 'JhMD1rYE6nUmvwlk1q6WDck8k-z6MU1ApHE7grOcYQg',
    kty: 'OKP',
  },
  party: {
    kid: 'party:dev',
    alg: 'EdDSA',
    crv: 'Ed25519',
    d: 'HypxjUwnWSDfVl5dGN9Po5h7Ug_ieyK8VU9wzwUILds',
    x: '1iGNRInxOIykSGNKAtuZ0B8CGcMswznleN6clDH6E0s',
    kty: 'OKP',
  },
  committee: {
    kid: 'committee:dev',
    alg: 'EdDSA',
    crv: 'Ed25519',
    d: 'iROFZ4zhsDEEnb0F6DurWYbDRtuB8sd_eYmNb7S0S9I',
    x: 'YRZQ78ZGHIAKrCeWzNgKsL3LX-HY1dFzbcdt8nVOqSI',
    kty: 'OKP',
  },
  property: {
    kid: 'property:dev',
    alg: 'EdDSA',
    crv: 'Ed25519',
    d: 'pPhqVbmifDkOcXbzOD84ZNTeBrFnyFykmS2BUEspbsg',
    x: '7DGzIczL4rxWDSlynAiHWudOuOFySr_JOwzi4iLw3q8',
    kty: 'OKP',
  },
  enterprise: {
    kid: 'enterprise:dev',
    alg: 'EdDSA',
    crv: 'Ed25519',
    d: 'vVYarrMg7uRObk7qVHvq9hS6X9ilpGYLyH4gwCtEEEE',
    x: 'cfKso9fHb7h2DvZCqJKkekA9i-ajqGm0Brn_iICSDA4',
    kty: 'OKP',
  },
  notify: {
    kid: 'notify:dev',
    alg: 'EdDSA',
    crv: 'Ed25519',
    d: 'b3elbdmfkc5-Z60_s2gVCsqmToK8sf_jkhaNnzTQ7Qg',
    x: 'MzES0BQX4ctnu5j18ZGlm2MOGEykiNHDw427974U3sg',
    kty: 'OKP',
  },
};
