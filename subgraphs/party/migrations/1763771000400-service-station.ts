import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The service station (服务驿站) with its "6+X" functions and service catalogue, and each compound's calendar exceptions (调休). */
export class ServiceStation1763771000400 implements MigrationInterface {
  name = 'ServiceStation1763771000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_station (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL UNIQUE REFERENCES compound(id),
        name text NOT NULL,
        custom_functions text[] NOT NULL DEFAULT '{}', ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE station_service (
        id uuid PRIMARY KEY,
        station_id uuid NOT NULL REFERENCES service_station(id),
        name text NOT NULL,
        category text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('ON_THE_SPOT', 'BY_PROXY')), ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE UNIQUE INDEX station_service_name ON station_service (station_id, name)`);
    await q.query(`
      CREATE TABLE compound_calendar_day (
        compound_id uuid NOT NULL REFERENCES compound(id),
        day date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY')),
        note text, ${AUDIT_COLUMNS_SQL},
        PRIMARY KEY (compound_id, day))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE compound_calendar_day');
    await q.query('DROP TABLE station_service');
    await q.query('DROP TABLE service_station');
  }
}
