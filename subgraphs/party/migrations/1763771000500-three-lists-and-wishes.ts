import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The three lists (需求清单, 资源清单, 项目清单) and micro-wishes (微心愿). */
export class ThreeListsAndWishes1763771000500 implements MigrationInterface {
  name = 'ThreeListsAndWishes1763771000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        title text NOT NULL,
        description text,
        source text NOT NULL, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE INDEX need_compound_seq ON need (compound_id, seq)`);
    await q.query(`
      CREATE TABLE resource (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        kind text NOT NULL,
        name text NOT NULL,
        contact text,
        description text, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE INDEX resource_compound_seq ON resource (compound_id, seq)`);
    await q.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        title text NOT NULL,
        description text, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE INDEX project_compound_seq ON project (compound_id, seq)`);
    await q.query(
      `CREATE TABLE project_need (project_id uuid NOT NULL REFERENCES project(id), need_id uuid NOT NULL REFERENCES need(id), PRIMARY KEY (project_id, need_id))`,
    );
    await q.query(`CREATE INDEX project_need_need ON project_need (need_id)`);
    await q.query(
      `CREATE TABLE project_resource (project_id uuid NOT NULL REFERENCES project(id), resource_id uuid NOT NULL REFERENCES resource(id), PRIMARY KEY (project_id, resource_id))`,
    );
    await q.query(`
      CREATE TABLE micro_wish (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        resident_id uuid REFERENCES resident(id),
        posted_by text NOT NULL,
        title text NOT NULL,
        description text,
        status text NOT NULL,
        claimed_by text,
        claimed_at timestamptz,
        fulfilled_at timestamptz, ${AUDIT_COLUMNS_SQL},
        CONSTRAINT micro_wish_claim CHECK ((status = 'OPEN') = (claimed_by IS NULL)),
        CONSTRAINT micro_wish_fulfilled CHECK ((status = 'FULFILLED') = (fulfilled_at IS NOT NULL)))`);
    await q.query(`CREATE INDEX micro_wish_compound_seq ON micro_wish (compound_id, seq)`);
    await q.query(`CREATE INDEX micro_wish_compound_fulfilled ON micro_wish (compound_id, fulfilled_at) WHERE fulfilled_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE micro_wish');
    await q.query('DROP TABLE project_resource');
    await q.query('DROP TABLE project_need');
    await q.query('DROP TABLE project');
    await q.query('DROP TABLE resource');
    await q.query('DROP TABLE need');
  }
}
