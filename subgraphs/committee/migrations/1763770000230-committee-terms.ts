import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** Terms of an owners' committee, each recorded from the passed election vote, and their members. */
export class CommitteeTerms1763770000230 implements MigrationInterface {
  name = 'CommitteeTerms1763770000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE committee_term (
        id uuid PRIMARY KEY,
        committee_id uuid NOT NULL REFERENCES owners_committee (id),
        vote_id uuid NOT NULL REFERENCES joint_vote (id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        CONSTRAINT committee_term_one_per_vote UNIQUE (vote_id),
        CHECK (ends_on >= starts_on), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX committee_term_committee ON committee_term (committee_id, starts_on)');
    await q.query(`
      CREATE TABLE committee_seat (
        id uuid PRIMARY KEY,
        term_id uuid NOT NULL REFERENCES committee_term (id),
        owner_id uuid NOT NULL REFERENCES owner (id),
        role text NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER')),
        UNIQUE (term_id, owner_id), ${AUDIT_COLUMNS_SQL})`);
    await q.query(`CREATE UNIQUE INDEX committee_seat_one_chair ON committee_seat (term_id) WHERE role = 'CHAIR'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE committee_seat');
    await q.query('DROP TABLE committee_term');
  }
}
