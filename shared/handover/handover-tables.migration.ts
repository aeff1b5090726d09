import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox tables every subgraph carries (each in its own database). */
export class HandoverTables1763770000000 implements MigrationInterface {
  name = 'HandoverTables1763770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE handover_outbox (
        id uuid PRIMARY KEY,
        topic text NOT NULL,
        record_id text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        result jsonb,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        failed_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX handover_outbox_topic_record ON handover_outbox (topic, record_id)`);
    // The relay's scan: only pending rows, in due order.
    await q.query(`CREATE INDEX handover_outbox_due ON handover_outbox (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE handover_inbox (
        topic text NOT NULL,
        record_id text NOT NULL,
        payload_hash text NOT NULL,
        payload jsonb NOT NULL,
        result jsonb,
        received_by text NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (topic, record_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE handover_inbox');
    await q.query('DROP TABLE handover_outbox');
  }
}
