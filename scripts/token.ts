import { devUserIssuerKey, signUserToken } from '../shared/auth/jwt';
import { importPrivateKey, isDevKey, thumbprint, type SigningKey } from '../shared/auth/keys';
import { USER_ROLES, Role, RoleGrant } from '../shared/auth/viewer';
import { isProduction, userIssuerKeySetting } from '../shared/config';

/**
 * `npm run token -- --role <role> [--compound <id> | --company <id> | --enterprise <id>]
 *   [--resident <id>] [--sub <id>] [--name <name>] [--expires 8h]`
 * Prints a user token signed with the dev identity provider's key, or with
 * JWT_PRIVATE_KEY when set (a self-run issuer; its public key must be in the services'
 * JWT_JWKS). Repeat --role to hold several; each --compound/--company/--enterprise
 * scopes the role before it.
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

function main(): Promise<void> {
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
      case '--company':
      case '--enterprise': {
        const last = grants[grants.length - 1];
        if (!last) throw new Error(`${args[i]} must follow a --role`);
        const key = args[i] === '--compound' ? 'compoundId' : args[i] === '--company' ? 'companyId' : 'enterpriseId';
        last[key] = needValue();
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
  return signUserToken(
    { sub: sub ?? `dev-${grants[0].role}`, name: name ?? `Dev ${grants[0].role}`, roles: grants, residentId },
    { expiresIn, key: issuerKey() },
  ).then((token) => {
    process.stdout.write(`${token}\n`);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
