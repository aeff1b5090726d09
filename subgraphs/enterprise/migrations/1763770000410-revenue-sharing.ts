import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/**
 * The outlet ledger (sales and cost of goods, append-only, corrections as reversals),
 * revenue-share agreements (二八分成 ratios as data) and settlements.
 */
export class RevenueSharing1763770000410 implements MigrationInterface {
  name = 'RevenueSharing1763770000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outlet_entry (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        kind text NOT NULL CHECK (kind IN ('SALE', 'COST_OF_GOODS')),
        amount_fen bigint NOT NULL,
        occurred_at timestamptz NOT NULL,
        source text NOT NULL,
        source_id uuid,
        reverses_id uuid UNIQUE REFERENCES outlet_entry(id),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL)`);
    // Settlement sums and the analysts' per-period sales read by outlet and time.
    await q.query('CREATE INDEX outlet_entry_outlet_time ON outlet_entry (outlet_id, occurred_at)');
    await q.query('CREATE INDEX outlet_entry_source ON outlet_entry (source_id)');

    await q.query(`
      CREATE TABLE revenue_share_agreement (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        enterprise_id uuid NOT NULL REFERENCES social_enterprise(id),
        compound_id uuid NOT NULL,
        property_company_id uuid NOT NULL,
        committee_id uuid NOT NULL,
        enterprise_bp int NOT NULL CHECK (enterprise_bp BETWEEN 0 AND 10000),
        property_bp int NOT NULL CHECK (property_bp BETWEEN 0 AND 10000),
        rebate_bp int NOT NULL CHECK (rebate_bp BETWEEN 0 AND 10000),
        effective_from text NOT NULL CHECK (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CONSTRAINT revenue_share_agreement_full CHECK (enterprise_bp + property_bp = 10000),
        CONSTRAINT revenue_share_agreement_outlet_from UNIQUE (outlet_id, effective_from),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX revenue_share_agreement_company ON revenue_share_agreement (property_company_id)');
    await q.query('CREATE INDEX revenue_share_agreement_committee ON revenue_share_agreement (committee_id)');

    await q.query(`
      CREATE TABLE settlement (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        agreement_id uuid NOT NULL REFERENCES revenue_share_agreement(id),
        enterprise_id uuid NOT NULL REFERENCES social_enterprise(id),
        compound_id uuid NOT NULL,
        property_company_id uuid NOT NULL,
        committee_id uuid NOT NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        sales_fen bigint NOT NULL,
        cost_of_goods_fen bigint NOT NULL,
        proceeds_fen bigint NOT NULL CHECK (proceeds_fen = sales_fen - cost_of_goods_fen),
        enterprise_bp int NOT NULL,
        property_bp int NOT NULL,
        rebate_bp int NOT NULL,
        enterprise_fen bigint NOT NULL CHECK (enterprise_fen >= 0),
        property_kept_fen bigint NOT NULL CHECK (property_kept_fen >= 0),
        committee_rebate_fen bigint NOT NULL CHECK (committee_rebate_fen >= 0),
        note text,
        idempotency_key text NOT NULL,
        -- No fen created or lost: the parts are the proceeds, or nothing when there were none.
        CONSTRAINT settlement_parts_add_up CHECK (enterprise_fen + property_kept_fen + committee_rebate_fen = GREATEST(proceeds_fen, 0)),
        -- A period settles once.
        CONSTRAINT settlement_outlet_period UNIQUE (outlet_id, period),
        CONSTRAINT settlement_idempotency UNIQUE (enterprise_id, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX settlement_company ON settlement (property_company_id, period)');
    await q.query('CREATE INDEX settlement_committee ON settlement (committee_id, period)');
    await q.query('CREATE INDEX settlement_compound ON settlement (compound_id, period)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE settlement');
    await q.query('DROP TABLE revenue_share_agreement');
    await q.query('DROP TABLE outlet_entry');
  }
}
