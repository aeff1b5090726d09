import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

export class EnterprisesAndOutlets1763770000400 implements MigrationInterface {
  name = 'EnterprisesAndOutlets1763770000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE social_enterprise (id uuid PRIMARY KEY, name text NOT NULL, name_zh text, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE outlet (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES social_enterprise(id),
        compound_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('VEG_SHOP', 'CANTEEN', 'SERVICE_MARKET')),
        name text NOT NULL,
        name_zh text, ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX outlet_compound ON outlet (compound_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outlet');
    await q.query('DROP TABLE social_enterprise');
  }
}
