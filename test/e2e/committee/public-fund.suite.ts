import { randomUUID } from 'node:crypto';
import { InternalCallError, InternalClient } from '../../../shared/handover/internal-client';
import { enqueueSettlementRebate } from '../../../subgraphs/enterprise/neighbours/settlement-rebate.outgoing';
import { ok as dataOf, type TypedDocument } from '../../support/post-graphql';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { RecordFundIncomeInput, SubmitFundSpendingInput } from '../../typed/graphql';
import { codeOf, ok } from './fixtures';

graphql(`
  fragment PublicFundEntryFields on FundEntry {
    id
    direction
    source
    status
    amount {
      fen
      yuan
    }
    balanceAfter {
      fen
    }
    description
    submittedBy
    decidedBy
    postedAt
    period
    reverses {
      id
    }
    reversedBy {
      id
    }
    settlement {
      id
    }
  }
`);

const RecordIncome = graphql(`
  mutation PublicFundRecordIncome($input: RecordFundIncomeInput!) {
    recordFundIncome(input: $input) {
      ...PublicFundEntryFields
    }
  }
`);

const SubmitSpending = graphql(`
  mutation PublicFundSubmitSpending($input: SubmitFundSpendingInput!) {
    submitFundSpending(input: $input) {
      ...PublicFundEntryFields
    }
  }
`);

const ApproveSpending = graphql(`
  mutation PublicFundApproveSpending($input: DecideFundSpendingInput!) {
    approveFundSpending(input: $input) {
      ...PublicFundEntryFields
    }
  }
`);

const RejectSpending = graphql(`
  mutation PublicFundRejectSpending($input: DecideFundSpendingInput!) {
    rejectFundSpending(input: $input) {
      ...PublicFundEntryFields
    }
  }
`);

const ReverseEntry = graphql(`
  mutation PublicFundReverseEntry($input: ReverseFundEntryInput!) {
    reverseFundEntry(input: $input) {
      ...PublicFundEntryFields
    }
  }
`);

const Fund = graphql(`
  query PublicFundLedger($c: ID!) {
    publicFund(compoundId: $c) {
      balance {
        fen
        yuan
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
            status
            amount {
              fen
            }
          }
        }
      }
    }
  }
`);

const LedgerPage = graphql(`
  query PublicFundLedgerPage($c: ID!, $after: String) {
    publicFund(compoundId: $c) {
      entries(first: 3, after: $after) {
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const CommitteeFund = graphql(`
  query PublicFundOfCommittee($id: ID!) {
    ownersCommittee(id: $id) {
      fund {
        balance {
          fen
        }
      }
    }
  }
`);

const BalanceAndPending = graphql(`
  query PublicFundBalanceAndPending($c: ID!) {
    publicFund(compoundId: $c) {
      balance {
        fen
      }
      pendingSpending {
        fen
      }
    }
  }
`);

const FundEntry = graphql(`
  query PublicFundEntry($id: ID!) {
    fundEntry(id: $id) {
      amount {
        fen
      }
      status
      reversedBy {
        id
      }
    }
  }
`);

/** The internal rebate mutation: not in the API schema (only the enterprise's service calls it), so typed here. */
const REBATE = `mutation($input: ApplySettlementRebateInput!) { applySettlementRebate(input: $input) { id source amount { fen } period settlement { id } } }`;
type Rebate = {
  applySettlementRebate: { id: string; source: string; amount: { fen: string }; period: string | null; settlement: { id: string } | null };
};
type FundEntryInfo = {
  fundEntryInfo: {
    id: string;
    compoundId: string;
    committeeId: string;
    direction: string;
    status: string;
    amount: string;
    reversed: boolean;
  } | null;
};

/**
 * Sends a typed document's text with an amount as a JSON number: the Fen scalar accepts a
 * safe integer as well as a string, but the generated input type only has the string.
 */
async function withNumericAmount<R>(
  stack: Stack,
  document: TypedDocument<R, never>,
  variables: Record<string, unknown>,
  token: string,
): Promise<R> {
  return dataOf(await stack.queryText<R>(document.toString(), variables, token));
}

const key = () => `key-${randomUUID()}`;

describe('public-affairs fund (公共事务经费)', () => {
  let stack: Stack;
  let internal: InternalClient;

  beforeAll(async () => {
    stack = await startStack();
    internal = new InternalClient('enterprise', stack.directory);
  });
  afterAll(() => stack.stop());

  type RebateInput = { settlementId: string; committeeId: string; compoundId: string; amountFen: string; period: string };
  /** The enterprise's side of a rebate: the hand-over its settlement wrote, which the committee confirms before crediting. */
  const promised = async <T extends RebateInput>(input: T): Promise<T> => {
    await stack.dataSources.enterprise.transaction((m) =>
      enqueueSettlementRebate(m, { ...input, amountFen: BigInt(input.amountFen) }, 'fixture', new Date()),
    );
    return input;
  };

  /** A compound with a committee and two of its members. */
  async function committeeFixture() {
    const compoundId = randomUUID();
    const committeeId = randomUUID();
    await stack.dataSources.committee.query(
      `INSERT INTO owners_committee (id, compound_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'Fund test committee', 'test', now(), 'test', now())`,
      [committeeId, compoundId],
    );
    const alice = await tokenFor('committee_member', { compoundId }, { sub: `alice-${compoundId}` });
    const bob = await tokenFor('committee_member', { compoundId }, { sub: `bob-${compoundId}` });
    return { compoundId, committeeId, alice, bob };
  }

  const balanceOf = async (compoundId: string) =>
    (await stack.dataSources.committee.query('SELECT balance_fen::text AS b FROM fund_account WHERE compound_id = $1', [compoundId]))[0]?.b;
  const entryCount = async (compoundId: string) =>
    (await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM fund_entry WHERE compound_id = $1', [compoundId]))[0].n;

  it('takes income, spends only with a second member’s approval, and discloses the ledger', async () => {
    const { compoundId, committeeId, alice, bob } = await committeeFixture();
    const crowd = await ok(
      stack,
      RecordIncome,
      {
        input: {
          compoundId,
          source: 'CROWDFUNDING',
          amountFen: '100000',
          description: 'Owners crowdfund the veg shop set-up',
          idempotencyKey: key(),
        },
      },
      alice,
    );
    expect(crowd.recordFundIncome).toMatchObject({
      direction: 'INCOME',
      source: 'CROWDFUNDING',
      status: 'POSTED',
      amount: { fen: '100000', yuan: '1000.00' },
      balanceAfter: { fen: '100000' },
    });
    await withNumericAmount(
      stack,
      RecordIncome,
      { input: { compoundId, source: 'DONATION', amountFen: 5001, description: 'Merchant donation', idempotencyKey: key() } },
      bob,
    );
    const spend = await ok(
      stack,
      SubmitSpending,
      { input: { compoundId, amountFen: '30000', description: 'Mid-autumn gathering for elderly residents', idempotencyKey: key() } },
      alice,
    );
    expect(spend.submitFundSpending).toMatchObject({
      direction: 'SPENDING',
      source: 'ACTIVITY',
      status: 'PENDING_APPROVAL',
      balanceAfter: null,
      postedAt: null,
    });
    expect(await balanceOf(compoundId)).toBe('105001');
    // Self-approval is refused and changes nothing.
    expect(await codeOf(stack, ApproveSpending, { input: { entryId: spend.submitFundSpending.id, idempotencyKey: key() } }, alice)).toBe(
      'FORBIDDEN',
    );
    expect(await balanceOf(compoundId)).toBe('105001');
    stack.clock.set('2026-11-22T04:00:00Z');
    const approved = await ok(
      stack,
      ApproveSpending,
      { input: { entryId: spend.submitFundSpending.id, note: 'Receipts checked', idempotencyKey: key() } },
      bob,
    );
    expect(approved.approveFundSpending).toMatchObject({
      status: 'POSTED',
      balanceAfter: { fen: '75001' },
      decidedBy: `bob-${compoundId}`,
      submittedBy: `alice-${compoundId}`,
      postedAt: '2026-11-22T04:00:00.000Z',
    });
    expect(await codeOf(stack, ApproveSpending, { input: { entryId: spend.submitFundSpending.id, idempotencyKey: key() } }, bob)).toBe(
      'CONFLICT',
    );
    // A rejected spending moves nothing.
    const other = await withNumericAmount(
      stack,
      SubmitSpending,
      { input: { compoundId, amountFen: 100, description: 'Flowers', idempotencyKey: key() } },
      bob,
    );
    expect(
      (
        await ok(
          stack,
          RejectSpending,
          { input: { entryId: other.submitFundSpending.id, note: 'Not an activity', idempotencyKey: key() } },
          alice,
        )
      ).rejectFundSpending.status,
    ).toBe('REJECTED');
    // Disclosed to every owner and resident.
    const resident = await tokenFor('owner', { compoundId }, { residentId: randomUUID() });
    const fund = await ok(stack, Fund, { c: compoundId }, resident);
    expect(fund.publicFund.balance).toEqual({ fen: '75001', yuan: '750.01' });
    expect(fund.publicFund.committee).toEqual({ id: committeeId });
    expect(fund.publicFund.entries.totalCount).toBe(4);
    expect(fund.publicFund.entries.edges.map((e) => [e.node.source, e.node.status, e.node.amount?.fen])).toEqual([
      ['CROWDFUNDING', 'POSTED', '100000'],
      ['DONATION', 'POSTED', '5001'],
      ['ACTIVITY', 'POSTED', '30000'],
      ['ACTIVITY', 'REJECTED', '100'],
    ]);
    // Analysts read the same ledger; pages follow ledger order.
    const analyst = await tokenFor('analyst');
    const p1 = (await ok(stack, LedgerPage, { c: compoundId, after: null }, analyst)).publicFund.entries;
    const p2 = (await ok(stack, LedgerPage, { c: compoundId, after: p1.pageInfo.endCursor }, analyst)).publicFund.entries;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect([...p1.edges, ...p2.edges].map((e) => e.node.id)).toEqual(fund.publicFund.entries.edges.map((e) => e.node.id));
    const committeeView = await ok(stack, CommitteeFund, { id: committeeId }, resident);
    expect(committeeView.ownersCommittee.fund?.balance.fen).toBe('75001');
  });

  it('replays the same idempotency key and input, and refuses the key with other input', async () => {
    const { compoundId, alice } = await committeeFixture();
    const k = key();
    const input: RecordFundIncomeInput = { compoundId, source: 'DONATION', amountFen: '2000', description: 'Donation', idempotencyKey: k };
    const first = await ok(stack, RecordIncome, { input }, alice);
    const again = await ok(stack, RecordIncome, { input }, alice);
    expect(again.recordFundIncome.id).toBe(first.recordFundIncome.id);
    expect(await codeOf(stack, RecordIncome, { input: { ...input, amountFen: '2001' } }, alice)).toBe('CONFLICT');
    expect(await entryCount(compoundId)).toBe(1);
    expect(await balanceOf(compoundId)).toBe('2000');
    // Twenty simultaneous retries of one request post once.
    const k2 = key();
    const retries = await Promise.all(
      Array.from({ length: 20 }, () => stack.query(RecordIncome, { input: { ...input, idempotencyKey: k2 } }, alice)),
    );
    expect(new Set(retries.map((r) => r.data?.recordFundIncome?.id)).size).toBe(1);
    expect(retries.every((r) => !r.errors)).toBe(true);
    expect(await entryCount(compoundId)).toBe(2);
    expect(await balanceOf(compoundId)).toBe('4000');
  });

  it('lets exactly k of 20 simultaneous spendings through when the balance covers k, and approval checks the balance again', async () => {
    const { compoundId, alice, bob } = await committeeFixture();
    await ok(
      stack,
      RecordIncome,
      { input: { compoundId, source: 'CROWDFUNDING', amountFen: '50000', description: 'Crowdfunding', idempotencyKey: key() } },
      alice,
    );
    const submitted = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        stack.query(
          SubmitSpending,
          { input: { compoundId, amountFen: '10000', description: `Activity ${i}`, idempotencyKey: key() } },
          alice,
        ),
      ),
    );
    const accepted = submitted.filter((r) => !r.errors).map((r) => r.data!.submitFundSpending.id);
    expect(accepted).toHaveLength(5);
    expect(submitted.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(15);
    expect(submitted.find((r) => r.errors)!.errors![0].extensions).toMatchObject({ availableFen: '0', shortfallFen: '10000' });
    const fund = await ok(stack, BalanceAndPending, { c: compoundId }, bob);
    expect(fund.publicFund).toEqual({ balance: { fen: '50000' }, pendingSpending: { fen: '50000' } });
    const approved = await Promise.all(
      accepted.map((entryId) => stack.query(ApproveSpending, { input: { entryId, idempotencyKey: key() } }, bob)),
    );
    expect(approved.filter((r) => !r.errors)).toHaveLength(5);
    expect(await balanceOf(compoundId)).toBe('0');
    const posted: { after: number }[] = await stack.dataSources.committee.query(
      `SELECT balance_after_fen::int AS after FROM fund_entry WHERE compound_id = $1 AND source = 'ACTIVITY' AND status = 'POSTED' ORDER BY after DESC`,
      [compoundId],
    );
    expect(posted.map((p) => p.after)).toEqual([40000, 30000, 20000, 10000, 0]);
    const all = await stack.dataSources.committee.query(
      `SELECT count(*)::int AS n FROM fund_entry WHERE compound_id = $1 AND source = 'ACTIVITY'`,
      [compoundId],
    );
    expect(all[0].n).toBe(5);

    // The money a pending spending counted on is reversed away: approval refuses, nothing moves.
    const gift = (
      await ok(
        stack,
        RecordIncome,
        { input: { compoundId, source: 'DONATION', amountFen: '7000', description: 'Donation', idempotencyKey: key() } },
        alice,
      )
    ).recordFundIncome;
    const pending = (
      await ok(stack, SubmitSpending, { input: { compoundId, amountFen: '7000', description: 'Clean-up', idempotencyKey: key() } }, alice)
    ).submitFundSpending;
    await ok(stack, ReverseEntry, { input: { entryId: gift.id, reason: 'Donation bounced', idempotencyKey: key() } }, bob);
    expect(await codeOf(stack, ApproveSpending, { input: { entryId: pending.id, idempotencyKey: key() } }, bob)).toBe('CONFLICT');
    expect(await balanceOf(compoundId)).toBe('0');
    const still = await stack.dataSources.committee.query('SELECT status FROM fund_entry WHERE id = $1', [pending.id]);
    expect(still[0].status).toBe('PENDING_APPROVAL');
  });

  it('corrects with reversal entries only, once each, never below zero', async () => {
    const { compoundId, alice, bob } = await committeeFixture();
    const gift = (
      await ok(
        stack,
        RecordIncome,
        {
          input: { compoundId, source: 'DONATION', amountFen: '8000', description: 'Typo: should be 80 yuan less', idempotencyKey: key() },
        },
        alice,
      )
    ).recordFundIncome;
    const spend = (
      await ok(
        stack,
        SubmitSpending,
        { input: { compoundId, amountFen: '6000', description: 'Clean-up day', idempotencyKey: key() } },
        alice,
      )
    ).submitFundSpending;
    await ok(stack, ApproveSpending, { input: { entryId: spend.id, idempotencyKey: key() } }, bob);
    // Reversing the income would leave -4000.
    expect(await codeOf(stack, ReverseEntry, { input: { entryId: gift.id, reason: 'Wrong amount', idempotencyKey: key() } }, alice)).toBe(
      'CONFLICT',
    );
    const back = (
      await ok(
        stack,
        ReverseEntry,
        { input: { entryId: spend.id, reason: 'Activity cancelled, money returned', idempotencyKey: key() } },
        bob,
      )
    ).reverseFundEntry;
    expect(back).toMatchObject({
      direction: 'INCOME',
      source: 'REVERSAL',
      status: 'POSTED',
      amount: { fen: '6000' },
      balanceAfter: { fen: '8000' },
      reverses: { id: spend.id },
    });
    expect(await codeOf(stack, ReverseEntry, { input: { entryId: spend.id, reason: 'Again', idempotencyKey: key() } }, bob)).toBe(
      'CONFLICT',
    );
    expect(
      await codeOf(stack, ReverseEntry, { input: { entryId: back.id, reason: 'Reverse the reversal', idempotencyKey: key() } }, bob),
    ).toBe('CONFLICT');
    const undo = (await ok(stack, ReverseEntry, { input: { entryId: gift.id, reason: 'Wrong amount', idempotencyKey: key() } }, alice))
      .reverseFundEntry;
    expect(undo).toMatchObject({ direction: 'SPENDING', balanceAfter: { fen: '0' } });
    const original = await ok(stack, FundEntry, { id: gift.id }, alice);
    expect(original.fundEntry).toEqual({ amount: { fen: '8000' }, status: 'POSTED', reversedBy: { id: undo.id } });
    expect(await entryCount(compoundId)).toBe(4);
  });

  it('refuses bad input, spending above the balance and other compounds, writing nothing', async () => {
    const { compoundId, alice } = await committeeFixture();
    const other = await committeeFixture();
    await ok(
      stack,
      RecordIncome,
      { input: { compoundId, source: 'DONATION', amountFen: '1000', description: 'Seed', idempotencyKey: key() } },
      alice,
    );
    const income = (input: RecordFundIncomeInput, token: string) => ({ input, send: () => codeOf(stack, RecordIncome, { input }, token) });
    const spending = (input: SubmitFundSpendingInput, token: string) => ({
      input,
      send: () => codeOf(stack, SubmitSpending, { input }, token),
    });
    // SETTLEMENT_REBATE is not a manual income source: the enum refuses it, so its text goes untyped.
    const byHand = { compoundId, source: 'SETTLEMENT_REBATE', amountFen: '5', description: 'By hand', idempotencyKey: key() };
    const cases: [{ input: { description: string }; send: () => Promise<string | undefined> }, string][] = [
      [income({ compoundId, source: 'DONATION', amountFen: '0', description: 'Zero', idempotencyKey: key() }, alice), 'BAD_USER_INPUT'],
      [
        income({ compoundId, source: 'DONATION', amountFen: '-5', description: 'Negative', idempotencyKey: key() }, alice),
        'BAD_USER_INPUT',
      ],
      [
        {
          input: byHand,
          send: async () => (await stack.queryText(RecordIncome.toString(), { input: byHand }, alice)).errors?.[0]?.extensions?.code,
        },
        'BAD_USER_INPUT',
      ],
      [income({ compoundId, source: 'DONATION', amountFen: '5', description: ' ', idempotencyKey: key() }, alice), 'BAD_USER_INPUT'],
      [
        income({ compoundId, source: 'DONATION', amountFen: '5', description: 'Blank key', idempotencyKey: '   ' }, alice),
        'BAD_USER_INPUT',
      ],
      [
        income({ compoundId, source: 'DONATION', amountFen: '5', description: 'Not mine', idempotencyKey: key() }, other.alice),
        'FORBIDDEN',
      ],
      [spending({ compoundId, amountFen: '1001', description: 'Above balance', idempotencyKey: key() }, alice), 'CONFLICT'],
      [
        spending({ compoundId: randomUUID(), amountFen: '1', description: 'No committee', idempotencyKey: key() }, await tokenFor('admin')),
        'NOT_FOUND',
      ],
    ];
    for (const [{ input, send }, code] of cases) expect([input.description, await send()]).toEqual([input.description, code]);
    const owner = await tokenFor('owner', { compoundId }, { residentId: randomUUID() });
    expect(
      await codeOf(
        stack,
        RecordIncome,
        { input: { compoundId, source: 'DONATION', amountFen: '5', description: 'Owner', idempotencyKey: key() } },
        owner,
      ),
    ).toBe('FORBIDDEN');
    expect(await entryCount(compoundId)).toBe(1);
    expect(await balanceOf(compoundId)).toBe('1000');
    // The internal rebate mutation is not in the public graph.
    // Not in the API schema, so no typed document can hold it: the gateway's refusal is what is asserted.
    const viaGateway = await stack.queryText(
      REBATE,
      { input: { settlementId: randomUUID(), committeeId: other.committeeId, compoundId, amountFen: '1', period: '2026-10' } },
      await tokenFor('admin'),
    );
    expect(viaGateway.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  describe('settlement rebate hand-over (enterprise → committee)', () => {
    it('applies a rebate once: replay returns the same entry, another amount conflicts, another compound is refused', async () => {
      const { compoundId, committeeId, alice } = await committeeFixture();
      const settlementId = randomUUID();
      const input = await promised({ settlementId, committeeId, compoundId, amountFen: '12345', period: '2026-10' });
      const first = await internal.request<Rebate>('committee', REBATE, { input });
      expect(first.applySettlementRebate).toMatchObject({
        source: 'SETTLEMENT_REBATE',
        amount: { fen: '12345' },
        period: '2026-10',
        settlement: { id: settlementId },
      });
      const replay = await internal.request<Rebate>('committee', REBATE, { input });
      expect(replay.applySettlementRebate.id).toBe(first.applySettlementRebate.id);
      expect(await entryCount(compoundId)).toBe(1);
      expect(await balanceOf(compoundId)).toBe('12345');

      const refusal = async (payload: Record<string, unknown>) => {
        try {
          await internal.request('committee', REBATE, { input: payload });
        } catch (error) {
          return { code: (error as InternalCallError).code, permanent: (error as InternalCallError).permanent };
        }
        throw new Error('expected a refusal');
      };
      expect(await refusal({ ...input, amountFen: '12346' })).toEqual({ code: 'CONFLICT', permanent: true });
      // A settlement the enterprise never made: confirmed with the enterprise, refused, nothing credited.
      expect(await refusal({ ...input, settlementId: randomUUID() })).toEqual({ code: 'NOT_FOUND', permanent: true });
      const other = await committeeFixture();
      expect(await refusal(await promised({ ...input, settlementId: randomUUID(), committeeId: other.committeeId }))).toEqual({
        code: 'FORBIDDEN',
        permanent: true,
      });
      expect(await refusal(await promised({ ...input, settlementId: randomUUID(), committeeId: randomUUID() }))).toEqual({
        code: 'NOT_FOUND',
        permanent: true,
      });
      expect(await refusal({ ...input, settlementId: randomUUID(), period: '2026-13' })).toEqual({
        code: 'BAD_USER_INPUT',
        permanent: true,
      });
      expect(await refusal({ ...input, settlementId: randomUUID(), amountFen: '0' })).toEqual({ code: 'BAD_USER_INPUT', permanent: true });
      expect(await entryCount(compoundId)).toBe(1);
      expect(await entryCount(other.compoundId)).toBe(0);
      const receipts: { record_id: string }[] = await stack.dataSources.committee.query(
        `SELECT record_id FROM handover_inbox WHERE topic = 'settlement.rebate'`,
      );
      expect(receipts.map((r) => r.record_id)).toContain(settlementId);
      expect(receipts).toHaveLength(1);

      // A committee member's token cannot call the internal mutation even directly.
      const direct = await fetch(stack.directory.urlOf('committee'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alice}` },
        body: JSON.stringify({ query: REBATE, variables: { input } }),
      });
      expect(direct.status).toBe(401);

      // Settlement.fundEntry: the enterprise's settlement resolves to the entry it produced.
      const entities = await internal.request<{ _entities: { id: string; fundEntry: { id: string; amount: { fen: string } } | null }[] }>(
        'committee',
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Settlement { id fundEntry { id amount { fen } } } } }`,
        {
          reps: [
            { __typename: 'Settlement', id: settlementId },
            { __typename: 'Settlement', id: randomUUID() },
          ],
        },
      );
      expect(entities._entities[0]).toEqual({
        id: settlementId,
        fundEntry: { id: first.applySettlementRebate.id, amount: { fen: '12345' } },
      });
      expect(entities._entities[1].fundEntry).toBeNull();
    });

    it('applies 20 simultaneous deliveries of one settlement once', async () => {
      const { compoundId, committeeId } = await committeeFixture();
      const input = await promised({ settlementId: randomUUID(), committeeId, compoundId, amountFen: '777', period: '2026-09' });
      const results = await Promise.all(Array.from({ length: 20 }, () => internal.request<Rebate>('committee', REBATE, { input })));
      expect(new Set(results.map((r) => r.applySettlementRebate.id)).size).toBe(1);
      expect(await entryCount(compoundId)).toBe(1);
      expect(await balanceOf(compoundId)).toBe('777');
    });
  });
  it("answers other subgraphs' write-time checks of a fund entry (internal fundEntryInfo), to services only", async () => {
    const { compoundId, committeeId, alice, bob } = await committeeFixture();
    await ok(
      stack,
      RecordIncome,
      { input: { compoundId, source: 'CROWDFUNDING', amountFen: '9000', description: 'Crowdfunding', idempotencyKey: key() } },
      alice,
    );
    const spend = (
      await ok(
        stack,
        SubmitSpending,
        { input: { compoundId, amountFen: '4000', description: 'Veg shop set-up', idempotencyKey: key() } },
        alice,
      )
    ).submitFundSpending;
    const INFO = `query($id: ID!) { fundEntryInfo(id: $id) { id compoundId committeeId direction status amount reversed } }`;
    const info = async (id: string) => (await internal.request<FundEntryInfo>('committee', INFO, { id })).fundEntryInfo;
    expect(await info(spend.id)).toEqual({
      id: spend.id,
      compoundId,
      committeeId,
      direction: 'SPENDING',
      status: 'PENDING_APPROVAL',
      amount: '4000',
      reversed: false,
    });
    await ok(stack, ApproveSpending, { input: { entryId: spend.id, idempotencyKey: key() } }, bob);
    expect(await info(spend.id)).toMatchObject({ status: 'POSTED', reversed: false });
    await ok(stack, ReverseEntry, { input: { entryId: spend.id, reason: 'Paid twice by mistake', idempotencyKey: key() } }, bob);
    expect(await info(spend.id)).toMatchObject({ status: 'POSTED', reversed: true });
    expect(await info(randomUUID())).toBeNull();
    // Not in the public graph; a member's token forwarded as the gateway does, or another service, cannot ask it directly.
    expect((await stack.queryText(INFO, { id: spend.id }, await tokenFor('admin'))).errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect((await stack.querySubgraph('committee', INFO, { id: spend.id }, alice)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.callAs('property', 'committee', INFO, { id: spend.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
