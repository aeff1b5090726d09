import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** After-hours intake at the service station, and service open days with their standards. */
export class IntakeAndOpenDays1763770000330 implements MigrationInterface {
  name = 'IntakeAndOpenDays1763770000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE after_hours_intake (
        id uuid PRIMARY KEY,
        station_id uuid NOT NULL,
        compound_id uuid NOT NULL,
        company_id uuid NOT NULL REFERENCES property_company(id),
        received_at timestamptz NOT NULL,
        caller_name text,
        caller_phone text,
        text text NOT NULL,
        work_order_id uuid NOT NULL REFERENCES work_order(id),
        grid_handback text NOT NULL DEFAULT 'NOT_REQUESTED' CHECK (grid_handback IN ('NOT_REQUESTED', 'PENDING', 'DELIVERED', 'FAILED')),
        grid_handback_error text,
        grid_report_id uuid, ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX after_hours_intake_station ON after_hours_intake (station_id, received_at, id)');
    await q.query('CREATE INDEX after_hours_intake_company ON after_hours_intake (company_id, received_at, id)');
    await q.query(`
      CREATE TABLE service_open_day (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES property_company(id),
        compound_id uuid NOT NULL,
        day date NOT NULL,
        title text NOT NULL,
        venue text,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_at timestamptz,
        published_by text, ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX service_open_day_compound ON service_open_day (compound_id, day, id)');
    await q.query(`
      CREATE TABLE service_standard (
        id uuid PRIMARY KEY,
        open_day_id uuid NOT NULL REFERENCES service_open_day(id),
        position int NOT NULL,
        item text NOT NULL,
        standard text NOT NULL,
        fee_fen bigint CHECK (fee_fen >= 0),
        fee_unit text,
        UNIQUE (open_day_id, position), ${AUDIT_COLUMNS_SQL})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE service_standard');
    await q.query('DROP TABLE service_open_day');
    await q.query('DROP TABLE after_hours_intake');
  }
}
