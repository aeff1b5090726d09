import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index behind every order a fund ledger takes (`orderBy`), each ending in the id
 * that breaks ties. Ledger order is the existing (compound_id, seq): seq is unique.
 */
export class ListOrders1796178700200 implements MigrationInterface {
  name = 'ListOrders1796178700200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX fund_entry_compound_submitted ON fund_entry (compound_id, submitted_at, id)');
    await q.query('CREATE INDEX fund_entry_compound_amount ON fund_entry (compound_id, amount_fen, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX fund_entry_compound_amount');
    await q.query('DROP INDEX fund_entry_compound_submitted');
  }
}
