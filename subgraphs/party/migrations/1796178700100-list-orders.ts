import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index behind every order the report and resident lists take (`orderBy`), each
 * ending in the id that breaks ties, so a page at any depth and in either direction is
 * one index range. The reports' (compound, reported_at) index becomes one of them.
 */
export class ListOrders1796178700100 implements MigrationInterface {
  name = 'ListOrders1796178700100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX issue_report_compound_reported`);
    await q.query(`CREATE INDEX issue_report_compound_reported ON issue_report (compound_id, reported_at, id)`);
    await q.query(`CREATE INDEX issue_report_compound_updated ON issue_report (compound_id, updated_at, id)`);
    await q.query(`CREATE INDEX issue_report_reporter_reported ON issue_report (reporter_id, reported_at, id)`);
    await q.query(`CREATE INDEX issue_report_reporter_updated ON issue_report (reporter_id, updated_at, id)`);
    await q.query(`CREATE INDEX resident_compound_registered ON resident (compound_id, created_at, id)`);
    await q.query(`CREATE INDEX resident_compound_name ON resident (compound_id, (COALESCE(name, '')), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX resident_compound_name`);
    await q.query(`DROP INDEX resident_compound_registered`);
    await q.query(`DROP INDEX issue_report_reporter_updated`);
    await q.query(`DROP INDEX issue_report_reporter_reported`);
    await q.query(`DROP INDEX issue_report_compound_updated`);
    await q.query(`DROP INDEX issue_report_compound_reported`);
    await q.query(`CREATE INDEX issue_report_compound_reported ON issue_report (compound_id, reported_at)`);
  }
}
