import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The org tree: street → community → compound → building. */
export class OrgTree1763770000100 implements MigrationInterface {
  name = 'OrgTree1763770000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE street (id uuid PRIMARY KEY, name text NOT NULL, name_zh text, city text NOT NULL, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE community (
        id uuid PRIMARY KEY,
        street_id uuid NOT NULL REFERENCES street(id),
        name text NOT NULL,
        name_zh text, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE compound (
        id uuid PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES community(id),
        name text NOT NULL,
        name_zh text,
        time_zone text NOT NULL DEFAULT 'Asia/Shanghai', ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE INDEX compound_name_id ON compound (name, id)`);
    await q.query(`CREATE INDEX compound_community ON compound (community_id)`);
    await q.query(`
      CREATE TABLE building (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        number int NOT NULL CHECK (number > 0),
        name text NOT NULL, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE UNIQUE INDEX building_compound_number ON building (compound_id, number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE building');
    await q.query('DROP TABLE compound');
    await q.query('DROP TABLE community');
    await q.query('DROP TABLE street');
  }
}
