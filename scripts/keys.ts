import { generateKeyPairSync } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * `npm run keys -- --kid party:2026-12 [--alg ES256]`
 * Prints a new key pair as JSON: `privateKey` (a JWK with the kid, for SERVICE_PRIVATE_KEY
 * or an issuer's JWT_PRIVATE_KEY; keep it secret) and `publicKey` (the entry to add to
 * SERVICE_JWKS or JWT_JWKS). Ed25519 (EdDSA) unless --alg ES256 (P-256).
 */
function main(): void {
  const args = process.argv.slice(2);
  let kid: string | undefined;
  let alg = 'EdDSA';
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] === '--kid') kid = args[i + 1];
    else if (args[i] === '--alg') alg = args[i + 1];
    else throw new Error(`Unknown option ${args[i]}`);
  }
  if (!kid) throw new Error('Give --kid: for a service its name and a label, e.g. party:2026-12');
  if (alg !== 'EdDSA' && alg !== 'ES256') throw new Error('--alg must be EdDSA or ES256');
  const { privateKey } = alg === 'EdDSA' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg };
  const { d: _secret, ...publicKey } = jwk;
  process.stdout.write(`${JSON.stringify({ privateKey: jwk, publicKey }, null, 2)}\n`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
