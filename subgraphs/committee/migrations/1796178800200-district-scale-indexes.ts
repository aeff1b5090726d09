import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fund-flow report over every compound reads a period's posted entries of all
 * compounds: by posting time, not compound by compound (bench/README.md, "District scale").
 */
export class DistrictScaleIndexes1796178800200 implements MigrationInterface {
  name = 'DistrictScaleIndexes1796178800200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX fund_entry_posted_at ON fund_entry (posted_at) WHERE status = 'POSTED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX fund_entry_posted_at`);
  }
}
