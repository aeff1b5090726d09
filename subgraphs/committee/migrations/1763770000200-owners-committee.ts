import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

export class OwnersCommittee1763770000200 implements MigrationInterface {
  name = 'OwnersCommittee1763770000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE owners_committee (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL UNIQUE,
        name text NOT NULL,
        term_starts_on date,
        term_ends_on date,
        CHECK (term_ends_on IS NULL OR term_starts_on IS NULL OR term_ends_on >= term_starts_on), ${AUDIT_COLUMNS_SQL})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE owners_committee');
  }
}
