import type { IncomingMessage, ServerResponse } from 'node:http';
import { signUserToken } from '../../shared/auth/jwt';
import { GRANT_SCOPES, USER_ROLES, type Role, type RoleGrant, type TokenClaims } from '../../shared/auth/viewer';
import { DEMO_PERSONAS } from '../../shared/demo/personas';
import { isUuid } from '../../shared/errors';
import { readBody, refuse, sendJson } from '../../shared/server/http';
import type { ScopeKind } from './page-config';

/**
 * The explorer's token endpoint, for development only (the gateway never serves it in
 * production): it plays the dev identity provider as `npm run token` does, signing with
 * the dev issuer's key, which the services accept only while JWT_JWKS is unset.
 */

/** Where each role is granted (DESIGN.md, Access); analyst and admin hold theirs everywhere. */
export const ROLE_SCOPES: Partial<Record<Role, ScopeKind>> = {
  resident: 'compound',
  owner: 'compound',
  party_member: 'compound',
  volunteer: 'compound',
  grid_worker: 'compound',
  party_secretary: 'compound',
  committee_member: 'compound',
  property_staff: 'company',
  enterprise_staff: 'enterprise',
};

/** Every scope a grant may carry; the picker offers one per role, a `{ roles }` body may name any (e.g. a community's Party secretary). */
const SCOPE_FIELDS = GRANT_SCOPES;
const MAX_GRANTS = 10;
const MAX_BODY_CHARS = 16 * 1024;

class BadTokenRequest extends Error {}

function grantFrom(raw: unknown, index: number): RoleGrant {
  if (!raw || typeof raw !== 'object') throw new BadTokenRequest(`roles[${index}] must be an object`);
  const { role, ...scopes } = raw as Record<string, unknown>;
  if (typeof role !== 'string' || !(USER_ROLES as readonly string[]).includes(role))
    throw new BadTokenRequest(`roles[${index}].role must be one of: ${USER_ROLES.join(', ')}`);
  const grant: RoleGrant = { role: role as Role };
  for (const [field, value] of Object.entries(scopes)) {
    if (!(SCOPE_FIELDS as readonly string[]).includes(field)) throw new BadTokenRequest(`roles[${index}].${field} is not a scope`);
    if (value === undefined || value === null || value === '') continue;
    if (!isUuid(value)) throw new BadTokenRequest(`roles[${index}].${field} must be an id (a UUID)`);
    grant[field as (typeof SCOPE_FIELDS)[number]] = value.toLowerCase();
  }
  return grant;
}

/** The claims a request asks for: `{ persona }` (shared/demo/personas.ts) or `{ roles, residentId? }` as `npm run token` takes them. */
export function claimsFrom(body: unknown): TokenClaims {
  if (!body || typeof body !== 'object') throw new BadTokenRequest('The body must be a JSON object');
  const { persona, roles, residentId } = body as Record<string, unknown>;
  if (persona !== undefined) {
    const found = typeof persona === 'string' ? DEMO_PERSONAS[persona] : undefined;
    if (!found) throw new BadTokenRequest(`persona must be one of: ${Object.keys(DEMO_PERSONAS).join(', ')}`);
    return { sub: `persona:${persona as string}`, name: `Dev ${persona as string}`, roles: found.grants, residentId: found.residentId };
  }
  if (!Array.isArray(roles) || roles.length === 0 || roles.length > MAX_GRANTS)
    throw new BadTokenRequest(`roles must list 1 to ${MAX_GRANTS} roles`);
  if (residentId !== undefined && !isUuid(residentId)) throw new BadTokenRequest('residentId must be an id (a UUID)');
  const grants = roles.map(grantFrom);
  return { sub: `dev-${grants[0].role}`, name: `Dev ${grants[0].role}`, roles: grants, residentId: residentId?.toLowerCase() };
}

/** POST `{ persona }` or `{ roles, residentId? }` → `{ token }`, valid 8 h like `npm run token`'s. */
export async function answerTokenRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', 'POST the roles or the persona as JSON');
  // JSON only: a form on another site cannot send it, and a script there needs a preflight the gateway never grants.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return refuse(res, 415, 'BAD_REQUEST', 'The body must be application/json');
  const text = await readBody(req);
  let claims: TokenClaims;
  try {
    if (text.length > MAX_BODY_CHARS) throw new BadTokenRequest(`The body is longer than ${MAX_BODY_CHARS} characters`);
    claims = claimsFrom(JSON.parse(text));
  } catch (error) {
    if (error instanceof BadTokenRequest) return refuse(res, 400, 'BAD_USER_INPUT', error.message);
    if (error instanceof SyntaxError) return refuse(res, 400, 'BAD_REQUEST', 'Body is not valid JSON');
    throw error;
  }
  sendJson(res, 200, { token: await signUserToken(claims, { expiresIn: '8h' }) }, { 'cache-control': 'no-store' });
}
