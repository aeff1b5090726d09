import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The bottom of the org tree (unit 单元 → household 户) and the residents (居民) living there. */
export class UnitsHouseholdsResidents1763771000100 implements MigrationInterface {
  name = 'UnitsHouseholdsResidents1763771000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX community_street ON community (street_id)`);
    await q.query(`CREATE INDEX street_name_id ON street (name, id)`);
    await q.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY,
        building_id uuid NOT NULL REFERENCES building(id),
        number int NOT NULL CHECK (number > 0),
        name text NOT NULL, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE UNIQUE INDEX unit_building_number ON unit (building_id, number)`);
    await q.query(`
      CREATE TABLE household (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        building_id uuid NOT NULL REFERENCES building(id),
        unit_id uuid REFERENCES unit(id),
        door_number text NOT NULL,
        label text NOT NULL,
        is_local boolean NOT NULL DEFAULT true, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE UNIQUE INDEX household_building_label ON household (building_id, label)`);
    await q.query(`CREATE INDEX household_compound_label ON household (compound_id, label, id)`);
    await q.query(`CREATE INDEX household_building_label_id ON household (building_id, label, id)`);
    await q.query(`CREATE INDEX household_unit ON household (unit_id)`);
    // Personal fields are nullable only so an erased resident keeps the row without the person.
    await q.query(`
      CREATE TABLE resident (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        household_id uuid NOT NULL REFERENCES household(id),
        name text,
        birth_date date,
        phone text,
        is_local boolean NOT NULL DEFAULT true,
        elderly_living_alone boolean NOT NULL DEFAULT false,
        special_group text,
        erased_at timestamptz,
        erased_by text, ${AUDIT_COLUMNS_SQL},
        CONSTRAINT resident_person_or_erased CHECK (erased_at IS NOT NULL OR name IS NOT NULL),
        CONSTRAINT resident_erased_has_no_person CHECK (erased_at IS NULL OR (name IS NULL AND phone IS NULL AND birth_date IS NULL)))`);
    await q.query(`CREATE INDEX resident_compound_id ON resident (compound_id, id)`);
    await q.query(`CREATE INDEX resident_household ON resident (household_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE resident');
    await q.query('DROP TABLE household');
    await q.query('DROP TABLE unit');
    await q.query('DROP INDEX street_name_id');
    await q.query('DROP INDEX community_street');
  }
}
