import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A priority's rank, 0 URGENT to 3 LOW: the same expression the work-order list sorts by (work-order-queries.service.ts). */
const RANK = `(CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 WHEN 'LOW' THEN 3 END)`;

/**
 * An index behind every order the work-order list takes (`orderBy`), for a company's
 * desk, a compound, and analysts over all, each ending in the id that breaks ties; the
 * open orders of a company by SLA deadline ("open past SLA for company X") in an index of
 * their own; and the property companies by name.
 */
export class ListOrders1796178700300 implements MigrationInterface {
  name = 'ListOrders1796178700300';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, columns] of [
      ['work_order_submitted', 'submitted_at, id'],
      ['work_order_sla', 'sla_deadline, id'],
      ['work_order_priority', `${RANK}, submitted_at, id`],
      ['work_order_company_sla', 'company_id, sla_deadline, id'],
      ['work_order_company_priority', `company_id, ${RANK}, submitted_at, id`],
      ['work_order_compound_sla', 'compound_id, sla_deadline, id'],
      ['work_order_compound_priority', `compound_id, ${RANK}, submitted_at, id`],
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
  }
}
