import { DEMO_OUTLETS, demoCommitteeId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { demoSettlementId } from '../../../subgraphs/enterprise/demo/seed-demo';
import type { TypedDocument } from '../../support/post-graphql';
import { sharedDemoStack } from '../../support/shared-stack';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { ENTERPRISE_ID } from './fixtures';

const VegOrderPage = graphql(`
  query EnterpriseAccessVegOrderPage($o: ID!, $n: Int) {
    vegOrders(outletId: $o, first: $n) {
      edges {
        node {
          total {
            fen
          }
          outlet {
            name
          }
          lines {
            quantity
            product {
              name
            }
          }
        }
      }
    }
  }
`);
const MealPage = graphql(`
  query EnterpriseAccessMealPage($o: ID!, $n: Int) {
    meals(outletId: $o, first: $n) {
      edges {
        node {
          price {
            fen
          }
          ageYears
          card {
            cardNo
            holderName
          }
        }
      }
    }
  }
`);
const SettlementPages = graphql(`
  query EnterpriseAccessSettlementPages($id: ID!, $n: Int) {
    compound(id: $id) {
      outlets {
        settlements(first: $n) {
          totalCount
          edges {
            node {
              proceeds {
                fen
              }
              agreement {
                enterpriseBp
              }
              rebate {
                status
              }
            }
          }
        }
      }
    }
  }
`);
const CommitteeRebates = graphql(`
  query EnterpriseAccessCommitteeRebates($c: ID!) {
    settlements(ownersCommitteeId: $c, first: 100) {
      totalCount
      edges {
        node {
          period
          committeeRebate {
            fen
          }
          rebate {
            status
          }
        }
      }
    }
  }
`);
const CompanyAgreements = graphql(`
  query EnterpriseAccessCompanyAgreements($id: ID!) {
    propertyCompany(id: $id) {
      name
      revenueShareAgreements {
        enterpriseBp
        propertyBp
        rebateBpOfProperty
        effectiveFrom
        outlet {
          kind
        }
      }
    }
  }
`);
const OutletAgreements = graphql(`
  query EnterpriseAccessOutletAgreements($id: ID!) {
    compound(id: $id) {
      outlets {
        revenueShareAgreements {
          enterpriseBp
        }
      }
    }
  }
`);
const VegOrderCount = graphql(`
  query EnterpriseAccessVegOrderCount($o: ID!) {
    vegOrders(outletId: $o) {
      totalCount
    }
  }
`);
const MealCount = graphql(`
  query EnterpriseAccessMealCount($o: ID!) {
    meals(outletId: $o) {
      totalCount
    }
  }
`);
const CharityFundBalance = graphql(`
  query EnterpriseAccessCharityFund($o: ID!) {
    charityFund(outletId: $o) {
      balance {
        fen
      }
    }
  }
`);
const MarketSaleCount = graphql(`
  query EnterpriseAccessMarketSaleCount($o: ID!) {
    marketSales(outletId: $o) {
      totalCount
    }
  }
`);
/** Entity resolution as the gateway asks the enterprise subgraph (not the API schema): typed by hand. */
const SETTLEMENT_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Settlement { id period committeeRebate { fen } } } }`;
type SettlementEntities = { _entities: ({ id: string; period: string | null; committeeRebate: { fen: string } | null } | null)[] };

const outlet = (key: string) => DEMO_OUTLETS.find((o) => o.key === key)!.id;

describe('enterprise access rules and batching over the demo data', () => {
  let stack: Stack;
  let analyst: string;

  beforeAll(async () => {
    stack = await sharedDemoStack();
    analyst = await tokenFor('analyst');
  });

  const statements = async <R, V>(document: TypedDocument<R, V>, variables: V, token: string) => {
    const before = stack.counters.enterprise.count;
    const r = await stack.query(document, variables, token);
    expect(r.errors).toBeUndefined();
    return stack.counters.enterprise.count - before;
  };

  it('loads nested order lines, products, cards and settlements in a constant number of statements', async () => {
    const small = await statements(VegOrderPage, { o: outlet('kuiguangta-veg-shop'), n: 2 }, analyst);
    const large = await statements(VegOrderPage, { o: outlet('kuiguangta-veg-shop'), n: 25 }, analyst);
    expect(large).toBe(small);
    expect(await statements(MealPage, { o: outlet('kuiguangta-canteen'), n: 40 }, analyst)).toBe(
      await statements(MealPage, { o: outlet('kuiguangta-canteen'), n: 2 }, analyst),
    );
    // Two outlets, each with a page of settlements: one windowed page query, one count, one batch of rows, then the agreements and rebates in one batch each.
    const one = await statements(SettlementPages, { id: demoCompound('kuiguangta').id, n: 1 }, analyst);
    expect(await statements(SettlementPages, { id: demoCompound('kuiguangta').id, n: 3 }, analyst)).toBe(one);
    expect(one).toBeLessThanOrEqual(6);
  });

  it('applies the settlement read rules to entity resolution (_entities) as to root fields', async () => {
    const id = demoSettlementId('kuiguangta-veg-shop', '2026-09');
    // Straight to the subgraph with the gateway's headers and the user's token, as the gateway forwards it.
    const entities = async (token: string) =>
      stack.querySubgraph<SettlementEntities>('enterprise', SETTLEMENT_ENTITIES, { r: [{ __typename: 'Settlement', id }] }, token);
    const party = await entities(await tokenFor('committee_member', { compoundId: demoCompound('kuiguangta').id }));
    expect(party.errors).toBeUndefined();
    expect(party.data?._entities[0]).toMatchObject({ id, period: '2026-09' });
    const outsider = await entities(await tokenFor('committee_member', { compoundId: demoCompound('liulang-dongyuan').id }));
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(outsider.data?._entities?.[0] ?? null).toBeNull();
  });

  it("lets a committee's members read its rebates, and a property company's staff its agreements across subgraphs", async () => {
    const member = await tokenFor('committee_member', { compoundId: demoCompound('kuiguangta').id });
    const rebates = await stack.query(CommitteeRebates, { c: demoCommitteeId('kuiguangta') }, member);
    expect(rebates.data!.settlements.totalCount).toBe(6);
    const company = demoCompanyId('kuiguangta-property');
    const own = await stack.query(CompanyAgreements, { id: company }, await tokenFor('property_staff', { companyId: company }));
    expect(own.errors).toBeUndefined();
    expect(own.data!.propertyCompany.name).toBe('Kuiguangta Property');
    expect(own.data!.propertyCompany.revenueShareAgreements?.map((a) => a.outlet.kind).sort()).toEqual(['CANTEEN', 'VEG_SHOP']);
    expect(own.data!.propertyCompany.revenueShareAgreements?.[0]).toMatchObject({
      enterpriseBp: 8000,
      propertyBp: 2000,
      rebateBpOfProperty: 10000,
      effectiveFrom: '2026-08',
    });
    const other = await stack.query(
      CompanyAgreements,
      { id: company },
      await tokenFor('property_staff', { companyId: demoCompanyId('qingbo-property') }),
    );
    expect(other.data!.propertyCompany.revenueShareAgreements).toEqual([]);
    const outletView = await stack.query(OutletAgreements, { id: demoCompound('kuiguangta').id }, await tokenFor('resident'));
    expect(outletView.data!.compound.outlets?.every((o) => o.revenueShareAgreements.length === 0)).toBe(true);
  });

  it("keeps each enterprise's staff to their own outlets' books", async () => {
    const chengnan = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') });
    expect((await stack.query(VegOrderCount, { o: outlet('kuiguangta-veg-shop') }, chengnan)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await stack.query(MealCount, { o: outlet('kuiguangta-canteen') }, chengnan)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(CharityFundBalance, { o: outlet('kuiguangta-canteen') }, chengnan)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const own = await stack.query(MarketSaleCount, { o: outlet('chengnan-market') }, chengnan);
    expect(own.data!.marketSales.totalCount).toBe(36);
    expect(
      (
        await stack.query(
          MarketSaleCount,
          { o: outlet('chengnan-market') },
          await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() }),
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
