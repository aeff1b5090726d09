import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log (one row per event id, `sequence` the stream position), each reader's
 * read state (per token `sub`), and the receipts of delivery (first time an event
 * reached an addressee, by listing or by the push stream).
 */
export class NotificationEvents1796179000100 implements MigrationInterface {
  name = 'NotificationEvents1796179000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_event (
        event_id uuid PRIMARY KEY,
        sequence bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        kind text NOT NULL,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        compound_id uuid NOT NULL,
        audience text[] NOT NULL CHECK (cardinality(audience) > 0),
        personal boolean NOT NULL,
        level int,
        text_zh text NOT NULL,
        text_en text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        sender text NOT NULL
      )`);
    // A reader's events: audience && the reader's keys.
    await q.query('CREATE INDEX notification_event_audience ON notification_event USING gin (audience)');
    // Retention (listing and pruning) and the admin figures go by the time notify recorded an event.
    await q.query('CREATE INDEX notification_event_recorded ON notification_event (recorded_at)');
    await q.query(`
      CREATE TABLE notification_read (
        sub text NOT NULL,
        event_id uuid NOT NULL REFERENCES notification_event (event_id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (sub, event_id)
      )`);
    await q.query('CREATE INDEX notification_read_event ON notification_read (event_id)');
    await q.query(`
      CREATE TABLE notification_receipt (
        event_id uuid NOT NULL REFERENCES notification_event (event_id) ON DELETE CASCADE,
        sub text NOT NULL,
        first_delivered_at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('LIST', 'STREAM')),
        PRIMARY KEY (event_id, sub)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_receipt');
    await q.query('DROP TABLE notification_read');
    await q.query('DROP TABLE notification_event');
  }
}
