import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duty managers (staff marked as such, known by their token's `sub`: one staff member
 * per account and company; a person working for two companies is one member in each) and the SLA's
 * due-time rows: one per work order, due at its deadline, fired (the breach was told)
 * or settled (the order was no longer open then). Open orders get their row here, so a
 * deadline that passes after the upgrade is watched like any new one.
 */
export class DutyManagersAndSla1796300000300 implements MigrationInterface {
  name = 'DutyManagersAndSla1796300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_member ADD COLUMN duty_manager boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE staff_member ADD COLUMN account_sub text`);
    await q.query(`CREATE UNIQUE INDEX staff_member_account_sub ON staff_member (company_id, account_sub) WHERE account_sub IS NOT NULL`);
    await q.query(`
      CREATE TABLE work_order_sla_due (
        work_order_id uuid PRIMARY KEY REFERENCES work_order (id),
        due_at timestamptz NOT NULL,
        fired_at timestamptz,
        settled_at timestamptz,
        CHECK (fired_at IS NULL OR settled_at IS NULL)
      )`);
    await q.query(`CREATE INDEX work_order_sla_due_pending ON work_order_sla_due (due_at) WHERE fired_at IS NULL AND settled_at IS NULL`);
    await q.query(`
      INSERT INTO work_order_sla_due (work_order_id, due_at)
        SELECT id, sla_deadline FROM work_order WHERE status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE work_order_sla_due');
    await q.query('DROP INDEX staff_member_account_sub');
    await q.query('ALTER TABLE staff_member DROP COLUMN account_sub, DROP COLUMN duty_manager');
  }
}
