import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_COLUMNS_SQL } from '../../../shared/audit/audited';

/** The veg shop (便民蔬菜店): products, purchases, daily prices, requests and orders. */
export class VegShop1763770000420 implements MigrationInterface {
  name = 'VegShop1763770000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE veg_product (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
        CONSTRAINT veg_product_outlet_name UNIQUE (outlet_id, name),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE veg_purchase (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        product_id uuid NOT NULL REFERENCES veg_product(id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_cost_fen bigint NOT NULL CHECK (unit_cost_fen > 0),
        total_fen bigint NOT NULL CHECK (total_fen = quantity * unit_cost_fen),
        supplier text NOT NULL,
        idempotency_key text NOT NULL,
        CONSTRAINT veg_purchase_idempotency UNIQUE (outlet_id, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX veg_purchase_product ON veg_purchase (product_id, created_at)');
    await q.query(`
      CREATE TABLE veg_daily_price (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        product_id uuid NOT NULL REFERENCES veg_product(id),
        price_date date NOT NULL,
        market_price_fen bigint NOT NULL CHECK (market_price_fen > 0),
        discount_bp int NOT NULL CHECK (discount_bp BETWEEN 2000 AND 3000),
        sale_price_fen bigint NOT NULL CHECK (sale_price_fen > 0),
        CONSTRAINT veg_daily_price_product_date UNIQUE (product_id, price_date),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query(`
      CREATE TABLE veg_product_request (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        resident_id uuid,
        product_name text NOT NULL CHECK (length(product_name) BETWEEN 1 AND 100),
        note text,
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX veg_product_request_outlet ON veg_product_request (outlet_id, created_at)');
    await q.query(`
      CREATE TABLE veg_order (
        id uuid PRIMARY KEY,
        outlet_id uuid NOT NULL REFERENCES outlet(id),
        resident_id uuid,
        channel text NOT NULL CHECK (channel IN ('COUNTER', 'APP')),
        status text NOT NULL CHECK (status IN ('PLACED', 'PICKED_UP', 'CANCELLED')),
        price_date date NOT NULL,
        total_fen bigint NOT NULL CHECK (total_fen > 0),
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        picked_up_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT veg_order_idempotency UNIQUE (outlet_id, created_by, idempotency_key),
        ${AUDIT_COLUMNS_SQL})`);
    await q.query('CREATE INDEX veg_order_resident ON veg_order (resident_id, created_at)');
    await q.query('CREATE INDEX veg_order_outlet ON veg_order (outlet_id, created_at)');
    await q.query(`
      CREATE TABLE veg_order_line (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES veg_order(id),
        line_no int NOT NULL,
        product_id uuid NOT NULL REFERENCES veg_product(id),
        daily_price_id uuid NOT NULL REFERENCES veg_daily_price(id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price_fen bigint NOT NULL CHECK (unit_price_fen > 0),
        line_fen bigint NOT NULL CHECK (line_fen = quantity * unit_price_fen),
        UNIQUE (order_id, line_no))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['veg_order_line', 'veg_order', 'veg_product_request', 'veg_daily_price', 'veg_purchase', 'veg_product'])
      await q.query(`DROP TABLE ${t}`);
  }
}
