import type { IncomingMessage } from 'node:http';
import { bearerToken, type UserTokenVerifier } from '../../../shared/auth/jwt';
import { Viewer } from '../../../shared/auth/viewer';
import type { DataSource } from 'typeorm';
import { redeemStreamTicket } from './stream-ticket.service';

/** A refusal before any stream starts, answered as a coded JSON error. */
export interface StreamRefusal {
  status: number;
  code: string;
  message: string;
}

/** Names under which a user token might be put in a URL: refused, never read (URLs end up in logs). */
const TOKEN_PARAMS = ['access_token', 'token', 'authorization', 'jwt'];

/**
 * Who opens the stream: the user token in `Authorization: Bearer`, verified as for
 * `/graphql`; or, where no header can be sent (EventSource), a single-use `?ticket=`
 * from `createStreamTicket`. Never a token in the URL.
 */
export async function streamViewer(
  req: IncomingMessage,
  url: URL,
  users: UserTokenVerifier,
  dataSource: DataSource,
  now: Date,
): Promise<Viewer | StreamRefusal> {
  const inUrl = TOKEN_PARAMS.find((name) => url.searchParams.has(name));
  if (inUrl) {
    return {
      status: 400,
      code: 'TOKEN_IN_URL',
      message: `A token is never taken from the URL (?${inUrl}=): send Authorization: Bearer <token>, or get a ticket with createStreamTicket and pass ?ticket=`,
    };
  }
  const header = req.headers.authorization;
  if (header) {
    const token = bearerToken(header);
    if (!token) return unauthenticated('Authorization must be "Bearer <token>"');
    try {
      return new Viewer(await users.verify(token));
    } catch (error) {
      return unauthenticated((error as Error).message);
    }
  }
  const ticket = url.searchParams.get('ticket');
  if (ticket) {
    const viewer = await redeemStreamTicket(dataSource, ticket, now);
    return viewer ?? unauthenticated('The ticket is unknown, expired or already used: get a new one with createStreamTicket');
  }
  return unauthenticated('The stream needs Authorization: Bearer <token>, or ?ticket= from createStreamTicket');
}

const unauthenticated = (message: string): StreamRefusal => ({ status: 401, code: 'UNAUTHENTICATED', message });
