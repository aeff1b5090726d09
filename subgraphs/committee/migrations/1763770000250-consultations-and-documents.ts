import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

const STAGES = ['COLLECTING_TOPICS', 'BRANCH_PROPOSAL', 'JOINT_DELIBERATION', 'OWNERS_DECISION', 'DECISION_DISCLOSED', 'OUTCOME_DISCLOSED'];

/**
 * Consultations 一征三议两公开 (one collection, three deliberations, two disclosures) with
 * their stage history; the residents' convention and self-governance charter, each
 * version adopted by a passed vote.
 */
export class ConsultationsAndDocuments1763770000250 implements MigrationInterface {
  name = 'ConsultationsAndDocuments1763770000250';

  async up(q: QueryRunner): Promise<void> {
    const stages = STAGES.map((s) => `'${s}'`).join(', ');
    await q.query(`
      CREATE TABLE consultation (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        stage text NOT NULL CHECK (stage IN (${stages})),
        decision_vote_id uuid REFERENCES joint_vote (id), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX consultation_compound ON consultation (compound_id, created_at, id)');
    await q.query(`
      CREATE TABLE consultation_step (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        stage text NOT NULL CHECK (stage IN (${stages})),
        note text,
        vote_id uuid REFERENCES joint_vote (id),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT consultation_step_once UNIQUE (consultation_id, stage))`);
    await q.query(`
      CREATE TABLE consultation_topic (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        text text NOT NULL, ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX consultation_topic_of ON consultation_topic (consultation_id, seq)');
    await q.query(`
      CREATE TABLE governance_document (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CONVENTION', 'CHARTER')),
        CONSTRAINT governance_document_one_per_kind UNIQUE (compound_id, kind), ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE governance_document_version (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES governance_document (id),
        version integer NOT NULL CHECK (version > 0),
        title text NOT NULL,
        body text NOT NULL,
        effective_on date NOT NULL,
        adopted_by_vote_id uuid NOT NULL REFERENCES joint_vote (id),
        CONSTRAINT governance_version_number_once UNIQUE (document_id, version),
        CONSTRAINT governance_version_vote_once UNIQUE (adopted_by_vote_id), ${AUDIT_COLUMNS_SQL})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE governance_document_version');
    await q.query('DROP TABLE governance_document');
    await q.query('DROP TABLE consultation_topic');
    await q.query('DROP TABLE consultation_step');
    await q.query('DROP TABLE consultation');
  }
}
