import { demoCommitteeId, demoCompanyId } from '../../../shared/demo/manifest';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { CreateAgreement } from './documents';
import { ENTERPRISE_ID, ledger, makeOutlet } from './fixtures';

/**
 * The 二八分成 split through the gateway, as an enterprise's staff settle a month: one
 * largest-remainder pass over enterprise / property kept / committee rebate, for tiny,
 * odd and beyond-32-bit proceeds, under both readings of the seed report.
 */
const Settle = graphql(`
  mutation EnterpriseSplitSettle($input: SettleOutletPeriodInput!) {
    settleOutletPeriod(input: $input) {
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
        yuan
      }
    }
  }
`);

/** Exact share × 10^8 (basis points of basis points), to compare parts without rounding. */
function exactTimes1e8(proceeds: bigint, rebateBp: bigint) {
  return {
    enterprise: proceeds * 8000n * 10_000n,
    propertyKept: proceeds * 2000n * (10_000n - rebateBp),
    rebate: proceeds * 2000n * rebateBp,
  };
}

describe('the settlement split through the gateway', () => {
  let stack: Stack;
  let staff: string;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    staff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() });
  });
  afterAll(() => stack.stop());

  const cases: [string, bigint, bigint, [string, string, string]][] = [
    ['1 fen, whole 20% rebated', 1n, 10_000n, ['1', '0', '0']],
    ['999 fen, whole 20% rebated', 999n, 10_000n, ['799', '0', '200']],
    ['999 fen, 20% of the property share rebated', 999n, 2000n, ['799', '160', '40']],
    ['10,000,000,001 fen, whole 20% rebated', 10_000_000_001n, 10_000n, ['8000000001', '0', '2000000000']],
    ['10,000,000,001 fen, 20% of the property share rebated', 10_000_000_001n, 2000n, ['8000000001', '1600000000', '400000000']],
  ];

  it.each(cases)('splits %s to the fen', async (_label, proceeds, rebateBp, expected) => {
    const outletId = await makeOutlet(stack.dataSources.enterprise);
    const agreement = await stack.query(
      CreateAgreement,
      {
        input: {
          outletId,
          propertyCompanyId: demoCompanyId('kuiguangta-property'),
          ownersCommitteeId: demoCommitteeId('kuiguangta'),
          enterpriseBp: 8000,
          propertyBp: 2000,
          rebateBpOfProperty: Number(rebateBp),
          effectiveFrom: '2026-10',
        },
      },
      staff,
    );
    expect(agreement.errors).toBeUndefined();
    await ledger(stack.dataSources.enterprise, outletId, 'SALE', proceeds + 5000n, '2026-10-10T04:00:00Z');
    await ledger(stack.dataSources.enterprise, outletId, 'COST_OF_GOODS', 5000n, '2026-10-11T04:00:00Z');

    const result = await stack.query(Settle, { input: { outletId, period: '2026-10', idempotencyKey: `split-${outletId}` } }, staff);
    expect(result.errors).toBeUndefined();
    const s = result.data!.settleOutletPeriod;
    expect(s.proceeds?.fen).toBe(proceeds.toString());
    expect([s.enterpriseShare?.fen, s.propertyKept?.fen, s.committeeRebate?.fen]).toEqual(expected);

    const parts = {
      enterprise: BigInt(s.enterpriseShare!.fen),
      propertyKept: BigInt(s.propertyKept!.fen),
      rebate: BigInt(s.committeeRebate!.fen),
    };
    expect(parts.enterprise + parts.propertyKept + parts.rebate).toBe(proceeds);
    const exact = exactTimes1e8(proceeds, rebateBp);
    for (const key of ['enterprise', 'propertyKept', 'rebate'] as const) {
      const diff = parts[key] * 100_000_000n - exact[key];
      expect(diff < 0n ? -diff : diff).toBeLessThan(100_000_000n);
    }
    // What was stored is what was answered.
    const [row] = await stack.dataSources.enterprise.query(
      'SELECT enterprise_fen::text AS e, property_kept_fen::text AS p, committee_rebate_fen::text AS r FROM settlement WHERE outlet_id = $1',
      [outletId],
    );
    expect([row.e, row.p, row.r]).toEqual(expected);
  });
});
