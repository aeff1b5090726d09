import type { MigrationInterface, QueryRunner } from 'typeorm';
import { recomputePromiseStarts } from '../escalation/promise-backfill';

/**
 * The 10-minute promise kept live (issue 14): when each report's promise starts (duty
 * hours; existing reports backfilled from their filing time and compound's calendar),
 * the level it escalated to, each compound's escalation policy (absent: the defaults),
 * and the due-time rows the escalation worker claims. Existing reports get no due rows:
 * escalation starts with the reports filed after this migration.
 */
export class PromiseAndEscalation1796178900100 implements MigrationInterface {
  name = 'PromiseAndEscalation1796178900100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE issue_report ADD COLUMN promise_started_at timestamptz, ADD COLUMN escalation_level int NOT NULL DEFAULT 0`);
    await q.query(`UPDATE issue_report SET promise_started_at = reported_at`);
    await recomputePromiseStarts(q);
    await q.query(`ALTER TABLE issue_report ALTER COLUMN promise_started_at SET NOT NULL`);
    await q.query(`
      CREATE TABLE compound_escalation_policy (
        compound_id uuid PRIMARY KEY REFERENCES compound(id),
        levels jsonb NOT NULL,
        created_by text NOT NULL, created_at timestamptz NOT NULL,
        updated_by text NOT NULL, updated_at timestamptz NOT NULL)`);
    await q.query(`
      CREATE TABLE report_escalation (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES issue_report(id),
        compound_id uuid NOT NULL,
        level int NOT NULL CHECK (level >= 1),
        due_at timestamptz NOT NULL,
        recipients text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'FIRED', 'SETTLED')),
        done_at timestamptz,
        UNIQUE (report_id, level))`);
    // The worker's claim: the earliest pending rows, a few among many done ones.
    await q.query(`CREATE INDEX report_escalation_due ON report_escalation (due_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_escalation');
    await q.query('DROP TABLE compound_escalation_policy');
    await q.query('ALTER TABLE issue_report DROP COLUMN promise_started_at, DROP COLUMN escalation_level');
  }
}
