import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { Viewer, type TokenClaims } from '../../../shared/auth/viewer';
import { notifyTicketTtlS } from './stream-settings';
import { conflict, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';

export interface IssuedTicket {
  ticket: string;
  expiresAt: Date;
}

/**
 * Unused, unexpired tickets one reader may hold. A client needs one per (re)connection,
 * redeemed within seconds; past this, asking for more is a loop or an attack filling
 * the table until the pruner runs.
 */
export const MAX_LIVE_TICKETS = 20;

/** Only the hash is kept: a ticket read from the database cannot be redeemed. */
const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/**
 * A single-use ticket to open the push stream without an Authorization header (a
 * browser's EventSource cannot send one), asked for with the user token. It carries
 * that token's claims, so the stream reads as the token would; it lives
 * NOTIFY_TICKET_TTL_S (default 60 s) by the project's clock. A reader holds at most
 * MAX_LIVE_TICKETS unused ones (CONFLICT past it).
 */
export async function createStreamTicket(ctx: RequestContext): Promise<IssuedTicket> {
  const viewer = requireViewer(ctx);
  if (viewer.isService) throw forbidden('The push stream is for people: a service has no notifications');
  const ticket = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + notifyTicketTtlS() * 1000);
  await ctx.dataSource.transaction(async (manager) => {
    // One reader's requests take turns here, so two at once cannot both pass the count.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`stream_ticket:${viewer.id}`]);
    const [{ live }]: { live: number }[] = await manager.query(
      'SELECT count(*)::int AS live FROM stream_ticket WHERE sub = $1 AND used_at IS NULL AND expires_at > $2',
      [viewer.id, now],
    );
    if (live >= MAX_LIVE_TICKETS)
      throw conflict(`You hold ${MAX_LIVE_TICKETS} unused stream tickets; open the stream with one, or wait until they expire`);
    await manager.query('INSERT INTO stream_ticket (ticket_hash, sub, claims, created_at, expires_at) VALUES ($1, $2, $3::jsonb, $4, $5)', [
      hashOf(ticket),
      viewer.id,
      JSON.stringify(viewer.claims),
      now,
      expiresAt,
    ]);
  });
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
