import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The party ↔ property hand-overs on issue reports: the work order a report opened and
 * what became of it (as property reported it), and the after-hours intake a report
 * came from. `handover_id` (already there) points at the report's outbox row.
 */
export class ReportHandovers1763772000100 implements MigrationInterface {
  name = 'ReportHandovers1763772000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE issue_report
        ADD COLUMN work_order_id uuid,
        ADD COLUMN work_order_outcome text CHECK (work_order_outcome IN ('RESOLVED', 'CANCELLED')),
        ADD COLUMN work_order_outcome_at timestamptz,
        ADD COLUMN source_intake_id uuid`);
    // One report per intake, whatever the inbox says.
    await q.query(`CREATE UNIQUE INDEX issue_report_source_intake ON issue_report (source_intake_id) WHERE source_intake_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX issue_report_source_intake');
    await q.query(
      'ALTER TABLE issue_report DROP COLUMN work_order_id, DROP COLUMN work_order_outcome, DROP COLUMN work_order_outcome_at, DROP COLUMN source_intake_id',
    );
  }
}
