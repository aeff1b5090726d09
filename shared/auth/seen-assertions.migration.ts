import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service assertions each subgraph has accepted, kept until they expire, so a
 * replayed one is refused by every replica of the receiver (shared/auth/seen-assertions.ts).
 */
export class SeenAssertions1763773000000 implements MigrationInterface {
  name = 'SeenAssertions1763773000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE seen_service_assertion (
        caller text NOT NULL,
        jti text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (caller, jti)
      )`);
    // The purge of expired rows reads by expiry.
    await q.query('CREATE INDEX seen_service_assertion_expiry ON seen_service_assertion (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE seen_service_assertion');
  }
}
