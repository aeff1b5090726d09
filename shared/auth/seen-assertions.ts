import type { DataSource } from 'typeorm';
import type { ServiceName } from '../config';
import { logger } from '../server/logger';
import type { ReplayGuard } from './service-identity';

/** Expired rows are deleted at most this often, by whichever request comes after. */
const PURGE_EVERY_MS = 60_000;

/**
 * The replay guard in the receiver's own database: one insert per assertion, which the
 * primary key refuses a second time. Rows live only until the assertion expires; the
 * purge runs in the background, so no request waits for it.
 */
export class SeenAssertions implements ReplayGuard {
  private purgedAt = 0;
  private readonly log = logger.child({ component: 'seen-assertions' });

  constructor(private readonly dataSource: DataSource) {}

  async firstUse(caller: ServiceName, jti: string, expiresAt: Date): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      'INSERT INTO seen_service_assertion (caller, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING jti',
      [caller, jti, expiresAt],
    );
    this.purgeNowAndThen();
    return inserted.length === 1;
  }

  private purgeNowAndThen(): void {
    const now = Date.now();
    if (now - this.purgedAt < PURGE_EVERY_MS) return;
    this.purgedAt = now;
    this.dataSource
      .query('DELETE FROM seen_service_assertion WHERE expires_at < now()')
      .catch((error: Error) => this.log.warn({ reason: error.message }, 'expired assertion ids not purged; next try in a minute'));
  }
}
