import { randomUUID } from 'node:crypto';
import { createCompoundsEverywhere, type CompoundFixture } from '../../support/factories';
import type { Stack } from '../../support/stack';
import { recomputePromiseStarts } from '../../../subgraphs/party/escalation/promise-backfill';

/**
 * Rows for the list-convention tests, written straight to SQL so that sort values tie
 * (two reports filed at the same instant, three orders of one priority) and cross local
 * days and months: every order's tie-breaker and every period's bounds get exercised.
 * Names are lowercase ASCII so that any collation sorts them as the tests do.
 */

const AUDIT_BY = 'test:lists';
const day = (n: number, hour = 0) => new Date(Date.UTC(2026, 9, 1 + n, hour)); // 1 October 2026 + n days, UTC
const audit = (at: Date, updated: Date = at) => [AUDIT_BY, at, AUDIT_BY, updated];

export interface ReportRow {
  id: string;
  compoundId: string;
  status: string;
  reportedAt: Date;
  respondedAt: Date | null;
  updatedAt: Date;
  seq: number;
}
export interface ResidentRow {
  id: string;
  compoundId: string;
  name: string | null;
  createdAt: Date;
  elderly: boolean;
}
export interface WorkOrderRow {
  id: string;
  companyId: string;
  compoundId: string;
  status: string;
  priority: string;
  submittedAt: Date;
  slaDeadline: Date;
}
export interface FundEntryRow {
  id: string;
  compoundId: string;
  seq: number;
  amount: number;
  status: string;
  submittedAt: Date;
  postedAt: Date | null;
}
export interface SettlementRow {
  id: string;
  outletId: string;
  period: string;
  createdAt: Date;
  proceeds: number;
}
export interface WishRow {
  id: string;
  compoundId: string;
  status: string;
  seq: number;
}
export interface MealRow {
  id: string;
  mealDate: string;
  createdAt: Date;
}

export interface ListRows {
  compounds: CompoundFixture[];
  outlets: string[];
  canteenId: string;
  marketId: string;
  reports: ReportRow[];
  residents: ResidentRow[];
  wishes: WishRow[];
  workOrders: WorkOrderRow[];
  companies: { id: string; name: string }[];
  fundEntries: FundEntryRow[];
  settlements: SettlementRow[];
  meals: MealRow[];
}

const SLA_HOURS: Record<string, number> = { URGENT: 4, HIGH: 24, NORMAL: 72, LOW: 168 };
const REPORT_STATUSES = ['RESPONDED', 'HANDED_TO_PROPERTY', 'RESOLVED', 'CLOSED'];
const ORDER_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED', 'CANCELLED'];
const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW', 'NORMAL'];
const NAMES = ['wang', 'li', 'zhang', 'li', 'chen', 'liu', null, 'yang', 'zhao', 'huang', 'zhou'];

export async function writeListRows(stack: Stack): Promise<ListRows> {
  const compounds = await createCompoundsEverywhere(stack, 3, 'lists');
  const { party, committee, property, enterprise } = stack.dataSources;
  const rows: ListRows = {
    compounds,
    outlets: [],
    canteenId: randomUUID(),
    marketId: randomUUID(),
    reports: [],
    residents: [],
    wishes: [],
    workOrders: [],
    companies: compounds.map((c, i) => ({ id: c.companyId, name: `lists ${String(i).padStart(3, '0')} property` })),
    fundEntries: [],
    settlements: [],
    meals: [],
  };

  // ── party: reports and residents ───────────────────────────────────────────
  for (const [c, compound] of compounds.entries()) {
    const count = c === 0 ? 14 : 3;
    for (let i = 0; i < count; i++) {
      // Pairs filed at the same instant; the last one half an hour into 1 November in Shanghai, still 31 October in UTC.
      const reportedAt = i === 13 ? new Date('2026-10-31T16:30:00Z') : day(Math.floor(i / 2) * 3, 1);
      const respondedAt = i % 3 === 0 ? null : new Date(reportedAt.getTime() + 5 * 60_000);
      const status = respondedAt ? REPORT_STATUSES[i % REPORT_STATUSES.length] : 'SUBMITTED';
      const updatedAt = day(40 + (i % 4));
      const id = randomUUID();
      const [{ seq }] = await party.query(
        `INSERT INTO issue_report (id, compound_id, building_id, category, description, source, reporter_id, status, reported_at, promise_started_at,
           responded_at, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, 'OTHER', $4, 'GRID_WORKER', 'test:grid', $5, $6, $6, $7, $8, $9, $10, $11) RETURNING seq`,
        [id, compound.id, compound.buildingIds[0], `report ${i}`, status, reportedAt, respondedAt, ...audit(reportedAt, updatedAt)],
      );
      rows.reports.push({ id, compoundId: compound.id, status, reportedAt, respondedAt, updatedAt, seq: Number(seq) });
    }
    // Each report's promise start by its compound's duty hours, as filing would have set it.
    await recomputePromiseStarts(party);
    const householdId = randomUUID();
    await party.query(
      `INSERT INTO household (id, compound_id, building_id, door_number, label, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, '101', '1-101', $4, $5, $6, $7)`,
      [householdId, compound.id, compound.buildingIds[0], ...audit(day(0))],
    );
    const names = c === 0 ? NAMES : ['ma', 'qian', 'sun'];
    for (const [i, name] of names.entries()) {
      const id = randomUUID();
      const createdAt = day(i % 4);
      const elderly = i % 2 === 0;
      await party.query(
        `INSERT INTO resident (id, compound_id, household_id, name, elderly_living_alone, erased_at, erased_by, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, compound.id, householdId, name, elderly, name ? null : day(30), name ? null : AUDIT_BY, ...audit(createdAt)],
      );
      rows.residents.push({ id, compoundId: compound.id, name, createdAt, elderly });
    }
  }

  for (const compound of compounds)
    for (const [i, status] of ['OPEN', 'CLAIMED', 'FULFILLED', 'OPEN', 'CLAIMED'].entries()) {
      const id = randomUUID();
      const [{ seq }] = await party.query(
        `INSERT INTO micro_wish (id, compound_id, posted_by, title, status, claimed_by, claimed_at, fulfilled_at, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, 'test:grid', $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING seq`,
        [
          id,
          compound.id,
          `wish ${i}`,
          status,
          status === 'OPEN' ? null : 'test:volunteer',
          status === 'OPEN' ? null : day(i),
          status === 'FULFILLED' ? day(i + 1) : null,
          ...audit(day(0)),
        ],
      );
      rows.wishes.push({ id, compoundId: compound.id, status, seq: Number(seq) });
    }

  // ── property: work orders and more companies ───────────────────────────────
  for (const [c, compound] of compounds.slice(0, 2).entries()) {
    const [{ id: contractId }] = await property.query(`SELECT id FROM service_contract WHERE company_id = $1`, [compound.companyId]);
    const count = c === 0 ? 16 : 4;
    for (let i = 0; i < count; i++) {
      // Threes submitted at the same instant, pairs of one priority; the last four the day before the clock, past HIGH's SLA, not NORMAL's.
      const submittedAt = i >= 12 ? new Date(Date.UTC(2026, 10, 21, i - 12)) : day(Math.floor(i / 3) * 2, 3);
      const priority = PRIORITIES[Math.floor(i / 2) % PRIORITIES.length];
      const slaDeadline = new Date(submittedAt.getTime() + SLA_HOURS[priority] * 3_600_000);
      const status = ORDER_STATUSES[i % ORDER_STATUSES.length];
      const id = randomUUID();
      await property.query(
        `INSERT INTO work_order (id, compound_id, company_id, contract_id, kind, area_key, category, priority, description, status, submitted_at, sla_deadline,
           created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, 'COMMON_AREA', 'east-gate', 'LIGHTING', $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [id, compound.id, compound.companyId, contractId, priority, `order ${i}`, status, submittedAt, slaDeadline, ...audit(submittedAt)],
      );
      rows.workOrders.push({ id, companyId: compound.companyId, compoundId: compound.id, status, priority, submittedAt, slaDeadline });
    }
  }
  for (const name of ['lists 001 property', 'lists alpha property', 'lists zeta property']) {
    const id = randomUUID();
    await property.query(
      `INSERT INTO property_company (id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, name, ...audit(day(0))],
    );
    rows.companies.push({ id, name });
  }

  // ── committee: each compound's fund ledger ─────────────────────────────────
  for (const [c, compound] of compounds.entries()) {
    await committee.query(
      `INSERT INTO fund_account (compound_id, committee_id, balance_fen, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 0, $3, $4, $5, $6)`,
      [compound.id, compound.committeeId, ...audit(day(0))],
    );
    const count = c === 0 ? 12 : 3;
    let balance = 0;
    for (let i = 0; i < count; i++) {
      const amount = [500, 300, 500, 200, 300, 800][i % 6];
      const submittedAt = day(Math.floor(i / 2) * 12 - 30, 4); // two at a time, 1 September 2026 onwards
      const spending = i % 3 === 0;
      const status = spending ? (i % 2 === 0 ? 'PENDING_APPROVAL' : 'REJECTED') : 'POSTED';
      const postedAt = spending ? null : submittedAt;
      if (!spending) balance += amount;
      const id = randomUUID();
      const [{ seq }] = await committee.query(
        `INSERT INTO fund_entry (id, compound_id, committee_id, direction, source, amount_fen, description, status, submitted_by, submitted_at,
           decided_by, decided_at, posted_at, balance_after_fen, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'test:member', $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING seq`,
        [
          id,
          compound.id,
          compound.committeeId,
          spending ? 'SPENDING' : 'INCOME',
          spending ? 'ACTIVITY' : i % 2 ? 'DONATION' : 'CROWDFUNDING',
          amount,
          `entry ${i}`,
          status,
          submittedAt,
          status === 'REJECTED' ? 'test:other-member' : null,
          status === 'REJECTED' ? submittedAt : null,
          postedAt,
          postedAt ? balance : null,
          ...audit(submittedAt),
        ],
      );
      rows.fundEntries.push({ id, compoundId: compound.id, seq: Number(seq), amount, status, submittedAt, postedAt });
    }
    await committee.query(`UPDATE fund_account SET balance_fen = $2 WHERE compound_id = $1`, [compound.id, balance]);
  }

  // ── enterprise: settlements, meals and the figures' ledgers ────────────────
  for (const [c, compound] of compounds.entries()) {
    const [{ id: outletId }] = await enterprise.query(`SELECT id FROM outlet WHERE compound_id = $1`, [compound.id]);
    rows.outlets.push(outletId);
    const agreementId = randomUUID();
    await enterprise.query(
      `INSERT INTO revenue_share_agreement (id, outlet_id, enterprise_id, compound_id, property_company_id, committee_id, enterprise_bp, property_bp, rebate_bp,
         effective_from, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 8000, 2000, 5000, '2026-01', $7, $8, $9, $10)`,
      [agreementId, outletId, compound.enterpriseId, compound.id, compound.companyId, compound.committeeId, ...audit(day(-300))],
    );
    const count = c === 0 ? 10 : 2;
    for (let i = 0; i < count; i++) {
      const period = `2026-${String(i + 1).padStart(2, '0')}`;
      const proceeds = [1000, 2000, 1000, 3000, 2000][i % 5];
      const createdAt = day(-200 + Math.floor(i / 3) * 30);
      const id = randomUUID();
      await enterprise.query(
        `INSERT INTO settlement (id, outlet_id, agreement_id, enterprise_id, compound_id, property_company_id, committee_id, period, sales_fen,
           cost_of_goods_fen, proceeds_fen, enterprise_bp, property_bp, rebate_bp, enterprise_fen, property_kept_fen, committee_rebate_fen,
           idempotency_key, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $9, 8000, 2000, 5000, $10, $11, $11, $12, $13, $14, $15, $16)`,
        [
          id,
          outletId,
          agreementId,
          compound.enterpriseId,
          compound.id,
          compound.companyId,
          compound.committeeId,
          period,
          proceeds,
          proceeds * 0.8,
          proceeds * 0.1,
          `settle-${period}`,
          ...audit(createdAt),
        ],
      );
      rows.settlements.push({ id, outletId, period, createdAt, proceeds });
    }
  }
  const [a] = compounds;
  const veg = rows.outlets[0];
  for (const [i, occurredAt] of [day(-5, 2), day(20), new Date('2026-10-31T17:00:00Z'), day(45)].entries()) {
    for (const [kind, amount] of [
      ['SALE', 1000 + i * 100],
      ['COST_OF_GOODS', 400 + i * 10],
    ] as const)
      await enterprise.query(
        `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, created_by, created_at) VALUES ($1, $2, $3, $4, $5, 'test', $6, $5)`,
        [randomUUID(), veg, kind, amount, occurredAt, AUDIT_BY],
      );
  }
  for (const [id, kind, name] of [
    [rows.canteenId, 'CANTEEN', 'lists canteen'],
    [rows.marketId, 'SERVICE_MARKET', 'lists market'],
  ])
    await enterprise.query(
      `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, a.enterpriseId, a.id, kind, name, ...audit(day(-300))],
    );
  const cardId = randomUUID();
  await enterprise.query(
    `INSERT INTO meal_card (id, outlet_id, card_no, holder_name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'C-1', 'zhou', $3, $4, $5, $6)`,
    [cardId, rows.canteenId, ...audit(day(-300))],
  );
  for (let i = 0; i < 12; i++) {
    const mealDate = `2026-11-0${1 + Math.floor(i / 2)}`;
    const createdAt = day(40 - (i % 3), 4);
    const id = randomUUID();
    await enterprise.query(
      `INSERT INTO meal (id, outlet_id, card_id, meal_date, age_years, tier_min_age, price_fen, paid_by, idempotency_key, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'DINER', $8, $9, $10, $11, $12)`,
      [id, rows.canteenId, cardId, mealDate, 70 + (i % 3) * 10, 70 + (i % 3) * 10, 800 - (i % 3) * 200, `meal-${i}`, ...audit(createdAt)],
    );
    rows.meals.push({ id, mealDate, createdAt });
  }
  let charity = 0;
  await enterprise.query(`INSERT INTO charity_fund (outlet_id, balance_fen, updated_at) VALUES ($1, 0, $2)`, [rows.canteenId, day(0)]);
  for (const [i, at] of [day(-10), day(31, 2), day(33)].entries()) {
    const amount = i === 1 ? -300 : 1000;
    charity += amount;
    await enterprise.query(
      `INSERT INTO charity_fund_entry (id, outlet_id, kind, amount_fen, balance_after_fen, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), rows.canteenId, amount > 0 ? 'DONATION' : 'MEAL_SUBSIDY', amount, charity, AUDIT_BY, at],
    );
  }
  await enterprise.query(`UPDATE charity_fund SET balance_fen = $2 WHERE outlet_id = $1`, [rows.canteenId, charity]);
  const itemId = randomUUID();
  await enterprise.query(
    `INSERT INTO market_item (id, outlet_id, name, merchant_name, list_price_fen, merchant_discount_fen, community_subsidy_fen, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, 'haircut', 'barber', 2000, 500, 500, $3, $4, $5, $6)`,
    [itemId, rows.marketId, ...audit(day(-300))],
  );
  for (const [i, at] of [day(-3), day(32), day(35)].entries())
    await enterprise.query(
      `INSERT INTO market_sale (id, outlet_id, item_id, quantity, senior, list_price_fen, merchant_discount_fen, community_subsidy_fen, senior_cover_fen,
         resident_paid_fen, idempotency_key, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, 1, false, 2000, 500, 500, 0, 1000, $4, $5, $6, $7, $8)`,
      [randomUUID(), rows.marketId, itemId, `sale-${i}`, ...audit(at)],
    );
  return rows;
}
