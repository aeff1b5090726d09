import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The compound's Party organisation, its members (报到) and the governance tasks they claim (认领). */
export class PartyOrganisation1763771000300 implements MigrationInterface {
  name = 'PartyOrganisation1763771000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE party_organisation (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL UNIQUE REFERENCES compound(id),
        kind text NOT NULL,
        name text NOT NULL, ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE party_member (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES party_organisation(id),
        compound_id uuid NOT NULL REFERENCES compound(id),
        user_id text,
        name text NOT NULL,
        membership text NOT NULL,
        home_organisation text,
        position text NOT NULL,
        reported_in_at timestamptz, ${AUDIT_COLUMNS_SQL},
        CONSTRAINT party_member_home_when_elsewhere CHECK (membership = 'LOCAL' OR home_organisation IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX party_member_org_user ON party_member (organisation_id, user_id) WHERE user_id IS NOT NULL`);
    // One secretary and one Party-building instructor per organisation; many group leaders.
    await q.query(`CREATE UNIQUE INDEX party_member_one_secretary ON party_member (organisation_id) WHERE position = 'SECRETARY'`);
    await q.query(`CREATE UNIQUE INDEX party_member_one_instructor ON party_member (organisation_id) WHERE position = 'INSTRUCTOR'`);
    await q.query(`CREATE INDEX party_member_org_name ON party_member (organisation_id, name, id)`);
    await q.query(`CREATE INDEX party_member_user ON party_member (user_id)`);
    await q.query(`
      CREATE TABLE governance_task (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        title text NOT NULL,
        description text,
        status text NOT NULL,
        claimed_by_member_id uuid REFERENCES party_member(id),
        claimed_at timestamptz,
        completed_at timestamptz,
        outcome text, ${AUDIT_COLUMNS_SQL},
        CONSTRAINT governance_task_claim CHECK ((status = 'OPEN') = (claimed_by_member_id IS NULL)))`);
    await q.query(`CREATE INDEX governance_task_compound_seq ON governance_task (compound_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE governance_task');
    await q.query('DROP TABLE party_member');
    await q.query('DROP TABLE party_organisation');
  }
}
