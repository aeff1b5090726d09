import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The service market (城南市集) and the set-up co-funding "四个一点". */
export class MarketAndCofunding1763770000440 implements MigrationInterface {
  name = 'MarketAndCofunding1763770000440';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE market_item (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        name text NOT NULL,
        merchant_name text NOT NULL,
        list_price_fen bigint NOT NULL CHECK (list_price_fen > 0),
        merchant_discount_fen bigint NOT NULL CHECK (merchant_discount_fen >= 0),
        community_subsidy_fen bigint NOT NULL CHECK (community_subsidy_fen >= 0),
        CONSTRAINT market_item_parts CHECK (merchant_discount_fen + community_subsidy_fen <= list_price_fen),
        CONSTRAINT market_item_outlet_name UNIQUE (outlet_id, name),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE market_sale (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        item_id uuid NOT NULL REFERENCES market_item(id),
        resident_id uuid,
        quantity int NOT NULL CHECK (quantity > 0),
        senior boolean NOT NULL,
        list_price_fen bigint NOT NULL,
        merchant_discount_fen bigint NOT NULL CHECK (merchant_discount_fen >= 0),
        community_subsidy_fen bigint NOT NULL CHECK (community_subsidy_fen >= 0),
        senior_cover_fen bigint NOT NULL CHECK (senior_cover_fen >= 0),
        resident_paid_fen bigint NOT NULL CHECK (resident_paid_fen >= 0),
        idempotency_key text NOT NULL,
        -- Who paid what adds up to the list price, to the fen.
        CONSTRAINT market_sale_parts CHECK (merchant_discount_fen + community_subsidy_fen + senior_cover_fen + resident_paid_fen = list_price_fen),
        CONSTRAINT market_sale_senior CHECK (NOT senior OR resident_paid_fen = 0),
        CONSTRAINT market_sale_idempotency UNIQUE (outlet_id, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX market_sale_outlet ON market_sale (outlet_id, created_at)');
    await q.query('CREATE INDEX market_sale_resident ON market_sale (resident_id, created_at)');
    await q.query(`
      CREATE TABLE cofunding_contribution (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        enterprise_id uuid NOT NULL REFERENCES social_enterprise(id),
        source text NOT NULL CHECK (source IN ('ENTERPRISE', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'MERCHANT')),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        property_company_id uuid,
        committee_id uuid,
        fund_entry_id uuid UNIQUE,
        merchant_name text,
        note text,
        idempotency_key text NOT NULL,
        CONSTRAINT cofunding_source_fields CHECK (
          (source = 'PROPERTY_COMPANY') = (property_company_id IS NOT NULL)
          AND (source = 'OWNERS_COMMITTEE') = (committee_id IS NOT NULL AND fund_entry_id IS NOT NULL)
          AND (source = 'MERCHANT') = (merchant_name IS NOT NULL)),
        CONSTRAINT cofunding_idempotency UNIQUE (enterprise_id, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX cofunding_outlet ON cofunding_contribution (outlet_id, source)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['cofunding_contribution', 'market_sale', 'market_item']) await q.query(`DROP TABLE ${t}`);
  }
}
