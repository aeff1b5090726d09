import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the district-scale bench showed missing (bench/README.md, "District scale"):
 * a compound's reports by status in filing order (the grid worker's open reports, a few
 * among thousands, and their count, read without touching the others), and a compound's
 * activities by start (the volunteer hours of partyStats for a period).
 */
export class DistrictScaleIndexes1796178800100 implements MigrationInterface {
  name = 'DistrictScaleIndexes1796178800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX issue_report_compound_status_seq ON issue_report (compound_id, status, seq)`);
    await q.query(`CREATE INDEX activity_compound_starts ON activity (compound_id, starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX activity_compound_starts`);
    await q.query(`DROP INDEX issue_report_compound_status_seq`);
  }
}
