import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks (the seam for SMS / WeChat subscription messages): the endpoints an
 * admin registered, with the kinds and compounds each wants and its signing secret, and
 * one delivery per (webhook, event), retried until DELIVERED or PARKED.
 */
export class Webhooks1796179000400 implements MigrationInterface {
  name = 'Webhooks1796179000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        event_kinds text[] NOT NULL CHECK (cardinality(event_kinds) > 0),
        compound_ids uuid[],
        description text,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        deactivated_at timestamptz,
        secret_rotated_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhook (id),
        event_id uuid NOT NULL REFERENCES notification_event (event_id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'PARKED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_attempt_at timestamptz,
        last_status int,
        last_error text,
        delivered_at timestamptz,
        parked_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (webhook_id, event_id)
      )`);
    // The worker's claim: due deliveries still pending, oldest due first.
    await q.query(`CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING'`);
    // An admin's list of one webhook's deliveries, newest first; the figures by period.
    await q.query('CREATE INDEX webhook_delivery_webhook ON webhook_delivery (webhook_id, created_at DESC, id DESC)');
    await q.query('CREATE INDEX webhook_delivery_created ON webhook_delivery (created_at)');
    // Pruning an event deletes its deliveries (ON DELETE CASCADE) by event id.
    await q.query('CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_delivery');
    await q.query('DROP TABLE webhook');
  }
}
