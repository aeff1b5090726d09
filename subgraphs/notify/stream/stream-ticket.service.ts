import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { Viewer, type TokenClaims } from '../../../shared/auth/viewer';
import { notifyTicketTtlS } from '../../../shared/config';
import { forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';

export interface IssuedTicket {
  ticket: string;
  expiresAt: Date;
}

/** Only the hash is kept: a ticket read from the database cannot be redeemed. */
const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/**
 * A single-use ticket to open the push stream without an Authorization header (a
 * browser's EventSource cannot send one), asked for with the user token. It carries
 * that token's claims, so the stream reads as the token would; it lives
 * NOTIFY_TICKET_TTL_S (default 60 s) by the project's clock.
 */
export async function createStreamTicket(ctx: RequestContext): Promise<IssuedTicket> {
  const viewer = requireViewer(ctx);
  if (viewer.isService) throw forbidden('The push stream is for people: a service has no notifications');
  const ticket = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + notifyTicketTtlS() * 1000);
  await ctx.dataSource.query(
    'INSERT INTO stream_ticket (ticket_hash, sub, claims, created_at, expires_at) VALUES ($1, $2, $3::jsonb, $4, $5)',
    [hashOf(ticket), viewer.id, JSON.stringify(viewer.claims), now, expiresAt],
  );
  return { ticket, expiresAt };
}

/**
 * Redeems a ticket once: of two connections with one ticket, one gets the viewer (the
 * update is atomic), the other null, as does an unknown or expired ticket.
 */
export async function redeemStreamTicket(dataSource: DataSource, ticket: string, now: Date): Promise<Viewer | null> {
  const [rows]: [{ claims: TokenClaims }[], number] = await dataSource.query(
    `UPDATE stream_ticket SET used_at = $2 WHERE ticket_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING claims`,
    [hashOf(ticket), now],
  );
  return rows.length === 1 ? new Viewer(rows[0].claims) : null;
}
