import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

export class CompaniesAndContracts1763770000300 implements MigrationInterface {
  name = 'CompaniesAndContracts1763770000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE property_company (id uuid PRIMARY KEY, name text NOT NULL, name_zh text, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE service_contract (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES property_company(id),
        compound_id uuid NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        CHECK (ends_on IS NULL OR ends_on >= starts_on), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX service_contract_compound ON service_contract (compound_id)');
    await q.query('CREATE INDEX service_contract_company ON service_contract (company_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE service_contract');
    await q.query('DROP TABLE property_company');
  }
}
