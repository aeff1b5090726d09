import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/**
 * The owner roll: owners and the exclusive units (households) they hold, with the
 * registered exclusive area in hundredths of m². One row per owner is one head
 * (SPC interpretation arts. 8–9): an owner of several units has one row, the
 * developer's unsold units are one developer row, a co-owned unit names one voter.
 */
export class OwnerRoll1763770000210 implements MigrationInterface {
  name = 'OwnerRoll1763770000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE owner (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL,
        name text,
        resident_id uuid,
        is_developer boolean NOT NULL DEFAULT false,
        UNIQUE (id, compound_id), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE UNIQUE INDEX owner_resident_once ON owner (compound_id, resident_id) WHERE resident_id IS NOT NULL');
    await q.query('CREATE UNIQUE INDEX owner_one_developer ON owner (compound_id) WHERE is_developer');
    await q.query('CREATE INDEX owner_compound ON owner (compound_id, id)');
    await q.query(`
      CREATE TABLE owned_unit (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL,
        household_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        area_centi_m2 bigint NOT NULL CHECK (area_centi_m2 > 0),
        CONSTRAINT owned_unit_household_once UNIQUE (household_id),
        FOREIGN KEY (owner_id, compound_id) REFERENCES owner (id, compound_id), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX owned_unit_owner ON owned_unit (owner_id)');
    await q.query('CREATE INDEX owned_unit_compound ON owned_unit (compound_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE owned_unit');
    await q.query('DROP TABLE owner');
  }
}
