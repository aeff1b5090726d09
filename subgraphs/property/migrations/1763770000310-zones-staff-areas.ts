import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/**
 * Staff, the compound's named common areas, and the zones each contract covers.
 * Non-overlap of zones is the database's job: one row per (contract, zone) with the
 * contract's period as a daterange, and an exclusion constraint so that two contracts
 * in force on the same day can never both hold the same zone, even when they race.
 */
export class ZonesStaffAreas1763770000310 implements MigrationInterface {
  name = 'ZonesStaffAreas1763770000310';

  async up(q: QueryRunner): Promise<void> {
    // btree_gist lets a GiST exclusion constraint compare uuid/text with `=`.
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await q.query(`
      CREATE TABLE staff_member (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES property_company(id),
        name text NOT NULL,
        title text,
        active boolean NOT NULL DEFAULT true, ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX staff_member_company ON staff_member (company_id, name, id)');
    await q.query(`
      CREATE TABLE common_area (
        compound_id uuid NOT NULL,
        area_key text NOT NULL CHECK (area_key ~ '^[a-z][a-z0-9-]{1,39}$'),
        name text NOT NULL,
        name_zh text, ${AUDIT_COLUMNS_SQL},
        PRIMARY KEY (compound_id, area_key))`);
    await q.query(`
      CREATE TABLE contract_zone (
        contract_id uuid NOT NULL REFERENCES service_contract(id),
        compound_id uuid NOT NULL,
        zone_key text NOT NULL,
        building_id uuid,
        area_key text,
        period daterange NOT NULL,
        CHECK ((building_id IS NULL) <> (area_key IS NULL)),
        CHECK (zone_key = CASE WHEN building_id IS NOT NULL THEN 'building:' || building_id::text ELSE 'area:' || area_key END),
        PRIMARY KEY (contract_id, zone_key),
        CONSTRAINT contract_zone_no_overlap EXCLUDE USING gist (compound_id WITH =, zone_key WITH =, period WITH &&))`);
    await q.query('CREATE INDEX contract_zone_building ON contract_zone (building_id) WHERE building_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_zone');
    await q.query('DROP TABLE common_area');
    await q.query('DROP TABLE staff_member');
  }
}
