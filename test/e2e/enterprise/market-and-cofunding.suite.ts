import { randomUUID } from 'node:crypto';
import { demoCommitteeId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { ok, type GraphQLResult } from '../../support/post-graphql';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateMarketItemInput, RecordCofundingInput, RecordMarketSaleInput } from '../../typed/graphql';
import { ENTERPRISE_ID, makeOutlet } from './fixtures';

const RecordSale = graphql(`
  mutation EnterpriseMarketRecordSale($i: RecordMarketSaleInput!) {
    recordMarketSale(input: $i) {
      id
      quantity
      senior
      listPrice {
        fen
      }
      merchantDiscount {
        fen
      }
      communitySubsidy {
        fen
      }
      seniorCover {
        fen
      }
      residentPaid {
        fen
      }
      item {
        name
      }
    }
  }
`);
const CreateItem = graphql(`
  mutation EnterpriseMarketCreateItem($i: CreateMarketItemInput!) {
    createMarketItem(input: $i) {
      id
      name
      listPrice {
        fen
      }
      residentPrice {
        fen
      }
    }
  }
`);
const RecordFundIncome = graphql(`
  mutation EnterpriseMarketRecordFundIncome($input: RecordFundIncomeInput!) {
    recordFundIncome(input: $input) {
      id
    }
  }
`);
const SubmitFundSpending = graphql(`
  mutation EnterpriseMarketSubmitFundSpending($input: SubmitFundSpendingInput!) {
    submitFundSpending(input: $input) {
      id
    }
  }
`);
const ApproveFundSpending = graphql(`
  mutation EnterpriseMarketApproveFundSpending($input: DecideFundSpendingInput!) {
    approveFundSpending(input: $input) {
      id
    }
  }
`);
const ReverseFundEntry = graphql(`
  mutation EnterpriseMarketReverseFundEntry($input: ReverseFundEntryInput!) {
    reverseFundEntry(input: $input) {
      id
    }
  }
`);
const RecordCofunding = graphql(`
  mutation EnterpriseMarketRecordCofunding($i: RecordCofundingInput!) {
    recordCofunding(input: $i) {
      id
      source
      amount {
        fen
      }
      fundEntry {
        id
        direction
        status
        amount {
          fen
        }
      }
      ownersCommittee {
        id
      }
      propertyCompany {
        id
      }
      merchantName
    }
  }
`);
const Cofunding = graphql(`
  query EnterpriseMarketCofunding($o: ID!) {
    cofunding(outletId: $o) {
      total {
        fen
        yuan
      }
      totals {
        source
        amount {
          fen
        }
      }
      contributions {
        source
      }
    }
  }
`);
const RecordCofundingId = graphql(`
  mutation EnterpriseMarketRecordCofundingId($i: RecordCofundingInput!) {
    recordCofunding(input: $i) {
      id
    }
  }
`);

/** A contribution as a test names it; the outlet and a fresh idempotency key are added. */
type Contribution = Omit<RecordCofundingInput, 'outletId' | 'idempotencyKey'>;

describe('service market (城南市集) and set-up co-funding (四个一点)', () => {
  let stack: Stack;
  let staff: string;
  let market: string;
  let haircut: string;
  const ds = () => stack.dataSources.enterprise;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    staff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') });
    market = await makeOutlet(ds(), { enterpriseKey: 'chengnan-se', compoundKey: 'feicui-longwan', kind: 'SERVICE_MARKET' });
  });
  afterAll(() => stack.stop());

  it('lists items with list price, merchant discount and community subsidy; refuses parts beyond the price', async () => {
    const create = (over: Partial<CreateMarketItemInput>) =>
      stack.query(
        CreateItem,
        {
          i: {
            outletId: market,
            name: 'Haircut 理发',
            merchantName: 'Li Barber',
            listPriceFen: '2000',
            merchantDiscountFen: '500',
            communitySubsidyFen: '700',
            ...over,
          },
        },
        staff,
      );
    const bad: Partial<CreateMarketItemInput>[] = [
      { listPriceFen: '0' },
      { merchantDiscountFen: '-1' },
      { communitySubsidyFen: '1600' },
      { name: '' },
    ];
    for (const over of bad) {
      expect((await create(over)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const created = await create({});
    expect(created.data!.createMarketItem).toMatchObject({ listPrice: { fen: '2000' }, residentPrice: { fen: '800' } });
    haircut = created.data!.createMarketItem.id;
    expect(Number((await ds().query('SELECT count(*) AS n FROM market_item WHERE outlet_id = $1', [market]))[0].n)).toBe(1);
  });

  it('stores who paid what, adding up to the list price; 60 and over pay nothing', async () => {
    stack.clock.set('2026-11-22T02:00:00Z');
    const young = await stack.query(
      RecordSale,
      { i: { itemId: haircut, quantity: 2, buyerBirthDate: '1966-11-23', idempotencyKey: 'a' } },
      staff,
    ); // 59
    expect(young.data!.recordMarketSale).toMatchObject({
      senior: false,
      listPrice: { fen: '4000' },
      merchantDiscount: { fen: '1000' },
      communitySubsidy: { fen: '1400' },
      seniorCover: { fen: '0' },
      residentPaid: { fen: '1600' },
    });
    const sixty = await stack.query(
      RecordSale,
      { i: { itemId: haircut, quantity: 1, buyerBirthDate: '1966-11-22', residentId: randomUUID(), idempotencyKey: 'b' } },
      staff,
    ); // 60 today
    expect(sixty.data!.recordMarketSale).toMatchObject({
      senior: true,
      listPrice: { fen: '2000' },
      merchantDiscount: { fen: '500' },
      communitySubsidy: { fen: '700' },
      seniorCover: { fen: '800' },
      residentPaid: { fen: '0' },
    });
    const anonymous = await stack.query(RecordSale, { i: { itemId: haircut, quantity: 1, idempotencyKey: 'c' } }, staff);
    expect(anonymous.data!.recordMarketSale.residentPaid.fen).toBe('800');
    const rows = await ds().query(
      `SELECT list_price_fen, merchant_discount_fen + community_subsidy_fen + senior_cover_fen + resident_paid_fen AS parts FROM market_sale WHERE outlet_id = $1`,
      [market],
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.parts).toBe(r.list_price_fen);
    // The market's takings (resident + community) enter its ledger.
    expect((await ds().query(`SELECT SUM(amount_fen)::text AS s FROM outlet_entry WHERE outlet_id = $1`, [market]))[0].s).toBe(
      String(3000 + 1500 + 1500),
    );
  });

  it('refuses bad sales and writes nothing; replays by key', async () => {
    const before = Number((await ds().query('SELECT count(*) AS n FROM market_sale'))[0].n);
    const bads: Partial<RecordMarketSaleInput>[] = [
      { quantity: 0 },
      { quantity: -1 },
      { buyerBirthDate: '2030-01-01' },
      { buyerBirthDate: '1966-02-30' },
      { itemId: 'x' },
    ];
    for (const bad of bads) {
      const r = await stack.query(RecordSale, { i: { itemId: haircut, quantity: 1, idempotencyKey: randomUUID(), ...bad } }, staff);
      expect({ bad, code: r.errors?.[0]?.extensions?.code }).toEqual({ bad, code: 'BAD_USER_INPUT' });
    }
    expect(
      (
        await stack.query(
          RecordSale,
          { i: { itemId: haircut, quantity: 1, idempotencyKey: 'z' } },
          await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() }),
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await stack.query(RecordSale, { i: { itemId: haircut, quantity: 3, idempotencyKey: 'a' } }, staff)).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    const replay = await stack.query(
      RecordSale,
      { i: { itemId: haircut, quantity: 2, buyerBirthDate: '1966-11-23', idempotencyKey: 'a' } },
      staff,
    );
    expect(replay.errors).toBeUndefined();
    expect(Number((await ds().query('SELECT count(*) AS n FROM market_sale'))[0].n)).toBe(before);
  });

  /** A posted spending of a compound's public fund, made through the committee subgraph: income, submit, another member approves. */
  async function fundSpending(compoundKey: string, amountFen: string): Promise<{ spending: string; pending: string; income: string }> {
    const compoundId = demoCompound(compoundKey).id;
    const alice = await tokenFor('committee_member', { compoundId }, { sub: `alice-${compoundKey}` });
    const bob = await tokenFor('committee_member', { compoundId }, { sub: `bob-${compoundKey}` });
    const done = async <R>(answer: Promise<GraphQLResult<R>>) => {
      const r = await answer;
      expect(r.errors).toBeUndefined();
      return ok(r);
    };
    const income = (
      await done(
        stack.query(
          RecordFundIncome,
          {
            input: {
              idempotencyKey: randomUUID(),
              compoundId,
              source: 'CROWDFUNDING',
              amountFen: String(BigInt(amountFen) * 2n),
              description: 'Owners crowdfund the set-up (众筹)',
            },
          },
          alice,
        ),
      )
    ).recordFundIncome.id;
    const submit = async (description: string) =>
      (await done(stack.query(SubmitFundSpending, { input: { idempotencyKey: randomUUID(), compoundId, amountFen, description } }, alice)))
        .submitFundSpending.id;
    const spending = await submit('Pay the owners’ share of the set-up');
    await done(stack.query(ApproveFundSpending, { input: { idempotencyKey: randomUUID(), entryId: spending } }, bob));
    const pending = await submit('Not approved yet');
    return { spending, pending, income };
  }

  it('keeps each co-funding contribution and totals by source; the committee part points at its FundEntry, counted once', async () => {
    const veg = await makeOutlet(ds(), { kind: 'VEG_SHOP' });
    const kgStaff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() });
    const record = (i: Contribution, token = kgStaff) =>
      stack.query(RecordCofunding, { i: { outletId: veg, idempotencyKey: randomUUID(), ...i } }, token);
    const kg = await fundSpending('kuiguangta', '1500000');
    const elsewhere = await fundSpending('liulang-dongyuan', '1500000');
    const fundEntryId = kg.spending;
    const owners: Contribution = { source: 'OWNERS_COMMITTEE', amountFen: '1500000', ownersCommitteeId: demoCommitteeId('kuiguangta') };
    const recorded = [
      await record({ source: 'ENTERPRISE', amountFen: '5000000' }),
      await record({ source: 'PROPERTY_COMPANY', amountFen: '2000000', propertyCompanyId: demoCompanyId('kuiguangta-property') }),
      await record({ ...owners, fundEntryId }),
      await record({ source: 'MERCHANT', amountFen: '300000', merchantName: 'Fresh Farm' }),
      await record({ source: 'MERCHANT', amountFen: '200000', merchantName: 'Green Grocer' }),
    ];
    for (const r of recorded) expect(r.errors).toBeUndefined();
    expect(recorded[2].data!.recordCofunding).toMatchObject({
      fundEntry: { id: fundEntryId, direction: 'SPENDING', status: 'POSTED', amount: { fen: '1500000' } },
      ownersCommittee: { id: demoCommitteeId('kuiguangta') },
    });
    // The committee part must be money the fund paid out: a posted spending of this committee's fund, for this amount.
    const reversed = (await fundSpending('kuiguangta', '1500000')).spending;
    const reversal = await stack.query(
      ReverseFundEntry,
      { input: { entryId: reversed, reason: 'Paid back', idempotencyKey: randomUUID() } },
      await tokenFor('committee_member', { compoundId: demoCompound('kuiguangta').id }, { sub: 'carol-kuiguangta' }),
    );
    expect(reversal.errors).toBeUndefined();
    const fundCases: [Contribution, string][] = [
      [{ ...owners, fundEntryId: reversed }, 'BAD_USER_INPUT'],
      [{ ...owners, amountFen: '1500001', fundEntryId: (await fundSpending('kuiguangta', '1500000')).spending }, 'BAD_USER_INPUT'],
      [{ ...owners, fundEntryId: kg.income }, 'BAD_USER_INPUT'],
      [{ ...owners, fundEntryId: kg.pending }, 'BAD_USER_INPUT'],
      [{ ...owners, fundEntryId: elsewhere.spending }, 'BAD_USER_INPUT'],
      [{ ...owners, fundEntryId: randomUUID() }, 'BAD_USER_INPUT'],
      // One fund entry backs one contribution only.
      [{ ...owners, fundEntryId }, 'CONFLICT'],
    ];
    for (const [input, code] of fundCases) {
      const r = await record(input);
      expect({ input, code: r.errors?.[0]?.extensions?.code }).toEqual({ input, code });
      if (code === 'BAD_USER_INPUT') expect(r.errors?.[0]?.extensions?.field).toBe('fundEntryId');
    }
    // The committee cannot be asked: nothing is written.
    const another = (await fundSpending('kuiguangta', '700')).spending;
    await stack.stopSubgraph('committee');
    try {
      expect((await record({ ...owners, amountFen: '700', fundEntryId: another })).errors?.[0]?.extensions?.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
    } finally {
      await stack.startSubgraph('committee');
    }
    expect(Number((await ds().query('SELECT count(*) AS n FROM cofunding_contribution WHERE outlet_id = $1', [veg]))[0].n)).toBe(5);
    const cases: [Contribution, string][] = [
      [{ source: 'OWNERS_COMMITTEE', amountFen: '100', ownersCommitteeId: demoCommitteeId('kuiguangta') }, 'BAD_USER_INPUT'],
      [
        { source: 'OWNERS_COMMITTEE', amountFen: '100', ownersCommitteeId: demoCommitteeId('liulang-dongyuan'), fundEntryId: randomUUID() },
        'BAD_USER_INPUT',
      ],
      [{ source: 'PROPERTY_COMPANY', amountFen: '100', propertyCompanyId: randomUUID() }, 'BAD_USER_INPUT'],
      [{ source: 'ENTERPRISE', amountFen: '0' }, 'BAD_USER_INPUT'],
      [{ source: 'ENTERPRISE', amountFen: '100', merchantName: 'x' }, 'BAD_USER_INPUT'],
      [{ source: 'MERCHANT', amountFen: '100' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      const r = await record(input);
      expect({ input, code: r.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    expect((await record({ source: 'ENTERPRISE', amountFen: '1' }, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const totals = await stack.query(Cofunding, { o: veg }, await tokenFor('resident'));
    const { contributions, ...summary } = totals.data!.cofunding;
    expect(summary).toEqual({
      total: { fen: '9000000', yuan: '90000.00' },
      totals: [
        { source: 'ENTERPRISE', amount: { fen: '5000000' } },
        { source: 'PROPERTY_COMPANY', amount: { fen: '2000000' } },
        { source: 'OWNERS_COMMITTEE', amount: { fen: '1500000' } },
        { source: 'MERCHANT', amount: { fen: '500000' } },
      ],
    });
    expect(contributions.map((c) => c.source).sort()).toEqual([
      'ENTERPRISE',
      'MERCHANT',
      'MERCHANT',
      'OWNERS_COMMITTEE',
      'PROPERTY_COMPANY',
    ]);
  });
  it('lets one fund entry back one contribution only, also with 20 simultaneous recordings', async () => {
    const veg = await makeOutlet(ds(), { kind: 'VEG_SHOP' });
    const kgStaff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() });
    const { spending } = await fundSpending('kuiguangta', '4200');
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        stack.query(
          RecordCofundingId,
          {
            i: {
              outletId: veg,
              idempotencyKey: randomUUID(),
              source: 'OWNERS_COMMITTEE',
              amountFen: '4200',
              ownersCommitteeId: demoCommitteeId('kuiguangta'),
              fundEntryId: spending,
            },
          },
          kgStaff,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect(Number((await ds().query('SELECT count(*) AS n FROM cofunding_contribution WHERE fund_entry_id = $1', [spending]))[0].n)).toBe(
      1,
    );
  });
});
