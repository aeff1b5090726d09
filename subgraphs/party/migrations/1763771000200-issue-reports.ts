import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** Issue reports (民情, 随手报) with their timeline, and the part-time grid workers who file some of them. */
export class IssueReports1763771000200 implements MigrationInterface {
  name = 'IssueReports1763771000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE part_time_grid_worker (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        user_id text NOT NULL,
        name text NOT NULL,
        occupation text NOT NULL,
        active boolean NOT NULL DEFAULT true, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE UNIQUE INDEX part_time_grid_worker_compound_user ON part_time_grid_worker (compound_id, user_id)`);
    await q.query(`
      CREATE TABLE issue_report (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        building_id uuid REFERENCES building(id),
        area text,
        category text NOT NULL,
        description text NOT NULL,
        source text NOT NULL,
        reporter_id text NOT NULL,
        reporter_resident_id uuid REFERENCES resident(id),
        status text NOT NULL,
        path text,
        reported_at timestamptz NOT NULL,
        responded_at timestamptz,
        responded_by text,
        resolved_at timestamptz,
        resolved_by text,
        resolution_note text,
        whistle_department text,
        handover_id uuid,
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        closed_at timestamptz,
        reopen_count int NOT NULL DEFAULT 0, ${AUDIT_COLUMNS_SQL},
        CONSTRAINT issue_report_located CHECK (building_id IS NOT NULL OR area IS NOT NULL),
        CONSTRAINT issue_report_response_after_report CHECK (responded_at IS NULL OR responded_at >= reported_at),
        CONSTRAINT issue_report_closed_confirmed CHECK (closed_at IS NULL OR satisfaction IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX issue_report_seq ON issue_report (seq)`);
    await q.query(`CREATE INDEX issue_report_compound_seq ON issue_report (compound_id, seq)`);
    await q.query(`CREATE INDEX issue_report_compound_reported ON issue_report (compound_id, reported_at)`);
    await q.query(`CREATE INDEX issue_report_reporter_seq ON issue_report (reporter_id, seq)`);
    await q.query(`
      CREATE TABLE issue_report_entry (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES issue_report(id),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        kind text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL)`);
    await q.query(`CREATE INDEX issue_report_entry_report ON issue_report_entry (report_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE issue_report_entry');
    await q.query('DROP TABLE issue_report');
    await q.query('DROP TABLE part_time_grid_worker');
  }
}
