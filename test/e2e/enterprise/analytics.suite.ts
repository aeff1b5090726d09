import { randomUUID } from 'node:crypto';
import { demoCommitteeId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { ENTERPRISE_ID, ledger, makeOutlet } from './fixtures';

const SettleOctober = graphql(`
  mutation EnterpriseAnalyticsSettleOctober($outletId: ID!) {
    settleOutletPeriod(input: { outletId: $outletId, period: "2026-10", idempotencyKey: "oct" }) {
      proceeds {
        fen
      }
    }
  }
`);
const OutletFigures = graphql(`
  query EnterpriseAnalyticsOutletFigures($o: ID) {
    outletPeriodFigures(from: "2026-10", to: "2026-11", outletId: $o) {
      outlet {
        id
      }
      period
      sales {
        fen
      }
      costOfGoods {
        fen
      }
      proceeds {
        fen
      }
      settled
    }
  }
`);
const AllOutletFigures = graphql(`
  query EnterpriseAnalyticsAllOutletFigures {
    outletPeriodFigures(from: "2026-09", to: "2026-12") {
      outlet {
        id
      }
      period
      sales {
        fen
      }
    }
  }
`);
const MealsByAgeTier = graphql(`
  query EnterpriseAnalyticsMealsByAgeTier($o: ID!) {
    mealsByAgeTier(outletId: $o, from: "2026-10", to: "2026-11") {
      tierMinAge
      meals
      paidByCharityFund
      amount {
        fen
      }
    }
  }
`);
const CharityFundReport = graphql(`
  query EnterpriseAnalyticsCharityFundReport($o: ID!) {
    charityFundReport(outletId: $o, from: "2026-10", to: "2026-11") {
      income {
        fen
      }
      spending {
        fen
      }
      balance {
        fen
      }
      byKind {
        kind
        entries
        amount {
          fen
        }
      }
    }
  }
`);
const CommunitySubsidies = graphql(`
  query EnterpriseAnalyticsCommunitySubsidies {
    communitySubsidies(from: "2026-10", to: "2026-11") {
      outlet {
        id
      }
      period
      sales
      subsidies {
        fen
      }
      seniorCover {
        fen
      }
      total {
        fen
      }
    }
  }
`);
const Periods = graphql(`
  query EnterpriseAnalyticsPeriods {
    outletPeriodFigures(from: "2026-10", to: "2026-11") {
      period
    }
  }
`);
const SubsidyPeriods = graphql(`
  query EnterpriseAnalyticsSubsidyPeriods($f: String!, $t: String!) {
    communitySubsidies(from: $f, to: $t) {
      period
    }
  }
`);

describe('analysts: where the money went (SQL aggregates over fixtures with known answers)', () => {
  let stack: Stack;
  let analyst: string;
  let shop: string;
  let canteen: string;
  let market: string;
  const ds = () => stack.dataSources.enterprise;
  const insert = (sql: string, params: unknown[]) => ds().query(sql, params);

  beforeAll(async () => {
    stack = await startStack();
    analyst = await tokenFor('analyst');
    await ds().query(
      `INSERT INTO social_enterprise (id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, 'SE', 'f', now(), 'f', now()), ($2, 'SE2', 'f', now(), 'f', now())`,
      [ENTERPRISE_ID(), ENTERPRISE_ID('chengnan-se')],
    );
    shop = await makeOutlet(ds(), { kind: 'VEG_SHOP' });
    canteen = await makeOutlet(ds(), { kind: 'CANTEEN' });
    market = await makeOutlet(ds(), { enterpriseKey: 'chengnan-se', compoundKey: 'feicui-longwan', kind: 'SERVICE_MARKET' });

    await ledger(ds(), shop, 'SALE', 111, '2026-09-30T15:59:59Z'); // September locally
    await ledger(ds(), shop, 'SALE', 1000, '2026-09-30T16:00:00Z'); // October
    await ledger(ds(), shop, 'SALE', 2000, '2026-10-20T04:00:00Z');
    await ledger(ds(), shop, 'SALE', -300, '2026-10-21T04:00:00Z'); // refund
    await ledger(ds(), shop, 'COST_OF_GOODS', 500, '2026-10-02T04:00:00Z');
    await ledger(ds(), shop, 'SALE', 300, '2026-11-05T04:00:00Z');
    await ledger(ds(), canteen, 'SALE', 4200, '2026-10-09T04:00:00Z');
    const agreement = randomUUID();
    await insert(
      `INSERT INTO revenue_share_agreement (id, outlet_id, enterprise_id, compound_id, property_company_id, committee_id, enterprise_bp, property_bp, rebate_bp, effective_from, created_by, created_at, updated_by, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,8000,2000,10000,'2026-01','f',now(),'f',now())`,
      [
        agreement,
        shop,
        ENTERPRISE_ID(),
        demoCompound('kuiguangta').id,
        demoCompanyId('kuiguangta-property'),
        demoCommitteeId('kuiguangta'),
      ],
    );
    const settled = await stack.query(
      SettleOctober,
      { outletId: shop },
      await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() }),
    );
    expect(settled.data!.settleOutletPeriod.proceeds?.fen).toBe('2200');

    const card = randomUUID();
    await insert(
      `INSERT INTO meal_card (id, outlet_id, card_no, birth_date, birth_date_verified_at, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,'c1','1950-01-01',now(),'f',now(),'f',now())`,
      [card, canteen],
    );
    const meals: [string, number, number, string][] = [
      ['2026-09-30', 0, 1500, 'DINER'], // September: outside
      ['2026-10-01', 0, 1500, 'DINER'],
      ['2026-10-15', 0, 1500, 'CHARITY_FUND'],
      ['2026-10-15', 70, 1200, 'DINER'],
      ['2026-11-30', 90, 0, 'DINER'],
      ['2026-11-30', 90, 0, 'DINER'],
      ['2026-12-01', 80, 1000, 'DINER'], // December: outside
    ];
    for (const [date, tier, price, paidBy] of meals) {
      await insert(
        `INSERT INTO meal (id, outlet_id, card_id, meal_date, age_years, tier_min_age, price_fen, paid_by, idempotency_key, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$5,$6,$7,$8,'f',now(),'f',now())`,
        [randomUUID(), canteen, card, date, tier, price, paidBy, randomUUID()],
      );
    }
    const fund: [string, number, number, string][] = [
      ['MERCHANT_SUPPLY_CREDIT', 800, 800, '2026-09-15T04:00:00Z'], // September: outside
      ['MERCHANT_SUPPLY_CREDIT', 5000, 5800, '2026-10-03T04:00:00Z'],
      ['MEAL_SUBSIDY', -1500, 4300, '2026-10-15T04:00:00Z'],
      ['DONATION', 1000, 5300, '2026-11-02T04:00:00Z'],
      ['MERCHANT_SUPPLY_CREDIT', 700, 6000, '2026-11-03T04:00:00Z'],
    ];
    for (const [kind, amount, after, at] of fund) {
      await insert(
        `INSERT INTO charity_fund_entry (id, outlet_id, kind, amount_fen, balance_after_fen, created_by, created_at) VALUES ($1,$2,$3,$4,$5,'f',$6)`,
        [randomUUID(), canteen, kind, amount, after, at],
      );
    }
    await insert(`INSERT INTO charity_fund (outlet_id, balance_fen, updated_at) VALUES ($1, 6000, now())`, [canteen]);

    const item = randomUUID();
    await insert(
      `INSERT INTO market_item (id, outlet_id, name, merchant_name, list_price_fen, merchant_discount_fen, community_subsidy_fen, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,'Haircut','Li',2000,500,700,'f',now(),'f',now())`,
      [item, market],
    );
    const sales: [boolean, string][] = [
      [false, '2026-10-10T04:00:00Z'],
      [true, '2026-10-11T04:00:00Z'],
      [true, '2026-10-31T16:30:00Z'], // 1 November locally
    ];
    for (const [senior, at] of sales) {
      await insert(
        `INSERT INTO market_sale (id, outlet_id, item_id, quantity, senior, list_price_fen, merchant_discount_fen, community_subsidy_fen, senior_cover_fen, resident_paid_fen, idempotency_key, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,1,$4,2000,500,700,$5,$6,$8,'f',$7,'f',$7)`,
        [randomUUID(), market, item, senior, senior ? 800 : 0, senior ? 0 : 800, at, randomUUID()],
      );
    }
  });
  afterAll(() => stack.stop());

  it('sums sales, cost of goods and proceeds per outlet and local month, marking settled months', async () => {
    const r = await stack.query(OutletFigures, { o: shop }, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data!.outletPeriodFigures).toEqual([
      {
        outlet: { id: shop },
        period: '2026-10',
        sales: { fen: '2700' },
        costOfGoods: { fen: '500' },
        proceeds: { fen: '2200' },
        settled: true,
      },
      {
        outlet: { id: shop },
        period: '2026-11',
        sales: { fen: '300' },
        costOfGoods: { fen: '0' },
        proceeds: { fen: '300' },
        settled: false,
      },
    ]);
    const all = await stack.query(AllOutletFigures, {}, analyst);
    expect(all.data!.outletPeriodFigures).toHaveLength(4); // shop Sep, Oct, Nov; canteen Oct
  });

  it('counts meals by age tier over the months', async () => {
    const r = await stack.query(MealsByAgeTier, { o: canteen }, analyst);
    expect(r.data!.mealsByAgeTier).toEqual([
      { tierMinAge: 0, meals: 2, paidByCharityFund: 1, amount: { fen: '3000' } },
      { tierMinAge: 70, meals: 1, paidByCharityFund: 0, amount: { fen: '1200' } },
      { tierMinAge: 90, meals: 2, paidByCharityFund: 0, amount: { fen: '0' } },
    ]);
  });

  it("reports the charity fund's income and spending", async () => {
    const r = await stack.query(CharityFundReport, { o: canteen }, analyst);
    expect(r.data!.charityFundReport).toEqual({
      income: { fen: '6700' },
      spending: { fen: '1500' },
      balance: { fen: '6000' },
      byKind: [
        { kind: 'DONATION', entries: 1, amount: { fen: '1000' } },
        { kind: 'MEAL_SUBSIDY', entries: 1, amount: { fen: '-1500' } },
        { kind: 'MERCHANT_SUPPLY_CREDIT', entries: 2, amount: { fen: '5700' } },
      ],
    });
  });

  it('reports community subsidies paid at the market per local month', async () => {
    const r = await stack.query(CommunitySubsidies, {}, analyst);
    expect(r.data!.communitySubsidies).toEqual([
      {
        outlet: { id: market },
        period: '2026-10',
        sales: 2,
        subsidies: { fen: '1400' },
        seniorCover: { fen: '800' },
        total: { fen: '2200' },
      },
      {
        outlet: { id: market },
        period: '2026-11',
        sales: 1,
        subsidies: { fen: '700' },
        seniorCover: { fen: '800' },
        total: { fen: '1500' },
      },
    ]);
  });

  it('is for analysts and admins only, and refuses bad ranges', async () => {
    for (const token of [await tokenFor('resident'), await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() })]) {
      const r = await stack.query(Periods, {}, token);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query(Periods, {}, await tokenFor('admin'))).errors).toBeUndefined();
    for (const [from, to] of [
      ['2026-11', '2026-10'],
      ['2026-13', '2026-12'],
      ['2000-01', '2026-01'],
    ]) {
      const r = await stack.query(SubsidyPeriods, { f: from, t: to }, analyst);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
