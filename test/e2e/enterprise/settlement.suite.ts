import { randomUUID } from 'node:crypto';
import { demoCommitteeId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { InternalClient } from '../../../shared/handover/internal-client';
import { enterpriseRelay } from '../../../subgraphs/enterprise/neighbours/neighbours.module';
import { SUBGRAPHS } from '../../../subgraphs';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateRevenueShareAgreementInput } from '../../typed/graphql';
import { ENTERPRISE_ID, ledger, makeOutlet } from './fixtures';

const KUIGUANGTA = demoCompound('kuiguangta').id;
const COMMITTEE = demoCommitteeId('kuiguangta');
const COMPANY = demoCompanyId('kuiguangta-property');

const CreateAgreement = graphql(`
  mutation EnterpriseSettlementCreateAgreement($input: CreateRevenueShareAgreementInput!) {
    createRevenueShareAgreement(input: $input) {
      id
      enterpriseBp
      propertyBp
      rebateBpOfProperty
      effectiveFrom
      propertyCompany {
        id
      }
      ownersCommittee {
        id
      }
    }
  }
`);
const Settle = graphql(`
  mutation EnterpriseSettlementSettle($input: SettleOutletPeriodInput!) {
    settleOutletPeriod(input: $input) {
      id
      period
      note
      enterpriseBp
      propertyBp
      rebateBpOfProperty
      sales {
        fen
        yuan
      }
      costOfGoods {
        fen
      }
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
      rebate {
        status
        amount {
          fen
        }
        fundEntryId
        failureReason
        attempts
      }
      outlet {
        id
      }
      ownersCommittee {
        id
      }
      propertyCompany {
        id
      }
    }
  }
`);
const OUTBOX_OF_TEST_OUTLETS =
  'SELECT count(*) AS n FROM handover_outbox WHERE record_id IN (SELECT id::text FROM settlement WHERE outlet_id = ANY($1))';
const Read = graphql(`
  query EnterpriseSettlementRead($id: ID!) {
    settlement(id: $id) {
      id
      period
      committeeRebate {
        fen
      }
      rebate {
        status
        fundEntryId
        failureReason
        attempts
        deliveredAt
      }
    }
  }
`);
const SettlementCount = graphql(`
  query EnterpriseSettlementCount {
    settlements(first: 100) {
      totalCount
    }
  }
`);
const SettlementPeriods = graphql(`
  query EnterpriseSettlementPeriods {
    settlements(first: 100) {
      totalCount
      edges {
        node {
          period
        }
      }
    }
  }
`);
const CompoundSettlementPages = graphql(`
  query EnterpriseSettlementCompoundPages($id: ID!, $after: String) {
    compound(id: $id) {
      outlets {
        id
        settlements(first: 1, after: $after) {
          totalCount
          edges {
            cursor
            node {
              period
              enterpriseShare {
                fen
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

describe('revenue sharing (二八分成): agreements, settlements and the rebate hand-over', () => {
  let stack: Stack;
  let staff: string;
  let outletId: string;
  let lossOutletId: string;

  const agreement = (over: Partial<CreateRevenueShareAgreementInput> = {}): CreateRevenueShareAgreementInput => ({
    outletId,
    propertyCompanyId: COMPANY,
    ownersCommitteeId: COMMITTEE,
    enterpriseBp: 8000,
    propertyBp: 2000,
    rebateBpOfProperty: 10_000,
    effectiveFrom: '2026-09',
    ...over,
  });
  const count = async (sql: string, params: unknown[] = []) => Number((await stack.dataSources.enterprise.query(sql, params))[0].n);

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    staff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() });
    outletId = await makeOutlet(stack.dataSources.enterprise);
    lossOutletId = await makeOutlet(stack.dataSources.enterprise, { kind: 'CANTEEN' });
  });
  afterAll(() => stack.stop());

  it('refuses bad agreements with clear codes and writes nothing', async () => {
    const otherStaff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') });
    const cases: [CreateRevenueShareAgreementInput, string, string?][] = [
      [agreement({ propertyBp: 1999 }), 'BAD_USER_INPUT'],
      [agreement({ enterpriseBp: 9000, propertyBp: 2000 }), 'BAD_USER_INPUT'],
      [agreement({ rebateBpOfProperty: 10_001 }), 'BAD_USER_INPUT'],
      [agreement({ effectiveFrom: '2026-13' }), 'BAD_USER_INPUT'],
      [agreement({ ownersCommitteeId: demoCommitteeId('liulang-dongyuan') }), 'BAD_USER_INPUT'],
      [agreement({ ownersCommitteeId: randomUUID() }), 'BAD_USER_INPUT'],
      [agreement({ propertyCompanyId: randomUUID() }), 'BAD_USER_INPUT'],
      [agreement({ outletId: 'nope' }), 'BAD_USER_INPUT'],
      [agreement({ outletId: randomUUID() }), 'NOT_FOUND'],
      [agreement(), 'FORBIDDEN', otherStaff],
      [agreement(), 'FORBIDDEN', await tokenFor('property_staff', { companyId: COMPANY })],
    ];
    for (const [input, code, token] of cases) {
      const result = await stack.query(CreateAgreement, { input }, token ?? staff);
      expect({ input, code: result.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    expect(await count('SELECT count(*) AS n FROM revenue_share_agreement WHERE outlet_id = ANY($1)', [[outletId, lossOutletId]])).toBe(0);
  });

  it('records agreements with ratios as data (both readings of the seed), once per outlet and month', async () => {
    const seed = await stack.query(CreateAgreement, { input: agreement() }, staff);
    expect(seed.errors).toBeUndefined();
    expect(seed.data!.createRevenueShareAgreement).toMatchObject({
      enterpriseBp: 8000,
      propertyBp: 2000,
      rebateBpOfProperty: 10000,
      effectiveFrom: '2026-09',
      propertyCompany: { id: COMPANY },
      ownersCommittee: { id: COMMITTEE },
    });
    const again = await stack.query(CreateAgreement, { input: agreement() }, staff);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await stack.query(
      CreateAgreement,
      { input: agreement({ outletId: lossOutletId, rebateBpOfProperty: 2000, effectiveFrom: '2026-01' }) },
      staff,
    );
    expect(other.errors).toBeUndefined();
    const [row] = await stack.dataSources.enterprise.query('SELECT * FROM revenue_share_agreement WHERE outlet_id = $1', [outletId]);
    expect(row).toMatchObject({ compound_id: KUIGUANGTA, committee_id: COMMITTEE, created_by: 'test-enterprise_staff' });
  });

  it('settles a month in Asia/Shanghai: proceeds = sales − cost of goods, split in one largest-remainder pass, with one PENDING outbox row', async () => {
    const ds = stack.dataSources.enterprise;
    // October 2026 in Shanghai is [2026-09-30T16:00Z, 2026-10-31T16:00Z).
    await ledger(ds, outletId, 'SALE', 111, '2026-09-30T15:59:59Z'); // September locally: excluded
    await ledger(ds, outletId, 'SALE', 600_000, '2026-09-30T16:00:00Z'); // first instant of October locally
    await ledger(ds, outletId, 'SALE', 400_009, '2026-10-31T15:59:59Z');
    await ledger(ds, outletId, 'SALE', -100_000, '2026-10-15T04:00:00Z'); // a refund (reversal)
    await ledger(ds, outletId, 'COST_OF_GOODS', 400_000, '2026-10-02T01:00:00Z');
    await ledger(ds, outletId, 'SALE', 222, '2026-10-31T16:00:00Z'); // November locally: excluded

    const notOver = await stack.query(Settle, { input: { outletId, period: '2026-11', idempotencyKey: 'k-nov' } }, staff);
    expect(notOver.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const result = await stack.query(Settle, { input: { outletId, period: '2026-10', idempotencyKey: 'k-oct' } }, staff);
    expect(result.errors).toBeUndefined();
    const s = result.data!.settleOutletPeriod;
    // proceeds 500,009: exact 400,007.2 / 0 / 100,001.8 → the leftover fen to the .8
    expect(s).toMatchObject({
      period: '2026-10',
      note: null,
      enterpriseBp: 8000,
      propertyBp: 2000,
      rebateBpOfProperty: 10000,
      sales: { fen: '900009', yuan: '9000.09' },
      costOfGoods: { fen: '400000' },
      proceeds: { fen: '500009' },
      enterpriseShare: { fen: '400007' },
      propertyKept: { fen: '0' },
      committeeRebate: { fen: '100002', yuan: '1000.02' },
      rebate: { status: 'PENDING', amount: { fen: '100002' }, fundEntryId: null, failureReason: null, attempts: 0 },
      outlet: { id: outletId },
      ownersCommittee: { id: COMMITTEE },
      propertyCompany: { id: COMPANY },
    });
    const outbox = await ds.query(
      `SELECT topic, record_id, payload, status, attempts FROM handover_outbox WHERE record_id IN (SELECT id::text FROM settlement WHERE outlet_id = $1)`,
      [outletId],
    );
    expect(outbox).toEqual([
      {
        topic: 'settlement.rebate',
        record_id: s.id,
        payload: { settlementId: s.id, committeeId: COMMITTEE, compoundId: KUIGUANGTA, amountFen: '100002', period: '2026-10' },
        status: 'PENDING',
        attempts: 0,
      },
    ]);
  });

  it('replays the same idempotencyKey, refuses it for other figures, and settles a period once', async () => {
    const first = await stack.query(Settle, { input: { outletId, period: '2026-10', idempotencyKey: 'k-oct' } }, staff);
    expect(first.errors).toBeUndefined();
    const [stored] = await stack.dataSources.enterprise.query(`SELECT id FROM settlement WHERE outlet_id = $1 AND period = '2026-10'`, [
      outletId,
    ]);
    expect(first.data!.settleOutletPeriod.id).toBe(stored.id);
    const otherFigures = await stack.query(Settle, { input: { outletId, period: '2026-09', idempotencyKey: 'k-oct' } }, staff);
    expect(otherFigures.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const otherKey = await stack.query(Settle, { input: { outletId, period: '2026-10', idempotencyKey: 'k-oct-2' } }, staff);
    expect(otherKey.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('SELECT count(*) AS n FROM settlement WHERE outlet_id = $1', [outletId])).toBe(1);
    expect(await count(OUTBOX_OF_TEST_OUTLETS, [[outletId, lossOutletId]])).toBe(1);
  });

  it('settles a period once under 20 simultaneous requests (distinct keys → one wins; same key → one settlement)', async () => {
    await ledger(stack.dataSources.enterprise, outletId, 'SALE', 10_000, '2026-09-10T02:00:00Z');
    const distinct = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        stack.query(Settle, { input: { outletId, period: '2026-09', idempotencyKey: `race-${i}` } }, staff),
      ),
    );
    expect(distinct.filter((r) => !r.errors)).toHaveLength(1);
    expect(distinct.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    // 10,000 + the 111 fen sold on 30 September local time.
    expect(distinct.find((r) => !r.errors)!.data!.settleOutletPeriod.proceeds?.fen).toBe('10111');

    const sameKey = await Promise.all(
      Array.from({ length: 20 }, () =>
        stack.query(Settle, { input: { outletId: lossOutletId, period: '2026-08', idempotencyKey: 'same' } }, staff),
      ),
    );
    expect(sameKey.every((r) => !r.errors)).toBe(true);
    expect(new Set(sameKey.map((r) => r.data!.settleOutletPeriod.id)).size).toBe(1);
    expect(await count('SELECT count(*) AS n FROM settlement WHERE outlet_id = $1', [lossOutletId])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM settlement WHERE outlet_id = $1 AND period = '2026-09'`, [outletId])).toBe(1);
    expect(await count(OUTBOX_OF_TEST_OUTLETS, [[outletId, lossOutletId]])).toBe(2);
  });

  it('splits nothing for a loss, says so, and hands nothing over', async () => {
    const ds = stack.dataSources.enterprise;
    await ledger(ds, lossOutletId, 'SALE', 50_000, '2026-07-10T02:00:00Z');
    await ledger(ds, lossOutletId, 'COST_OF_GOODS', 80_000, '2026-07-03T02:00:00Z');
    const result = await stack.query(Settle, { input: { outletId: lossOutletId, period: '2026-07', idempotencyKey: 'loss' } }, staff);
    expect(result.errors).toBeUndefined();
    expect(result.data!.settleOutletPeriod).toMatchObject({
      proceeds: { fen: '-30000' },
      enterpriseShare: { fen: '0' },
      propertyKept: { fen: '0' },
      committeeRebate: { fen: '0' },
      note: expect.stringMatching(/loss of 30000 fen/),
      rebate: { status: 'NONE', attempts: 0 },
    });
    expect(await count('SELECT count(*) AS n FROM handover_outbox WHERE record_id = $1', [result.data!.settleOutletPeriod.id])).toBe(0);
  });

  it('uses the 20%-of-the-property-share reading when the agreement says so', async () => {
    await ledger(stack.dataSources.enterprise, lossOutletId, 'SALE', 999, '2026-06-10T02:00:00Z');
    const result = await stack.query(Settle, { input: { outletId: lossOutletId, period: '2026-06', idempotencyKey: 'jun' } }, staff);
    expect(result.errors).toBeUndefined();
    // 799.2 / 159.84 / 39.96 → 799 / 160 / 40
    expect(result.data!.settleOutletPeriod).toMatchObject({
      enterpriseShare: { fen: '799' },
      propertyKept: { fen: '160' },
      committeeRebate: { fen: '40' },
      rebate: { status: 'PENDING' },
    });
  });

  it('refuses a settlement without an agreement in force, or by another enterprise, writing nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM settlement');
    const noAgreement = await stack.query(Settle, { input: { outletId, period: '2026-08', idempotencyKey: 'aug' } }, staff);
    expect(noAgreement.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await stack.query(
      Settle,
      { input: { outletId, period: '2026-05', idempotencyKey: 'x' } },
      await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') }),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await stack.query(Settle, { input: { outletId, period: '2026-5', idempotencyKey: 'x' } }, staff);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const resident = await stack.query(Settle, { input: { outletId, period: '2026-05', idempotencyKey: 'x' } }, await tokenFor('resident'));
    expect(resident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('SELECT count(*) AS n FROM settlement')).toBe(before);
  });

  it('shows settlements to their parties, analysts and admins only', async () => {
    const [s] = await stack.dataSources.enterprise.query(`SELECT id FROM settlement WHERE outlet_id = $1 AND period = '2026-10'`, [
      outletId,
    ]);
    const readers = [
      await tokenFor('property_staff', { companyId: COMPANY }),
      await tokenFor('committee_member', { compoundId: KUIGUANGTA }),
      await tokenFor('analyst'),
      await tokenFor('admin'),
      staff,
    ];
    for (const token of readers) {
      const r = await stack.query(Read, { id: s.id }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.settlement.committeeRebate?.fen).toBe('100002');
    }
    const outsiders = [
      await tokenFor('property_staff', { companyId: demoCompanyId('qingbo-property') }),
      await tokenFor('committee_member', { compoundId: demoCompound('liulang-dongyuan').id }),
      await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') }),
      await tokenFor('resident'),
    ];
    for (const token of outsiders) {
      const r = await stack.query(Read, { id: s.id }, token);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await stack.query(SettlementCount, {}, token);
      expect(list.data!.settlements.totalCount).toBe(0);
    }
    const company = await stack.query(SettlementPeriods, {}, readers[0]);
    // Sep, Oct; Aug, Jul, Jun of the second outlet; and the demo outlets' settled months.
    expect(company.data!.settlements.totalCount).toBe(
      5 + (await count('SELECT count(*) AS n FROM settlement WHERE NOT (outlet_id = ANY($1))', [[outletId, lossOutletId]])),
    );
  });

  it("follows the money from the compound to each outlet's settlements, paged, in one query", async () => {
    const token = await tokenFor('property_staff', { companyId: COMPANY });
    const first = await stack.query(CompoundSettlementPages, { id: KUIGUANGTA, after: null }, token);
    expect(first.errors).toBeUndefined();
    const mine = first.data!.compound.outlets?.find((o) => o.id === outletId);
    expect(mine?.settlements.totalCount).toBe(2);
    expect(mine?.settlements.edges.map((e) => e.node.period)).toEqual(['2026-09']);
    expect(mine?.settlements.pageInfo.hasNextPage).toBe(true);
    const next = await stack.query(CompoundSettlementPages, { id: KUIGUANGTA, after: mine?.settlements.pageInfo.endCursor }, token);
    const mineNext = next.data!.compound.outlets?.find((o) => o.id === outletId);
    expect(mineNext?.settlements.edges.map((e) => e.node.period)).toEqual(['2026-10']);
    expect(mineNext?.settlements.pageInfo.hasNextPage).toBe(false);
    const demoOutlet = first.data!.compound.outlets?.find((o) => o.id !== outletId && o.id !== lossOutletId);
    expect(demoOutlet?.settlements.totalCount).toBe(3); // the demo's settled August–October
  });

  it('relay: keeps the rebate PENDING while the committee is unreachable, and marks it FAILED with the reason when refused for good', async () => {
    const ds = stack.dataSources.enterprise;
    // An agreement naming another compound's committee (written around the API's check)
    // makes the committee refuse the rebate permanently.
    const wrongOutlet = await makeOutlet(ds);
    const agreementId = randomUUID();
    await ds.query(
      `INSERT INTO revenue_share_agreement (id, outlet_id, enterprise_id, compound_id, property_company_id, committee_id, enterprise_bp, property_bp, rebate_bp, effective_from, created_by, created_at, updated_by, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,8000,2000,10000,'2026-01','fixture',now(),'fixture',now())`,
      [agreementId, wrongOutlet, ENTERPRISE_ID(), KUIGUANGTA, COMPANY, demoCommitteeId('liulang-dongyuan')],
    );
    await ledger(ds, wrongOutlet, 'SALE', 1000, '2026-10-05T02:00:00Z');
    const settled = await stack.query(Settle, { input: { outletId: wrongOutlet, period: '2026-10', idempotencyKey: 'wrong' } }, staff);
    expect(settled.errors).toBeUndefined();
    const wrongId = settled.data!.settleOutletPeriod.id;

    const relay = enterpriseRelay(ds, stack.clock, new InternalClient('enterprise', stack.directory), { baseDelayMs: 1000 });
    await stack.stopSubgraph('committee');
    try {
      // Every due rebate (these tests' four and the demo's) is tried once and kept PENDING.
      const due = await count(`SELECT count(*) AS n FROM handover_outbox WHERE status = 'PENDING'`);
      expect(due).toBeGreaterThanOrEqual(4);
      expect(await relay.runOnce()).toBe(due);
      const rows = await ds.query(`SELECT status, attempts, last_error, next_attempt_at FROM handover_outbox`);
      expect(rows).toHaveLength(due);
      for (const row of rows) {
        expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
        expect(row.last_error).toMatch(/^SERVICE_UNAVAILABLE/);
        expect(new Date(row.next_attempt_at).getTime()).toBe(stack.clock.now().getTime() + 1000);
      }
      // Not due yet: nothing is tried again before the back-off.
      expect(await relay.runOnce()).toBe(0);
      const pending = await stack.query(Read, { id: wrongId }, staff);
      expect(pending.data!.settlement.rebate).toMatchObject({
        status: 'PENDING',
        attempts: 1,
        failureReason: expect.stringMatching(/SERVICE_UNAVAILABLE/),
      });
    } finally {
      await stack.startSubgraph('committee');
    }
    stack.clock.advance(1000);
    expect(await relay.runOnce()).toBe(await count(`SELECT count(*) AS n FROM handover_outbox`));
    const failed = await stack.query(Read, { id: wrongId }, staff);
    expect(failed.errors).toBeUndefined();
    // Refused for good: before the committee's receiver exists the mutation is unknown
    // (GRAPHQL_VALIDATION_FAILED); with it, a committee of another compound is refused.
    expect(failed.data!.settlement.rebate).toMatchObject({ status: 'FAILED', fundEntryId: null, attempts: 2 });
    expect(failed.data!.settlement.rebate?.failureReason).toMatch(/^(GRAPHQL_VALIDATION_FAILED|FORBIDDEN|BAD_USER_INPUT): /);
    stack.clock.advance(3_600_000);
    await relay.runOnce();
    const [row] = await ds.query('SELECT status, attempts FROM handover_outbox WHERE record_id = $1', [wrongId]);
    expect(row).toEqual({ status: 'FAILED', attempts: 2 });
  });

  it("shows DELIVERED with the fund entry id from the receiver's result", async () => {
    const ds = stack.dataSources.enterprise;
    const [s] = await ds.query(`SELECT id FROM settlement WHERE outlet_id = $1 AND period = '2026-06'`, [lossOutletId]);
    const fundEntryId = randomUUID();
    // What the relay stores when the committee answers (the route's result).
    await ds.query(
      `UPDATE handover_outbox SET status = 'DELIVERED', result = $2, delivered_at = now(), last_error = NULL WHERE record_id = $1`,
      [s.id, JSON.stringify({ fundEntryId })],
    );
    const r = await stack.query(Read, { id: s.id }, staff);
    expect(r.data!.settlement.rebate).toMatchObject({ status: 'DELIVERED', fundEntryId, failureReason: null });
    expect(r.data!.settlement.rebate?.deliveredAt).toEqual(expect.any(String));
  });
  it("runs the subgraph's registered relay worker, which reaches the committee at its configured URL", async () => {
    const ds = stack.dataSources.enterprise;
    const outlet = await makeOutlet(ds);
    await ds.query(
      `INSERT INTO revenue_share_agreement (id, outlet_id, enterprise_id, compound_id, property_company_id, committee_id, enterprise_bp, property_bp, rebate_bp, effective_from, created_by, created_at, updated_by, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,8000,2000,10000,'2026-01','fixture',now(),'fixture',now())`,
      [randomUUID(), outlet, ENTERPRISE_ID(), KUIGUANGTA, COMPANY, demoCommitteeId('liulang-dongyuan')],
    );
    await ledger(ds, outlet, 'SALE', 500, '2026-10-05T02:00:00Z');
    const settled = await stack.query(Settle, { input: { outletId: outlet, period: '2026-10', idempotencyKey: 'worker' } }, staff);
    const id = settled.data!.settleOutletPeriod.id;
    const previous = process.env.COMMITTEE_URL;
    process.env.COMMITTEE_URL = stack.directory.urlOf('committee');
    const workers = SUBGRAPHS.enterprise.workers!(ds, stack.clock);
    expect(workers).toHaveLength(1);
    workers[0].start();
    try {
      let status = 'PENDING';
      for (let i = 0; i < 100 && status === 'PENDING'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        [{ status }] = await ds.query('SELECT status FROM handover_outbox WHERE record_id = $1', [id]);
      }
      expect(status).toBe('FAILED');
    } finally {
      await workers[0].stop();
      if (previous === undefined) delete process.env.COMMITTEE_URL;
      else process.env.COMMITTEE_URL = previous;
    }
  });
});
