import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { bearerToken, type UserTokenVerifier } from '../../shared/auth/jwt';
import { Viewer } from '../../shared/auth/viewer';

/** What the gateway keeps of a request: the verified caller and the header to forward. */
export interface GatewayContext {
  authorization?: string;
  subject?: string;
  /** Holds only read-only roles (an analyst): every mutation is refused before its input is read. */
  readsOnly?: boolean;
}

/**
 * Verifies the JWT once at the edge. A present but bad token (forged, `alg: none`,
 * expired, wrong issuer or audience) refuses the whole request with 401; no token
 * passes through anonymously, and the subgraphs answer UNAUTHENTICATED on every field
 * that needs one. The header is forwarded as-is; each subgraph verifies it again.
 */
export async function gatewayContext(req: IncomingMessage, users: UserTokenVerifier): Promise<GatewayContext> {
  const header = req.headers.authorization;
  if (!header) return {};
  const token = bearerToken(header);
  try {
    if (!token) throw new Error('Authorization must be "Bearer <token>"');
    const claims = await users.verify(token);
    return { authorization: header, subject: claims.sub, readsOnly: new Viewer(claims).readsOnly };
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}
