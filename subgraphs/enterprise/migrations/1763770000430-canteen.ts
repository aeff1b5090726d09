import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The 爱有味 canteen: meal cards, price tiers (data), meals, merchant supply and the charity fund. */
export class Canteen1763770000430 implements MigrationInterface {
  name = 'Canteen1763770000430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meal_price_tier (
        id uuid PRIMARY KEY,
        outlet_id uuid REFERENCES outlet(id),
        min_age int NOT NULL CHECK (min_age BETWEEN 0 AND 150),
        price_fen bigint NOT NULL CHECK (price_fen >= 0),
        ${AUDIT_COLUMNS_SQL})`);
    // outlet_id NULL is the default table every canteen uses until it has its own.
    await q.query(
      `CREATE UNIQUE INDEX meal_price_tier_outlet_age ON meal_price_tier (COALESCE(outlet_id, '00000000-0000-0000-0000-000000000000'::uuid), min_age)`,
    );
    const seed: [string, number, number][] = [
      ['3d1f6a64-0000-4000-8000-000000000000', 0, 1500],
      ['3d1f6a64-0000-4000-8000-000000000070', 70, 1200],
      ['3d1f6a64-0000-4000-8000-000000000080', 80, 1000],
      ['3d1f6a64-0000-4000-8000-000000000090', 90, 0],
    ];
    for (const [id, minAge, price] of seed) {
      await q.query(
        `INSERT INTO meal_price_tier (id, outlet_id, min_age, price_fen, created_by, created_at, updated_by, updated_at) VALUES ($1, NULL, $2, $3, 'migration', now(), 'migration', now())`,
        [id, minAge, price],
      );
    }
    await q.query(`
      CREATE TABLE meal_card (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        card_no text NOT NULL,
        resident_id uuid,
        household_id uuid,
        holder_name text,
        birth_date date,
        birth_date_verified_by text,
        birth_date_verified_at timestamptz,
        CONSTRAINT meal_card_outlet_no UNIQUE (outlet_id, card_no),
        CONSTRAINT meal_card_verified CHECK ((birth_date IS NULL) = (birth_date_verified_at IS NULL)),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX meal_card_resident ON meal_card (resident_id)');
    await q.query(`
      CREATE TABLE charity_fund (
        outlet_id uuid PRIMARY KEY REFERENCES outlet(id),
        balance_fen bigint NOT NULL CHECK (balance_fen >= 0),
        updated_at timestamptz NOT NULL)`);
    await q.query(`
      CREATE TABLE charity_fund_entry (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        kind text NOT NULL CHECK (kind IN ('MERCHANT_SUPPLY_CREDIT', 'DONATION', 'MEAL_SUBSIDY')),
        amount_fen bigint NOT NULL CHECK (amount_fen <> 0),
        balance_after_fen bigint NOT NULL CHECK (balance_after_fen >= 0),
        source_id uuid,
        note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL)`);
    await q.query('CREATE INDEX charity_fund_entry_outlet ON charity_fund_entry (outlet_id, created_at)');
    await q.query(`
      CREATE TABLE difficulty_family (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        household_id uuid NOT NULL,
        note text,
        CONSTRAINT difficulty_family_outlet_household UNIQUE (outlet_id, household_id),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE merchant_supply (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        merchant_name text NOT NULL,
        description text NOT NULL,
        value_fen bigint NOT NULL CHECK (value_fen > 0),
        paid_fen bigint NOT NULL,
        credited_fen bigint NOT NULL,
        idempotency_key text NOT NULL,
        CONSTRAINT merchant_supply_halves CHECK (paid_fen + credited_fen = value_fen),
        CONSTRAINT merchant_supply_idempotency UNIQUE (outlet_id, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE meal (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        card_id uuid NOT NULL REFERENCES meal_card(id),
        meal_date date NOT NULL,
        age_years int NOT NULL,
        tier_min_age int NOT NULL,
        price_fen bigint NOT NULL CHECK (price_fen >= 0),
        paid_by text NOT NULL CHECK (paid_by IN ('DINER', 'CHARITY_FUND')),
        idempotency_key text NOT NULL,
        CONSTRAINT meal_idempotency UNIQUE (outlet_id, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX meal_outlet_date ON meal (outlet_id, meal_date)');
    await q.query('CREATE INDEX meal_card_date ON meal (card_id, meal_date)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['meal', 'merchant_supply', 'difficulty_family', 'charity_fund_entry', 'charity_fund', 'meal_card', 'meal_price_tier'])
      await q.query(`DROP TABLE ${t}`);
  }
}
