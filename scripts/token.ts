import { signToken } from '../shared/auth/jwt';
import { ROLES, Role, RoleGrant } from '../shared/auth/viewer';

/**
 * `npm run token -- --role <role> [--compound <id> | --company <id> | --enterprise <id>]
 *   [--resident <id>] [--sub <id>] [--name <name>] [--expires 8h]`
 * Prints a token signed with JWT_SECRET (the dev secret unless set). Repeat --role to
 * hold several; each --compound/--company/--enterprise scopes the role before it.
 */
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
        if (!(ROLES as readonly string[]).includes(role)) throw new Error(`Unknown role ${role}; one of: ${ROLES.join(', ')}`);
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
  return signToken(
    { sub: sub ?? `dev-${grants[0].role}`, name: name ?? `Dev ${grants[0].role}`, roles: grants, residentId },
    { expiresIn },
  ).then((token) => {
    process.stdout.write(`${token}\n`);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
