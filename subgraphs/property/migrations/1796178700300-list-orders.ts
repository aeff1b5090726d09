import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index behind every order the work-order list takes (`orderBy`), for a company's
 * desk, a compound, and analysts over all, each ending in the id that breaks ties; the
 * open orders of a company by SLA deadline ("open past SLA for company X") in an index of
 * their own; and the property companies by name. Priority sorts by `priority_rank`,
 * stored beside the priority (0 URGENT … 3 LOW) so that an index can hold it.
 */
export class ListOrders1796178700300 implements MigrationInterface {
  name = 'ListOrders1796178700300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE work_order ADD COLUMN priority_rank smallint NOT NULL
        GENERATED ALWAYS AS (CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END) STORED`);
    for (const [name, columns] of [
      ['work_order_submitted', 'submitted_at, id'],
      ['work_order_sla', 'sla_deadline, id'],
      ['work_order_priority', 'priority_rank, submitted_at, id'],
      ['work_order_company_sla', 'company_id, sla_deadline, id'],
      ['work_order_company_priority', 'company_id, priority_rank, submitted_at, id'],
      ['work_order_compound_sla', 'compound_id, sla_deadline, id'],
      ['work_order_compound_priority', 'compound_id, priority_rank, submitted_at, id'],
    ])
      await q.query(`CREATE INDEX ${name} ON work_order (${columns})`);
    await q.query(`
      CREATE INDEX work_order_company_open_sla ON work_order (company_id, sla_deadline, id)
        WHERE status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')`);
    await q.query('CREATE INDEX property_company_name ON property_company (name, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX property_company_name');
    for (const name of [
      'work_order_company_open_sla',
      'work_order_compound_priority',
      'work_order_compound_sla',
      'work_order_company_priority',
      'work_order_company_sla',
      'work_order_priority',
      'work_order_sla',
      'work_order_submitted',
    ])
      await q.query(`DROP INDEX ${name}`);
    await q.query('ALTER TABLE work_order DROP COLUMN priority_rank');
  }
}
