import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** Activities with sign-up and attendance, and the points ledger (积分) whose balance the database keeps at or above zero. */
export class ActivitiesAndPoints1763771000600 implements MigrationInterface {
  name = 'ActivitiesAndPoints1763771000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        kind text NOT NULL,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity int NOT NULL CHECK (capacity > 0),
        points int NOT NULL CHECK (points >= 0), ${AUDIT_COLUMNS_SQL},
        CONSTRAINT activity_ends_after_start CHECK (ends_at > starts_at))`);
    await q.query(`CREATE INDEX activity_compound_seq ON activity (compound_id, seq)`);
    await q.query(`
      CREATE TABLE activity_signup (
        id uuid PRIMARY KEY,
        activity_id uuid NOT NULL REFERENCES activity(id),
        participant_id text NOT NULL,
        participant_name text NOT NULL,
        signed_up_at timestamptz NOT NULL,
        attended_at timestamptz,
        attended_by text)`);
    await q.query(`CREATE UNIQUE INDEX activity_signup_once ON activity_signup (activity_id, participant_id)`);
    await q.query(`
      CREATE TABLE points_account (
        holder_id text PRIMARY KEY,
        balance int NOT NULL CONSTRAINT points_balance_never_negative CHECK (balance >= 0),
        updated_at timestamptz NOT NULL)`);
    await q.query(`
      CREATE TABLE points_entry (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        holder_id text NOT NULL REFERENCES points_account(holder_id),
        compound_id uuid NOT NULL REFERENCES compound(id),
        delta int NOT NULL CHECK (delta <> 0),
        kind text NOT NULL CHECK (kind IN ('EARNED', 'REDEEMED')),
        reason text NOT NULL,
        source_key text NOT NULL UNIQUE,
        at timestamptz NOT NULL,
        by text NOT NULL,
        CONSTRAINT points_entry_sign CHECK ((kind = 'EARNED') = (delta > 0)))`);
    await q.query(`CREATE INDEX points_entry_holder_seq ON points_entry (holder_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE points_entry');
    await q.query('DROP TABLE points_account');
    await q.query('DROP TABLE activity_signup');
    await q.query('DROP TABLE activity');
  }
}
