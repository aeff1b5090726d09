import { DEV_SERVICE_KEYS } from '../../shared/auth/dev-keys/dev-keys';
import { signUserToken } from '../../shared/auth/jwt';
import { devSigningKey, type SigningKey } from '../../shared/auth/keys';
import { ASSERTION_HEADER, GATEWAY_TOKEN_HEADER, mintAssertion, mintGatewayToken } from '../../shared/auth/service-identity';
import type { Role, RoleGrant } from '../../shared/auth/viewer';
import type { ServiceName, SubgraphName } from '../../shared/config';

/** A user token of the dev identity provider, as `npm run token` prints it. */
export function tokenFor(
  role: Role,
  scope: Omit<RoleGrant, 'role'> = {},
  extra: { residentId?: string; sub?: string } = {},
): Promise<string> {
  return signUserToken({
    sub: extra.sub ?? `test-${role}`,
    name: `Test ${role}`,
    roles: [{ role, ...scope }],
    residentId: extra.residentId,
  });
}

export function tokenWith(grants: RoleGrant[], extra: { residentId?: string; sub?: string } = {}): Promise<string> {
  return signUserToken({ sub: extra.sub ?? 'test-user', name: 'Test user', roles: grants, residentId: extra.residentId });
}

const devKeys = new Map<ServiceName, SigningKey>();

/** A service's dev key, as the in-process services of a test stack sign with. */
export function devServiceKey(service: ServiceName): SigningKey {
  let key = devKeys.get(service);
  if (!key) devKeys.set(service, (key = devSigningKey(DEV_SERVICE_KEYS[service])));
  return key;
}

/** The header the gateway sends a subgraph (its dev key), as any gateway in front of the subgraphs would. */
export async function gatewayHeaders(subgraph: SubgraphName): Promise<Record<string, string>> {
  return { [GATEWAY_TOKEN_HEADER]: await mintGatewayToken(devServiceKey('gateway'), subgraph) };
}

/** A fresh one-use assertion from `caller` to `receiver` (signed with `key`, default the caller's dev key). */
export async function assertionHeaders(caller: ServiceName, receiver: SubgraphName, key?: SigningKey): Promise<Record<string, string>> {
  return { [ASSERTION_HEADER]: await mintAssertion(key ?? devServiceKey(caller), caller, receiver) };
}
