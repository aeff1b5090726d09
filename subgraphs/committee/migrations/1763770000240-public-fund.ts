import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/**
 * The public-affairs fund (公共事务经费): one account row per compound, locked by every
 * movement so the balance (CHECK >= 0) is decided one movement at a time; and the
 * append-only ledger of entries in integer fen. Amounts are never edited: corrections
 * are reversal entries, each original reversed at most once.
 */
export class PublicFund1763770000240 implements MigrationInterface {
  name = 'PublicFund1763770000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fund_account (
        compound_id uuid PRIMARY KEY,
        committee_id uuid NOT NULL REFERENCES owners_committee (id),
        balance_fen bigint NOT NULL DEFAULT 0 CHECK (balance_fen >= 0), ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE fund_entry (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        compound_id uuid NOT NULL REFERENCES fund_account (compound_id),
        committee_id uuid NOT NULL REFERENCES owners_committee (id),
        direction text NOT NULL CHECK (direction IN ('INCOME', 'SPENDING')),
        source text NOT NULL CHECK (source IN ('CROWDFUNDING', 'DONATION', 'SETTLEMENT_REBATE', 'ACTIVITY', 'REVERSAL')),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        description text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'POSTED', 'REJECTED')),
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        decision_note text,
        posted_at timestamptz,
        balance_after_fen bigint,
        reverses_entry_id uuid REFERENCES fund_entry (id),
        settlement_id uuid,
        period text,
        CONSTRAINT fund_entry_reversed_once UNIQUE (reverses_entry_id),
        CONSTRAINT fund_entry_settlement_once UNIQUE (settlement_id),
        CHECK (status <> 'POSTED' OR (posted_at IS NOT NULL AND balance_after_fen IS NOT NULL AND balance_after_fen >= 0)),
        CHECK ((source = 'REVERSAL') = (reverses_entry_id IS NOT NULL)),
        CHECK ((source = 'SETTLEMENT_REBATE') = (settlement_id IS NOT NULL)),
        CHECK (source <> 'SETTLEMENT_REBATE' OR period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CHECK (direction = 'SPENDING' OR source <> 'ACTIVITY'),
        CHECK (decided_by IS NULL OR source <> 'ACTIVITY' OR decided_by <> submitted_by), ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX fund_entry_compound ON fund_entry (compound_id, seq)');
    await q.query("CREATE INDEX fund_entry_posted ON fund_entry (compound_id, posted_at) WHERE status = 'POSTED'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE fund_entry');
    await q.query('DROP TABLE fund_account');
  }
}
