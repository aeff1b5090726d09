import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import { DEMO_ENTERPRISES, DEMO_OUTLETS, demoCommitteeId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { ageOn, DEFAULT_MEAL_TIERS, halfPriceSplit, tierFor } from '../canteen/meal-pricing';
import { localPeriod } from '../../../shared/time/local-time';
import { marketSaleParts } from '../market/market-pricing';
import { splitProceeds } from '../settlement/settlement-split';
import { dailySalePrice } from '../veg-shop/veg-pricing';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';

const SEEDER = 'seed:demo';

/** The months the demo shops traded and settled (fixed, so every run writes the same rows). */
export const DEMO_MONTHS = ['2026-08', '2026-09', '2026-10'];

const outletId = (key: (typeof DEMO_OUTLETS)[number]['key']) => DEMO_OUTLETS.find((o) => o.key === key)!.id;
const enterpriseId = (key: string) => DEMO_ENTERPRISES.find((e) => e.key === key)!.id;

/** Stable ids of demo records other subgraphs may seed against. */
export const demoSettlementId = (outletKey: string, period: string) => demoId('settlement', outletKey, period);
/** The committee fund's spending entry that paid the owners' crowdfunded share of the veg shop. */
export const DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY = demoId('fund-entry', 'kuiguangta', 'veg-shop-crowdfunding');

const at = (date: string, utcHour: number) => new Date(`${date}T${String(utcHour).padStart(2, '0')}:00:00Z`);
const day = (period: string, d: number) => `${period}-${String(d).padStart(2, '0')}`;

interface Ledger {
  id: string;
  outletId: string;
  kind: 'SALE' | 'COST_OF_GOODS';
  amountFen: bigint;
  at: Date;
  source: string;
  sourceId: string;
  reversesId?: string;
}

async function insert(m: EntityManager, table: string, row: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(row);
  const values = cols.map((c) => {
    const v = row[c];
    return typeof v === 'bigint' ? v.toString() : v;
  });
  await m.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING`,
    values,
  );
}

const audit = (when: Date) => ({ created_by: SEEDER, created_at: when, updated_by: SEEDER, updated_at: when });

/**
 * The demo world of the enterprise subgraph: Kuiguangta's veg shop and 爱有味 canteen with
 * three months of purchases, sales, meals in every age tier and settled periods (their
 * rebates PENDING for the relay), and Chengnan's service market. Every id is derived
 * from a key, every row ON CONFLICT DO NOTHING: a second run adds nothing.
 */
export async function seedEnterpriseDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const now = clock.now();
  await dataSource.transaction(async (m) => {
    for (const e of DEMO_ENTERPRISES) {
      await m.query(
        `INSERT INTO social_enterprise (id, name, name_zh, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$4,$5) ON CONFLICT DO NOTHING`,
        [e.id, e.name, e.nameZh, SEEDER, now],
      );
    }
    for (const o of DEMO_OUTLETS) {
      await m.query(
        `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, name_zh, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$7,$8) ON CONFLICT DO NOTHING`,
        [o.id, enterpriseId(o.enterpriseKey), demoCompound(o.compoundKey).id, o.kind, o.name, o.nameZh, SEEDER, now],
      );
    }
    const ledger: Ledger[] = [];
    await seedVegShop(m, ledger);
    await seedCanteen(m, ledger);
    await seedMarket(m, ledger);
    for (const e of ledger) {
      await insert(m, 'outlet_entry', {
        id: e.id,
        outlet_id: e.outletId,
        kind: e.kind,
        amount_fen: e.amountFen,
        occurred_at: e.at,
        source: e.source,
        source_id: e.sourceId,
        reverses_id: e.reversesId ?? null,
        created_by: SEEDER,
        created_at: e.at,
      });
    }
    await seedSettlements(m, ledger);
    await seedCofunding(m);
  });
}

const VEG_PRODUCTS = [
  { key: 'cabbage', name: '白菜 Chinese cabbage', marketFen: 300n },
  { key: 'radish', name: '萝卜 Radish', marketFen: 250n },
  { key: 'potato', name: '土豆 Potato', marketFen: 350n },
  { key: 'tomato', name: '西红柿 Tomato', marketFen: 600n },
];

async function seedVegShop(m: EntityManager, ledger: Ledger[]): Promise<void> {
  const shop = outletId('kuiguangta-veg-shop');
  const first = at('2026-08-01', 0);
  const productId = (key: string) => demoId('veg-product', key);
  for (const p of VEG_PRODUCTS)
    await insert(m, 'veg_product', { id: productId(p.key), outlet_id: shop, name: p.name, unit: '斤', ...audit(first) });
  await insert(m, 'veg_product_request', {
    id: demoId('veg-request', 1),
    outlet_id: shop,
    resident_id: null,
    product_name: '莲藕 Lotus root',
    note: 'asked at the counter',
    ...audit(at('2026-09-05', 3)),
  });
  for (const period of DEMO_MONTHS) {
    for (const p of VEG_PRODUCTS) {
      // Goods bought from the district distribution centre on the 1st, at 60% of the market price.
      const id = demoId('veg-purchase', period, p.key);
      const when = at(day(period, 1), 1);
      const unitCost = (p.marketFen * 6n) / 10n;
      await insert(m, 'veg_purchase', {
        id,
        outlet_id: shop,
        product_id: productId(p.key),
        quantity: 100,
        unit_cost_fen: unitCost,
        total_fen: unitCost * 100n,
        supplier: '区配送中心',
        idempotency_key: `demo-${period}-${p.key}`,
        ...audit(when),
      });
      ledger.push({
        id: demoId('entry', id),
        outletId: shop,
        kind: 'COST_OF_GOODS',
        amountFen: unitCost * 100n,
        at: when,
        source: 'veg_purchase',
        sourceId: id,
      });
    }
    for (const d of [2, 12, 22]) {
      const date = day(period, d);
      const prices = VEG_PRODUCTS.map((p, i) => {
        const market = p.marketFen + BigInt((d % 7) * 10);
        const discount = 2000 + ((d * 7 + i * 3) % 11) * 100; // always within 2000–3000
        return { id: demoId('veg-price', date, p.key), product: p, market, discount, sale: dailySalePrice(market, discount) };
      });
      for (const pr of prices) {
        await insert(m, 'veg_daily_price', {
          id: pr.id,
          outlet_id: shop,
          product_id: productId(pr.product.key),
          price_date: date,
          market_price_fen: pr.market,
          discount_bp: pr.discount,
          sale_price_fen: pr.sale,
          ...audit(at(date, 0)),
        });
      }
      // Three orders a day here stand for the day's trade (counter and group orders), in 斤.
      for (let n = 0; n < 3; n++) {
        const orderId = demoId('veg-order', date, n);
        const when = at(date, 2 + n);
        const lines = [
          { pr: prices[n % 4], quantity: 10 * (2 + n) },
          { pr: prices[(n + 1) % 4], quantity: 10 * (1 + n) },
        ];
        const total = lines.reduce((a, l) => a + l.pr.sale * BigInt(l.quantity), 0n);
        const cancelled = d === 12 && n === 2;
        await insert(m, 'veg_order', {
          id: orderId,
          outlet_id: shop,
          resident_id: null,
          channel: 'COUNTER',
          status: cancelled ? 'CANCELLED' : 'PICKED_UP',
          price_date: date,
          total_fen: total,
          idempotency_key: `demo-${date}-${n}`,
          request_hash: 'demo',
          picked_up_at: cancelled ? null : when,
          cancelled_at: cancelled ? new Date(when.getTime() + 600_000) : null,
          ...audit(when),
        });
        for (const [k, l] of lines.entries()) {
          await insert(m, 'veg_order_line', {
            id: demoId('veg-order-line', orderId, k),
            order_id: orderId,
            line_no: k + 1,
            product_id: productId(l.pr.product.key),
            daily_price_id: l.pr.id,
            quantity: l.quantity,
            unit_price_fen: l.pr.sale,
            line_fen: l.pr.sale * BigInt(l.quantity),
          });
        }
        const saleEntry = demoId('entry', orderId);
        ledger.push({ id: saleEntry, outletId: shop, kind: 'SALE', amountFen: total, at: when, source: 'veg_order', sourceId: orderId });
        if (cancelled) {
          ledger.push({
            id: demoId('entry', orderId, 'refund'),
            outletId: shop,
            kind: 'SALE',
            amountFen: -total,
            at: new Date(when.getTime() + 600_000),
            source: 'veg_order_refund',
            sourceId: orderId,
            reversesId: saleEntry,
          });
        }
      }
    }
  }
}

/** Diners in every tier on the demo months, one born on 29 February, one from a registered family in difficulty. */
const DINERS = [
  { card: 'KGT-001', name: '李红 Li Hong', birth: '1960-05-01', household: null },
  { card: 'KGT-002', name: '张建国 Zhang Jianguo', birth: '1955-03-10', household: null },
  { card: 'KGT-003', name: '王秀英 Wang Xiuying', birth: '1944-12-20', household: null },
  { card: 'KGT-004', name: '刘桂兰 Liu Guilan', birth: '1934-07-07', household: null },
  { card: 'KGT-005', name: '陈立 Chen Li', birth: '1956-02-29', household: null },
  // Turns 70 on 9 September 2026: August at 15, from September at 12.
  { card: 'KGT-006', name: '赵平 Zhao Ping', birth: '1956-09-09', household: demoId('household', 'kuiguangta', 'difficulty', 1) },
];

async function seedCanteen(m: EntityManager, ledger: Ledger[]): Promise<void> {
  const canteen = outletId('kuiguangta-canteen');
  const issued = at('2026-07-20', 2);
  let balance = 0n;
  const fundEntries: Record<string, unknown>[] = [];
  const fund = (id: string, kind: string, amount: bigint, when: Date, sourceId: string, note: string | null) => {
    balance += amount;
    if (balance < 0n) throw new Error('demo charity fund would go negative');
    fundEntries.push({
      id,
      outlet_id: canteen,
      kind,
      amount_fen: amount,
      balance_after_fen: balance,
      source_id: sourceId,
      note,
      created_by: SEEDER,
      created_at: when,
    });
  };
  for (const d of DINERS) {
    await insert(m, 'meal_card', {
      id: demoId('meal-card', d.card),
      outlet_id: canteen,
      card_no: d.card,
      resident_id: null,
      household_id: d.household,
      holder_name: d.name,
      birth_date: d.birth,
      birth_date_verified_by: SEEDER,
      birth_date_verified_at: issued,
      ...audit(issued),
    });
    if (d.household)
      await insert(m, 'difficulty_family', {
        id: demoId('difficulty-family', d.household),
        outlet_id: canteen,
        household_id: d.household,
        note: 'registered by the community',
        ...audit(issued),
      });
  }
  for (const period of DEMO_MONTHS) {
    const supplyId = demoId('merchant-supply', period);
    const supplied = at(day(period, 1), 2);
    const { paidFen, creditedFen } = halfPriceSplit(40_001n);
    await insert(m, 'merchant_supply', {
      id: supplyId,
      outlet_id: canteen,
      merchant_name: '老街面馆 Old Street Noodles',
      description: 'noodles and side dishes for the month',
      value_fen: 40_001n,
      paid_fen: paidFen,
      credited_fen: creditedFen,
      idempotency_key: `demo-${period}`,
      ...audit(supplied),
    });
    ledger.push({
      id: demoId('entry', supplyId),
      outletId: canteen,
      kind: 'COST_OF_GOODS',
      amountFen: paidFen,
      at: supplied,
      source: 'merchant_supply',
      sourceId: supplyId,
    });
    fund(demoId('charity-entry', supplyId), 'MERCHANT_SUPPLY_CREDIT', creditedFen, supplied, supplyId, '老街面馆 Old Street Noodles');
    for (const dd of [3, 10, 17, 24]) {
      const date = day(period, dd);
      const when = at(date, 4); // noon in Shanghai
      for (const d of DINERS) {
        const age = ageOn(d.birth, date);
        const tier = tierFor(DEFAULT_MEAL_TIERS, age);
        const mealId = demoId('meal', d.card, date);
        const paidBy = d.household ? 'CHARITY_FUND' : 'DINER';
        await insert(m, 'meal', {
          id: mealId,
          outlet_id: canteen,
          card_id: demoId('meal-card', d.card),
          meal_date: date,
          age_years: age,
          tier_min_age: tier.minAge,
          price_fen: tier.priceFen,
          paid_by: paidBy,
          idempotency_key: `demo-${d.card}-${date}`,
          ...audit(when),
        });
        if (tier.priceFen > 0n) {
          ledger.push({
            id: demoId('entry', mealId),
            outletId: canteen,
            kind: 'SALE',
            amountFen: tier.priceFen,
            at: when,
            source: 'meal',
            sourceId: mealId,
          });
          if (paidBy === 'CHARITY_FUND') fund(demoId('charity-entry', mealId), 'MEAL_SUBSIDY', -tier.priceFen, when, mealId, null);
        }
      }
    }
  }
  for (const e of fundEntries) await insert(m, 'charity_fund_entry', e);
  await insert(m, 'charity_fund', { outlet_id: canteen, balance_fen: balance, updated_at: fundEntries[fundEntries.length - 1].created_at });
}

const MARKET_ITEMS = [
  { key: 'haircut', name: '理发 Haircut', merchant: '小李理发 Li Barber', list: 2000n, discount: 500n, subsidy: 700n },
  { key: 'shoe-repair', name: '修鞋 Shoe repair', merchant: '老周修鞋 Zhou Cobbler', list: 1500n, discount: 300n, subsidy: 500n },
  { key: 'knife', name: '磨刀 Knife sharpening', merchant: '老周修鞋 Zhou Cobbler', list: 800n, discount: 200n, subsidy: 300n },
  { key: 'health-check', name: '义诊 Health check', merchant: '城南诊所 Chengnan Clinic', list: 3000n, discount: 1000n, subsidy: 2000n },
];

async function seedMarket(m: EntityManager, ledger: Ledger[]): Promise<void> {
  const market = outletId('chengnan-market');
  for (const it of MARKET_ITEMS) {
    await insert(m, 'market_item', {
      id: demoId('market-item', it.key),
      outlet_id: market,
      name: it.name,
      merchant_name: it.merchant,
      list_price_fen: it.list,
      merchant_discount_fen: it.discount,
      community_subsidy_fen: it.subsidy,
      ...audit(at('2026-07-25', 2)),
    });
  }
  for (const period of DEMO_MONTHS) {
    for (const d of [6, 16, 26]) {
      for (const [i, it] of MARKET_ITEMS.entries()) {
        const id = demoId('market-sale', period, d, it.key);
        const when = at(day(period, d), 1 + i);
        const senior = (d + i) % 2 === 0; // about half the buyers are 60 or over
        const parts = marketSaleParts(
          { listPriceFen: it.list, merchantDiscountFen: it.discount, communitySubsidyFen: it.subsidy },
          1,
          senior,
        );
        await insert(m, 'market_sale', {
          id,
          outlet_id: market,
          item_id: demoId('market-item', it.key),
          resident_id: null,
          quantity: 1,
          senior,
          list_price_fen: parts.listPriceFen,
          merchant_discount_fen: parts.merchantDiscountFen,
          community_subsidy_fen: parts.communitySubsidyFen,
          senior_cover_fen: parts.seniorCoverFen,
          resident_paid_fen: parts.residentPaidFen,
          idempotency_key: `demo-${id}`,
          ...audit(when),
        });
        const takings = parts.listPriceFen - parts.merchantDiscountFen;
        if (takings > 0n)
          ledger.push({
            id: demoId('entry', id),
            outletId: market,
            kind: 'SALE',
            amountFen: takings,
            at: when,
            source: 'market_sale',
            sourceId: id,
          });
      }
    }
  }
}

/** 二八分成 for the Kuiguangta outlets: 80/20 with the whole 20% returned; Aug–Oct settled, rebates pending for the relay. */
async function seedSettlements(m: EntityManager, ledger: Ledger[]): Promise<void> {
  const compoundId = demoCompound('kuiguangta').id;
  const companyId = demoCompanyId('kuiguangta-property');
  const committeeId = demoCommitteeId('kuiguangta');
  for (const key of ['kuiguangta-veg-shop', 'kuiguangta-canteen'] as const) {
    const outlet = outletId(key);
    const agreementId = demoId('agreement', key);
    await insert(m, 'revenue_share_agreement', {
      id: agreementId,
      outlet_id: outlet,
      enterprise_id: enterpriseId('kuiguangta-se'),
      compound_id: compoundId,
      property_company_id: companyId,
      committee_id: committeeId,
      enterprise_bp: 8000,
      property_bp: 2000,
      rebate_bp: 10000,
      effective_from: DEMO_MONTHS[0],
      ...audit(at('2026-07-15', 2)),
    });
    for (const period of DEMO_MONTHS) {
      const mine = ledger.filter((e) => e.outletId === outlet && localPeriod(e.at) === period);
      const sales = mine.filter((e) => e.kind === 'SALE').reduce((a, e) => a + e.amountFen, 0n);
      const cost = mine.filter((e) => e.kind === 'COST_OF_GOODS').reduce((a, e) => a + e.amountFen, 0n);
      const ratios = { enterpriseBp: 8000, propertyBp: 2000, rebateBpOfProperty: 10000 };
      const split = splitProceeds(sales - cost, ratios);
      const id = demoSettlementId(key, period);
      const [y, mo] = period.split('-').map(Number);
      const settledAt = new Date(Date.UTC(y, mo, 1, 2)); // the 1st of the next month, 10:00 in Shanghai
      await insert(m, 'settlement', {
        id,
        outlet_id: outlet,
        agreement_id: agreementId,
        enterprise_id: enterpriseId('kuiguangta-se'),
        compound_id: compoundId,
        property_company_id: companyId,
        committee_id: committeeId,
        period,
        sales_fen: sales,
        cost_of_goods_fen: cost,
        proceeds_fen: sales - cost,
        enterprise_bp: 8000,
        property_bp: 2000,
        rebate_bp: 10000,
        enterprise_fen: split.parts.enterprise,
        property_kept_fen: split.parts.propertyKept,
        committee_rebate_fen: split.parts.committeeRebate,
        note: split.kind === 'NOTHING_TO_SPLIT' ? split.reason : null,
        idempotency_key: `demo-${key}-${period}`,
        ...audit(settledAt),
      });
      if (split.parts.committeeRebate > 0n) {
        await insert(m, 'handover_outbox', {
          id: demoId('outbox', id),
          topic: SETTLEMENT_REBATE_TOPIC,
          record_id: id,
          payload: JSON.stringify({ settlementId: id, committeeId, compoundId, amountFen: split.parts.committeeRebate.toString(), period }),
          status: 'PENDING',
          attempts: 0,
          next_attempt_at: settledAt,
          created_by: SEEDER,
          created_at: settledAt,
        });
      }
    }
  }
}

/** "四个一点" for the veg shop: the enterprise, the property company, the owners (through the committee fund) and a merchant. */
async function seedCofunding(m: EntityManager): Promise<void> {
  const shop = outletId('kuiguangta-veg-shop');
  const base = {
    outlet_id: shop,
    enterprise_id: enterpriseId('kuiguangta-se'),
    property_company_id: null,
    committee_id: null,
    fund_entry_id: null,
    merchant_name: null,
    note: null,
    ...audit(at('2026-07-10', 2)),
  };
  const rows = [
    { key: 'enterprise', source: 'ENTERPRISE', amount_fen: 5_000_000n, note: 'the enterprise invests' },
    { key: 'property', source: 'PROPERTY_COMPANY', amount_fen: 2_000_000n, property_company_id: demoCompanyId('kuiguangta-property') },
    {
      key: 'owners',
      source: 'OWNERS_COMMITTEE',
      amount_fen: 1_500_000n,
      committee_id: demoCommitteeId('kuiguangta'),
      fund_entry_id: DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY,
      note: 'owners crowdfunded (众筹) through the public fund',
    },
    { key: 'merchant', source: 'MERCHANT', amount_fen: 500_000n, merchant_name: '都江堰鲜农 Dujiangyan Fresh Farm' },
  ];
  for (const { key, ...row } of rows)
    await insert(m, 'cofunding_contribution', {
      ...base,
      ...row,
      id: demoId('cofunding', 'kuiguangta-veg-shop', key),
      idempotency_key: `demo-${key}`,
    });
}
