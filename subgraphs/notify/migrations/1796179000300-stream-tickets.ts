import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The push stream's own state: single-use tickets for clients that cannot send an
 * Authorization header (a browser's EventSource), kept hashed with the claims of the
 * token that asked for them; and the highest sequence the pruner has deleted, so a
 * client reconnecting from before it is told to reload (`event: reset`).
 */
export class StreamTickets1796179000300 implements MigrationInterface {
  name = 'StreamTickets1796179000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stream_ticket (
        ticket_hash text PRIMARY KEY,
        sub text NOT NULL,
        claims jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query('CREATE INDEX stream_ticket_expires ON stream_ticket (expires_at)');
    await q.query(`
      CREATE TABLE notification_pruned (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        highest_sequence bigint NOT NULL
      )`);
    await q.query('INSERT INTO notification_pruned (highest_sequence) VALUES (0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_pruned');
    await q.query('DROP TABLE stream_ticket');
  }
}
