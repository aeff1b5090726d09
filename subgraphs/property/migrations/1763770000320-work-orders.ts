import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/**
 * Work orders (工单) and their history. Each transition is one event row stamped by the
 * server (who, when); the order row keeps the current status and the instants the
 * analyst queries need. `overdue` is never stored: it depends on when it is read.
 */
export class WorkOrders1763770000320 implements MigrationInterface {
  name = 'WorkOrders1763770000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE work_order (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL,
        company_id uuid NOT NULL REFERENCES property_company(id),
        contract_id uuid NOT NULL REFERENCES service_contract(id),
        kind text NOT NULL CHECK (kind IN ('HOME_REPAIR', 'COMMON_AREA')),
        building_id uuid,
        area_key text,
        location_detail text,
        category text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
        description text NOT NULL,
        resident_id uuid,
        contact_name text,
        contact_phone text,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED', 'CANCELLED')),
        submitted_at timestamptz NOT NULL,
        sla_deadline timestamptz NOT NULL,
        assignee_id uuid REFERENCES staff_member(id),
        first_resolved_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        rating int CHECK (rating BETWEEN 1 AND 5),
        reopen_count int NOT NULL DEFAULT 0,
        source_report_id uuid,
        intake_id uuid,
        CHECK ((building_id IS NULL) <> (area_key IS NULL)),
        CHECK (kind <> 'HOME_REPAIR' OR building_id IS NOT NULL), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX work_order_company ON work_order (company_id, submitted_at, id)');
    await q.query('CREATE INDEX work_order_compound ON work_order (compound_id, submitted_at, id)');
    await q.query('CREATE INDEX work_order_resident ON work_order (resident_id, submitted_at, id) WHERE resident_id IS NOT NULL');
    await q.query('CREATE UNIQUE INDEX work_order_source_report ON work_order (source_report_id) WHERE source_report_id IS NOT NULL');
    await q.query(`
      CREATE TABLE work_order_event (
        id bigserial PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES work_order(id),
        from_status text,
        to_status text NOT NULL,
        action text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text)`);
    await q.query('CREATE INDEX work_order_event_order ON work_order_event (work_order_id, at, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE work_order_event');
    await q.query('DROP TABLE work_order');
  }
}
