import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index behind every order the settlement and meal lists take (`orderBy`), each
 * ending in the id that breaks ties: settlements per outlet (period order is the unique
 * (outlet_id, period)) and for all readers, meals per canteen.
 */
export class ListOrders1796178700400 implements MigrationInterface {
  name = 'ListOrders1796178700400';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX settlement_outlet_settled ON settlement (outlet_id, created_at, id)');
    await q.query('CREATE INDEX settlement_outlet_proceeds ON settlement (outlet_id, proceeds_fen, id)');
    await q.query('CREATE INDEX settlement_period ON settlement (period, id)');
    await q.query('CREATE INDEX settlement_settled ON settlement (created_at, id)');
    await q.query('CREATE INDEX settlement_proceeds ON settlement (proceeds_fen, id)');
    await q.query('DROP INDEX meal_outlet_date');
    await q.query('CREATE INDEX meal_outlet_date ON meal (outlet_id, meal_date, id)');
    await q.query('CREATE INDEX meal_outlet_served ON meal (outlet_id, created_at, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX meal_outlet_served');
    await q.query('DROP INDEX meal_outlet_date');
    await q.query('CREATE INDEX meal_outlet_date ON meal (outlet_id, meal_date)');
    for (const name of [
      'settlement_proceeds',
      'settlement_settled',
      'settlement_period',
      'settlement_outlet_proceeds',
      'settlement_outlet_settled',
    ])
      await q.query(`DROP INDEX ${name}`);
  }
}
