import { devUserIssuerKey, signUserToken } from '../shared/auth/jwt';
import { importPrivateKey, isDevKey, thumbprint, type SigningKey } from '../shared/auth/keys';
import { USER_ROLES, Role, RoleGrant } from '../shared/auth/viewer';
import { isProduction, userIssuerKeySetting } from '../shared/config';
import { DEMO_COMMUNITIES, DEMO_COMPOUNDS, DEMO_ENTERPRISES, DEMO_PROPERTY_COMPANIES } from '../shared/demo/manifest';
import { isUuid } from '../shared/errors';

/**
 * `npm run --silent token -- --role <role> [--compound <id|key> | --community <id|key> | --company <id|key> | --enterprise <id|key>]
 *   [--resident <id>] [--sub <id>] [--name <name>] [--expires 8h]`
 * Prints a user token (and nothing else) signed with the dev identity provider's key, or
 * with JWT_PRIVATE_KEY when set (a self-run issuer; its public key must be in the
 * services' JWT_JWKS). Repeat --role to hold several; each --compound/--community/--company/--enterprise
 * scopes the role before it, by id or by a demo key (`qinglan-jiayuan`).
 */
function issuerKey(): SigningKey {
  const configured = userIssuerKeySetting();
  if (configured === undefined) {
    if (isProduction()) throw new Error('With NODE_ENV=production, set JWT_PRIVATE_KEY: the dev key signs tokens for development only');
    return devUserIssuerKey();
  }
  // A PEM key has no id: its thumbprint (RFC 7638) is the kid its JWKS entry must carry.
  const key = importPrivateKey(configured, 'JWT_PRIVATE_KEY', thumbprint);
  if (isProduction() && isDevKey(key.publicJwk)) throw new Error('JWT_PRIVATE_KEY is the dev key, which production refuses');
  return key;
}

type ScopeOption = '--compound' | '--community' | '--company' | '--enterprise';
interface Scope {
  claim: 'compoundId' | 'communityId' | 'companyId' | 'enterpriseId';
  what: string;
  demo: readonly { key: string; id: string }[];
}
const SCOPES: Record<ScopeOption, Scope> = {
  '--compound': { claim: 'compoundId', what: 'compound', demo: DEMO_COMPOUNDS },
  '--community': { claim: 'communityId', what: 'community', demo: DEMO_COMMUNITIES },
  '--company': { claim: 'companyId', what: 'property company', demo: DEMO_PROPERTY_COMPANIES },
  '--enterprise': { claim: 'enterpriseId', what: 'enterprise', demo: DEMO_ENTERPRISES },
};

/**
 * An id as given, or the id of a demo key. Demo ids are derived from their keys
 * (shared/demo/ids.ts), so a key resolves here without asking a running system.
 */
function scopeId(option: ScopeOption, value: string): string {
  const found = SCOPES[option].demo.find((d) => d.key === value);
  if (found) return found.id;
  if (!isUuid(value)) throw unknownScope(option, value);
  return value.toLowerCase();
}

function unknownScope(option: ScopeOption, value: string): Error {
  const { what, demo } = SCOPES[option];
  const keys = demo.map((d) => d.key).join(', ');
  return new Error(`Unknown ${what} "${value}" for ${option}: give its id (a UUID) or a demo key, one of: ${keys}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const grants: RoleGrant[] = [];
  let residentId: string | undefined;
  let sub: string | undefined;
  let name: string | undefined;
  let expiresIn = '8h';
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    const needValue = () => {
      if (!value || value.startsWith('--')) throw new Error(`${args[i]} needs a value`);
      i++;
      return value;
    };
    switch (args[i]) {
      case '--role': {
        const role = needValue();
        if (!(USER_ROLES as readonly string[]).includes(role)) throw new Error(`Unknown role ${role}; one of: ${USER_ROLES.join(', ')}`);
        grants.push({ role: role as Role });
        break;
      }
      case '--compound':
      case '--community':
      case '--company':
      case '--enterprise': {
        const option = args[i] as ScopeOption;
        const last = grants[grants.length - 1];
        if (!last) throw new Error(`${option} must follow a --role`);
        last[SCOPES[option].claim] = scopeId(option, needValue());
        break;
      }
      case '--resident':
        residentId = needValue();
        break;
      case '--sub':
        sub = needValue();
        break;
      case '--name':
        name = needValue();
        break;
      case '--expires':
        expiresIn = needValue();
        break;
      default:
        throw new Error(`Unknown option ${args[i]}`);
    }
  }
  if (grants.length === 0) throw new Error('Give at least one --role');
  const token = await signUserToken(
    { sub: sub ?? `dev-${grants[0].role}`, name: name ?? `Dev ${grants[0].role}`, roles: grants, residentId },
    { expiresIn, key: issuerKey() },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
