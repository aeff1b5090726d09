import { DEMO_OUTLETS, demoCommitteeId, demoCompound } from '../../../shared/demo/manifest';
import { DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY } from '../../../subgraphs/enterprise/demo/seed-demo';
import { SUBGRAPHS } from '../../../subgraphs';
import { sharedDemoStack } from '../../support/shared-stack';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';

const CompoundSettlements = graphql(`
  query EnterpriseDemoCompoundSettlements($id: ID!) {
    compound(id: $id) {
      outlets {
        kind
        settlements(first: 10) {
          totalCount
          edges {
            node {
              period
              proceeds {
                fen
              }
              enterpriseShare {
                fen
              }
              propertyKept {
                fen
              }
              committeeRebate {
                fen
              }
              rebate {
                status
                amount {
                  fen
                }
              }
            }
          }
        }
      }
    }
  }
`);
const OutletFigures = graphql(`
  query EnterpriseDemoOutletFigures {
    outletPeriodFigures(from: "2026-08", to: "2026-10") {
      outlet {
        id
        kind
      }
      period
      proceeds {
        fen
      }
      settled
    }
  }
`);
const MealsByAgeTier = graphql(`
  query EnterpriseDemoMealsByAgeTier($o: ID!) {
    mealsByAgeTier(outletId: $o, from: "2026-08", to: "2026-10") {
      tierMinAge
      meals
      paidByCharityFund
    }
  }
`);
const CommunitySubsidies = graphql(`
  query EnterpriseDemoCommunitySubsidies {
    communitySubsidies(from: "2026-08", to: "2026-10") {
      period
      sales
    }
  }
`);
const Cofunding = graphql(`
  query EnterpriseDemoCofunding($o: ID!) {
    cofunding(outletId: $o) {
      total {
        yuan
      }
      totals {
        source
        amount {
          yuan
        }
      }
    }
  }
`);
const CompoundCofunding = graphql(`
  query EnterpriseDemoCompoundCofunding($id: ID!) {
    compound(id: $id) {
      outlets {
        kind
        cofunding {
          total {
            fen
          }
          totals {
            source
            amount {
              fen
            }
          }
        }
      }
    }
  }
`);
const CofundingToFund = graphql(`
  query EnterpriseDemoCofundingToFund($id: ID!) {
    compound(id: $id) {
      outlets {
        kind
        cofunding {
          contributions {
            source
            amount {
              fen
            }
            ownersCommittee {
              id
              name
            }
            fundEntry {
              id
              direction
              source
              status
              amount {
                fen
              }
              committee {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const outlet = (key: string) => DEMO_OUTLETS.find((o) => o.key === key)!.id;
const TABLES = [
  'veg_product',
  'veg_purchase',
  'veg_daily_price',
  'veg_order',
  'veg_order_line',
  'meal_card',
  'meal',
  'charity_fund_entry',
  'merchant_supply',
  'market_item',
  'market_sale',
  'outlet_entry',
  'revenue_share_agreement',
  'settlement',
  'handover_outbox',
  'cofunding_contribution',
];

describe('enterprise demo data (Kuiguangta veg shop and 爱有味 canteen, Chengnan market)', () => {
  let stack: Stack;
  let analyst: string;
  const counts = async () =>
    Promise.all(
      TABLES.map(async (t) => [t, Number((await stack.dataSources.enterprise.query(`SELECT count(*) AS n FROM ${t}`))[0].n)] as const),
    );

  beforeAll(async () => {
    stack = await sharedDemoStack();
    analyst = await tokenFor('analyst');
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts();
    expect(before.every(([, n]) => n > 0)).toBe(true);
    await SUBGRAPHS.enterprise.seedDemo(stack.dataSources.enterprise, stack.clock);
    expect(await counts()).toEqual(before);
  });

  it('has three settled months per Kuiguangta outlet whose figures match the ledger, with rebates pending for the committee', async () => {
    const r = await stack.query(CompoundSettlements, { id: demoCompound('kuiguangta').id }, analyst);
    expect(r.errors).toBeUndefined();
    const figures = await stack.query(OutletFigures, {}, analyst);
    // Settlement's figures are nullable (committee's FundEntry.settlement reaches it while enterprise may be down); here each is there.
    for (const o of r.data!.compound.outlets!) {
      expect(o.settlements.totalCount).toBe(3);
      // Both outlets made money every month, so every month has a rebate on its way.
      expect(o.settlements.edges.every((e) => BigInt(e.node.committeeRebate!.fen) > 0n)).toBe(true);
      for (const { node } of o.settlements.edges) {
        const parts = BigInt(node.enterpriseShare!.fen) + BigInt(node.propertyKept!.fen) + BigInt(node.committeeRebate!.fen);
        expect(parts).toBe(BigInt(node.proceeds!.fen) > 0n ? BigInt(node.proceeds!.fen) : 0n);
        expect(node.rebate?.status).toBe(BigInt(node.committeeRebate!.fen) > 0n ? 'PENDING' : 'NONE');
        const f = figures.data!.outletPeriodFigures.find((x) => x.outlet.kind === o.kind && x.period === node.period);
        expect(f).toMatchObject({ proceeds: node.proceeds, settled: true });
      }
    }
  });

  it('serves meals in every age tier, pays the family in difficulty from a fund that never went negative', async () => {
    const canteen = outlet('kuiguangta-canteen');
    const tiers = await stack.query(MealsByAgeTier, { o: canteen }, analyst);
    expect(tiers.data!.mealsByAgeTier.map((t) => t.tierMinAge)).toEqual([0, 70, 80, 90]);
    expect(tiers.data!.mealsByAgeTier.reduce((a, t) => a + t.paidByCharityFund, 0)).toBe(12);
    const [fund] = await stack.dataSources.enterprise.query(
      `SELECT (SELECT balance_fen FROM charity_fund WHERE outlet_id = $1)::text AS balance, SUM(amount_fen)::text AS sum, MIN(balance_after_fen)::text AS low FROM charity_fund_entry WHERE outlet_id = $1`,
      [canteen],
    );
    expect(fund.balance).toBe(fund.sum);
    expect(BigInt(fund.low) >= 0n).toBe(true);
  });

  it("keeps Chengnan market's sales adding up to the list price and the veg shop's co-funding by source", async () => {
    const [bad] = await stack.dataSources.enterprise.query(
      `SELECT count(*) AS n FROM market_sale WHERE merchant_discount_fen + community_subsidy_fen + senior_cover_fen + resident_paid_fen <> list_price_fen OR (senior AND resident_paid_fen <> 0)`,
    );
    expect(Number(bad.n)).toBe(0);
    const subsidies = await stack.query(CommunitySubsidies, {}, analyst);
    expect(subsidies.data!.communitySubsidies.map((s) => s.sales)).toEqual([12, 12, 12]);
    const cof = await stack.query(Cofunding, { o: outlet('kuiguangta-veg-shop') }, analyst);
    expect(cof.data!.cofunding.total.yuan).toBe('90000.00');
    const viaCompound = await stack.query(CompoundCofunding, { id: demoCompound('kuiguangta').id }, await tokenFor('resident'));
    const veg = viaCompound.data!.compound.outlets?.find((o) => o.kind === 'VEG_SHOP');
    expect(veg?.cofunding?.totals).toEqual([
      { source: 'ENTERPRISE', amount: { fen: '5000000' } },
      { source: 'PROPERTY_COMPANY', amount: { fen: '2000000' } },
      { source: 'OWNERS_COMMITTEE', amount: { fen: '1500000' } },
      { source: 'MERCHANT', amount: { fen: '500000' } },
    ]);
    expect(viaCompound.data!.compound.outlets?.find((o) => o.kind === 'CANTEEN')?.cofunding?.total.fen).toBe('0');
  });

  it("follows the owners' co-funding to the committee fund's spending that paid it (one query across enterprise and committee)", async () => {
    const r = await stack.query(CofundingToFund, { id: demoCompound('kuiguangta').id }, await tokenFor('resident'));
    expect(r.errors).toBeUndefined();
    const veg = r.data!.compound.outlets?.find((o) => o.kind === 'VEG_SHOP');
    const owners = veg?.cofunding?.contributions.filter((c) => c.source === 'OWNERS_COMMITTEE');
    expect(owners).toEqual([
      {
        source: 'OWNERS_COMMITTEE',
        amount: { fen: '1500000' },
        ownersCommittee: { id: demoCommitteeId('kuiguangta'), name: "Kuiguangta Compound Owners' Committee" },
        fundEntry: {
          id: DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY,
          direction: 'SPENDING',
          source: 'ACTIVITY',
          status: 'POSTED',
          amount: { fen: '1500000' },
          committee: { id: demoCommitteeId('kuiguangta') },
        },
      },
    ]);
    expect(veg?.cofunding?.contributions.filter((c) => c.fundEntry !== null)).toHaveLength(1);
  });
});
