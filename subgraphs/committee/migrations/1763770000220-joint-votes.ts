import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

const MATTERS = [
  'MEETING_RULES',
  'MANAGEMENT_STATUTE',
  'ELECT_COMMITTEE',
  'HIRE_OR_DISMISS_MANAGER',
  'USE_MAINTENANCE_FUND',
  'RAISE_MAINTENANCE_FUND',
  'REBUILD',
  'CHANGE_USE_OF_COMMON_PARTS',
  'OTHER_MAJOR_MATTER',
];

/**
 * Owners' joint decisions: the vote with its frozen roll totals and, once closed,
 * every figure of the result; the per-voter snapshot; one ballot per voter.
 */
export class JointVotes1763770000220 implements MigrationInterface {
  name = 'JointVotes1763770000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE joint_vote (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL,
        matter text NOT NULL CHECK (matter IN (${MATTERS.map((m) => `'${m}'`).join(', ')})),
        title text NOT NULL,
        description text,
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        opened_at timestamptz NOT NULL,
        roll_area bigint NOT NULL CHECK (roll_area > 0),
        roll_heads integer NOT NULL CHECK (roll_heads > 0),
        closed_at timestamptz,
        closed_by text,
        for_area bigint, for_heads integer,
        against_area bigint, against_heads integer,
        abstain_area bigint, abstain_heads integer,
        participating_area bigint, participating_heads integer,
        valid boolean, passed boolean, explanation text,
        CHECK ((status = 'OPEN') = (closed_at IS NULL)),
        CHECK (status = 'OPEN' OR (passed IS NOT NULL AND valid IS NOT NULL AND participating_area IS NOT NULL)), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX joint_vote_compound ON joint_vote (compound_id, opened_at, id)');
    await q.query(`
      CREATE TABLE vote_roll_entry (
        vote_id uuid NOT NULL REFERENCES joint_vote (id),
        owner_id uuid NOT NULL REFERENCES owner (id),
        area bigint NOT NULL CHECK (area > 0),
        heads integer NOT NULL CHECK (heads = 1),
        PRIMARY KEY (vote_id, owner_id))`);
    await q.query(`
      CREATE TABLE ballot (
        id uuid PRIMARY KEY,
        vote_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        choice text NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
        cast_at timestamptz NOT NULL,
        changed_at timestamptz,
        CONSTRAINT ballot_one_per_voter UNIQUE (vote_id, owner_id),
        FOREIGN KEY (vote_id, owner_id) REFERENCES vote_roll_entry (vote_id, owner_id), ${AUDIT_COLUMNS_SQL})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ballot');
    await q.query('DROP TABLE vote_roll_entry');
    await q.query('DROP TABLE joint_vote');
  }
}
