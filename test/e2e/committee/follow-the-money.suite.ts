import { demoCommitteeId, demoCompound } from '../../../shared/demo/manifest';
import { enterpriseRelay } from '../../../subgraphs/enterprise/neighbours/neighbours.module';
import { DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY } from '../../../subgraphs/enterprise/demo/seed-demo';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { ok } from './fixtures';

/**
 * "Where did the veg shop's money go?" as ONE query from a compound: its outlets
 * (enterprise) → their settlements and the three parts → the fund entry each rebate
 * produced (committee) → the compound's public fund and its balance (committee), and
 * the other way round the owners' co-funding → the fund's spending that paid it.
 */
const FollowTheMoney = graphql(`
  query FollowTheMoneyFromCompound($c: ID!) {
    compound(id: $c) {
      outlets {
        kind
        settlements(first: 10) {
          edges {
            node {
              id
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
              }
              fundEntry {
                id
                source
                direction
                status
                period
                amount {
                  fen
                }
                balanceAfter {
                  fen
                }
                committee {
                  id
                }
              }
            }
          }
        }
        cofunding {
          contributions {
            source
            amount {
              fen
            }
            fundEntry {
              id
              direction
              amount {
                fen
              }
            }
          }
        }
      }
      publicFund {
        balance {
          fen
          yuan
        }
        pendingSpending {
          fen
        }
        committee {
          id
        }
        entries(first: 100) {
          totalCount
          edges {
            node {
              id
              source
              direction
              amount {
                fen
              }
              balanceAfter {
                fen
              }
              settlement {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const FundTotals = graphql(`
  query FollowTheMoneyFundTotals($c: ID!) {
    compound(id: $c) {
      publicFund {
        balance {
          fen
        }
        entries {
          totalCount
        }
      }
    }
  }
`);

const FundBalance = graphql(`
  query FollowTheMoneyFundBalance($c: ID!) {
    compound(id: $c) {
      publicFund {
        balance {
          fen
        }
      }
    }
  }
`);

/** An amount the graph must give: fails the test when it is missing. */
function fen(money: { fen: string } | null): bigint {
  expect(money).not.toBeNull();
  return BigInt(money!.fen);
}

describe('follow the money from a compound in one query (outlets → settlements → parts → fund entry → public fund)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
  });
  afterAll(() => stack.stop());

  it("shows each Kuiguangta settlement's committee rebate as an entry of the compound's fund, and the fund's balance they add up to", async () => {
    const c = demoCompound('kuiguangta').id;
    // The street office's analyst: reads every stakeholder's records (settlements are not for residents).
    const analyst = await tokenFor('analyst');
    // Before the hand-over: the demo's rebates are on their way, the fund holds only its own entries.
    const before = (await ok(stack, FollowTheMoney, { c }, analyst)).compound;
    expect(before.publicFund?.balance).toEqual({ fen: '230000', yuan: '2300.00' });
    const settlementsBefore = (before.outlets ?? []).flatMap((o) => o.settlements.edges.map((e) => e.node));
    expect(settlementsBefore).toHaveLength(6);
    expect(settlementsBefore.every((s) => s.rebate?.status === 'PENDING' && s.fundEntry === null)).toBe(true);

    // The enterprise's relay hands every rebate over to the committee.
    const relay = enterpriseRelay(stack.dataSources.enterprise, stack.clock);
    expect(await relay.runOnce()).toBeGreaterThanOrEqual(6);

    const after = (await ok(stack, FollowTheMoney, { c }, analyst)).compound;
    const settlements = (after.outlets ?? []).flatMap((o) => o.settlements.edges.map((e) => e.node));
    expect(settlements).toHaveLength(6);
    let rebates = 0n;
    for (const s of settlements) {
      // The parts add up to the proceeds, and the committee's part is exactly the fund entry.
      expect(fen(s.enterpriseShare) + fen(s.propertyKept) + fen(s.committeeRebate)).toBe(fen(s.proceeds));
      expect(s.rebate?.status).toBe('DELIVERED');
      expect(s.fundEntry).toMatchObject({
        source: 'SETTLEMENT_REBATE',
        direction: 'INCOME',
        status: 'POSTED',
        period: s.period,
        amount: s.committeeRebate,
        committee: { id: demoCommitteeId('kuiguangta') },
      });
      rebates += fen(s.committeeRebate);
    }
    // The figures the enterprise stored for these settlements, independently of the graph.
    const [stored] = await stack.dataSources.enterprise.query(
      `SELECT sum(committee_rebate_fen)::text AS rebates, count(*)::int AS n FROM settlement WHERE outlet_id IN (SELECT id FROM outlet WHERE compound_id = $1)`,
      [c],
    );
    expect(stored).toEqual({ rebates: rebates.toString(), n: 6 });
    // The demo's figures: 20% of the proceeds, all returned (veg shop 150.70 yuan a month, canteen less).
    expect(settlements.map((s) => [s.period, s.proceeds?.fen, s.committeeRebate?.fen]).sort()).toEqual(
      [
        ['2026-08', '15070', '3014'],
        ['2026-09', '15070', '3014'],
        ['2026-10', '15070', '3014'],
        ['2026-08', '5599', '1120'],
        ['2026-09', '4699', '940'],
        ['2026-10', '4399', '880'],
      ].sort(),
    );
    expect(rebates).toBe(11982n);

    const fund = after.publicFund;
    expect(fund?.committee).toEqual({ id: demoCommitteeId('kuiguangta') });
    expect(fund?.balance).toEqual({ fen: '241982', yuan: '2419.82' }); // 2300.00 + 119.82
    expect(fund?.pendingSpending).toEqual({ fen: '0' });
    // Five seeded entries plus one per settlement; the ledger's last balance is the fund's balance.
    expect(fund?.entries.totalCount).toBe(5 + 6);
    const ledger = fund?.entries.edges.map((e) => e.node) ?? [];
    expect(ledger[ledger.length - 1].balanceAfter?.fen).toBe(fund?.balance.fen);
    const fromSettlements = ledger.filter((e) => e.settlement !== null);
    expect(fromSettlements.map((e) => e.settlement?.id).sort()).toEqual(settlements.map((s) => s.id).sort());
    expect(fromSettlements.map((e) => e.id).sort()).toEqual(settlements.map((s) => s.fundEntry?.id).sort());

    // The other way: the owners' co-funding of the veg shop is the fund's spending, in the same ledger.
    const veg = after.outlets?.find((o) => o.kind === 'VEG_SHOP');
    const owners = veg?.cofunding?.contributions.find((x) => x.source === 'OWNERS_COMMITTEE');
    expect(owners).toEqual({
      source: 'OWNERS_COMMITTEE',
      amount: { fen: '1500000' },
      fundEntry: { id: DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY, direction: 'SPENDING', amount: { fen: '1500000' } },
    });
    expect(ledger.find((e) => e.id === DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY)).toMatchObject({
      direction: 'SPENDING',
      amount: { fen: '1500000' },
    });

    // A second pass hands nothing over again: the balance stays.
    stack.clock.advance(3_600_000);
    await relay.runOnce();
    expect((await ok(stack, FundTotals, { c }, analyst)).compound.publicFund).toEqual({
      balance: { fen: fund?.balance.fen },
      entries: { totalCount: 11 },
    });
  });

  it('is for signed-in users only', async () => {
    const r = await stack.query(FundBalance, { c: demoCompound('kuiguangta').id });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
