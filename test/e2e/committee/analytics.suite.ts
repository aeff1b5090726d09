import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { codeOf, ok } from './fixtures';

const FundFlows = graphql(`
  query CommitteeAnalyticsFundFlows($c: ID!, $from: String!, $to: String!) {
    fundFlowReport(compoundId: $c, fromMonth: $from, toMonth: $to) {
      period
      direction
      source
      entries
      total {
        fen
        yuan
      }
    }
  }
`);

const Turnout = graphql(`
  query CommitteeAnalyticsTurnout($c: ID!) {
    voteTurnoutReport(compoundId: $c) {
      title
      matter
      rollHeads
      participatingHeads
      participatingAreaCentiM2
      turnoutHeadsBasisPoints
      turnoutAreaBasisPoints
      forHeads
      valid
      passed
    }
  }
`);

const Outcomes = graphql(`
  query CommitteeAnalyticsOutcomes($c: ID) {
    voteOutcomesByMatter(compoundId: $c) {
      matter
      closedVotes
      validVotes
      passedVotes
      participatingHeads
      rollHeads
    }
  }
`);

describe("analysts' answers on fixtures with known results", () => {
  let stack: Stack;
  const C = randomUUID();
  const D = randomUUID();
  const committees = new Map<string, string>();

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.dataSources.committee;
    const audit = `'fixture', now(), 'fixture', now()`;
    for (const compound of [C, D]) {
      const committee = randomUUID();
      await db.query(
        `INSERT INTO owners_committee (id, compound_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'Fixture', ${audit})`,
        [committee, compound],
      );
      await db.query(
        `INSERT INTO fund_account (compound_id, committee_id, balance_fen, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 0, ${audit})`,
        [compound, committee],
      );
      committees.set(compound, committee);
    }
    const entry = async (
      compound: string,
      at: string,
      direction: string,
      source: string,
      amount: number,
      status = 'POSTED',
      extra: { settlement?: string; reverses?: string } = {},
    ) => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO fund_entry (id, compound_id, committee_id, direction, source, amount_fen, description, status, submitted_by, submitted_at, posted_at, balance_after_fen,
                                 settlement_id, period, reverses_entry_id, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'fixture', $7, 'fixture', $8, $9, $10, $11, $12, $13, ${audit})`,
        [
          id,
          compound,
          committees.get(compound),
          direction,
          source,
          amount,
          status,
          at,
          status === 'POSTED' ? at : null,
          status === 'POSTED' ? 0 : null,
          extra.settlement ?? null,
          extra.settlement ? '2026-09' : null,
          extra.reverses ?? null,
        ],
      );
      return id;
    };
    await entry(C, '2026-09-15T02:00:00Z', 'INCOME', 'CROWDFUNDING', 100000);
    await entry(C, '2026-09-30T15:59:59Z', 'INCOME', 'DONATION', 5000); // 23:59:59 on 30 Sept in Shanghai
    const late = await entry(C, '2026-09-30T16:00:00Z', 'INCOME', 'DONATION', 3000); // 00:00 on 1 Oct in Shanghai
    await entry(C, '2026-10-10T02:00:00Z', 'INCOME', 'SETTLEMENT_REBATE', 12345, 'POSTED', { settlement: randomUUID() });
    await entry(C, '2026-10-12T02:00:00Z', 'SPENDING', 'ACTIVITY', 20000);
    await entry(C, '2026-10-13T02:00:00Z', 'SPENDING', 'ACTIVITY', 999, 'PENDING_APPROVAL');
    await entry(C, '2026-10-20T02:00:00Z', 'SPENDING', 'REVERSAL', 3000, 'POSTED', { reverses: late });
    await entry(C, '2026-11-02T02:00:00Z', 'SPENDING', 'ACTIVITY', 1000);
    await entry(D, '2026-10-05T02:00:00Z', 'INCOME', 'DONATION', 777);

    const vote = async (compound: string, matter: string, f: number[]) => {
      const [rollHeads, rollArea, pHeads, pArea, forHeads, forArea, againstHeads, againstArea, valid, passed] = f;
      await db.query(
        `INSERT INTO joint_vote (id, compound_id, matter, title, status, opened_at, roll_area, roll_heads, closed_at, closed_by,
                                 for_area, for_heads, against_area, against_heads, abstain_area, abstain_heads, participating_area, participating_heads, valid, passed, explanation,
                                 created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, 'CLOSED', now(), $5, $6, now(), 'fixture', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'fixture', ${audit})`,
        [
          randomUUID(),
          compound,
          matter,
          `${matter} ${pHeads}/${rollHeads}`,
          rollArea,
          rollHeads,
          forArea,
          forHeads,
          againstArea,
          againstHeads,
          pArea - forArea - againstArea,
          pHeads - forHeads - againstHeads,
          pArea,
          pHeads,
          valid === 1,
          passed === 1,
        ],
      );
    };
    await vote(C, 'MEETING_RULES', [3, 30000, 2, 20000, 2, 20000, 0, 0, 1, 1]);
    await vote(C, 'CHANGE_USE_OF_COMMON_PARTS', [7, 70000, 5, 50000, 3, 37500, 2, 12500, 1, 0]);
    await vote(D, 'MEETING_RULES', [4, 40000, 1, 10000, 1, 10000, 0, 0, 0, 0]);
    await db.query(
      `INSERT INTO joint_vote (id, compound_id, matter, title, status, opened_at, roll_area, roll_heads, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, 'REBUILD', 'still open', 'OPEN', now(), 100, 1, ${audit})`,
      [randomUUID(), C],
    );
  });
  afterAll(() => stack.stop());

  it('sums posted fund money per Shanghai month, direction and source', async () => {
    const analyst = await tokenFor('analyst');
    const { fundFlowReport } = await ok(stack, FundFlows, { c: C, from: '2026-09', to: '2026-10' }, analyst);
    expect(fundFlowReport.map((r) => [r.period, r.direction, r.source, r.entries, r.total.fen])).toEqual([
      ['2026-09', 'INCOME', 'CROWDFUNDING', 1, '100000'],
      ['2026-09', 'INCOME', 'DONATION', 1, '5000'],
      ['2026-10', 'INCOME', 'DONATION', 1, '3000'],
      ['2026-10', 'INCOME', 'SETTLEMENT_REBATE', 1, '12345'],
      ['2026-10', 'SPENDING', 'ACTIVITY', 1, '20000'],
      ['2026-10', 'SPENDING', 'REVERSAL', 1, '3000'],
    ]);
    expect(fundFlowReport[3].total.yuan).toBe('123.45');
    const nov = await ok(stack, FundFlows, { c: C, from: '2026-11', to: '2026-11' }, analyst);
    expect(nov.fundFlowReport).toEqual([
      { period: '2026-11', direction: 'SPENDING', source: 'ACTIVITY', entries: 1, total: { fen: '1000', yuan: '10.00' } },
    ]);
  });

  it('gives turnout (basis points, floored) and results per closed vote, and outcomes per matter', async () => {
    const analyst = await tokenFor('analyst');
    const { voteTurnoutReport } = await ok(stack, Turnout, { c: C }, analyst);
    expect(voteTurnoutReport).toEqual([
      {
        title: 'MEETING_RULES 2/3',
        matter: 'MEETING_RULES',
        rollHeads: 3,
        participatingHeads: 2,
        participatingAreaCentiM2: 20000,
        turnoutHeadsBasisPoints: 6666,
        turnoutAreaBasisPoints: 6666,
        forHeads: 2,
        valid: true,
        passed: true,
      },
      {
        title: 'CHANGE_USE_OF_COMMON_PARTS 5/7',
        matter: 'CHANGE_USE_OF_COMMON_PARTS',
        rollHeads: 7,
        participatingHeads: 5,
        participatingAreaCentiM2: 50000,
        turnoutHeadsBasisPoints: 7142,
        turnoutAreaBasisPoints: 7142,
        forHeads: 3,
        valid: true,
        passed: false,
      },
    ]);
    const mine = await ok(stack, Outcomes, { c: C }, analyst);
    expect(mine.voteOutcomesByMatter).toEqual([
      { matter: 'CHANGE_USE_OF_COMMON_PARTS', closedVotes: 1, validVotes: 1, passedVotes: 0, participatingHeads: 5, rollHeads: 7 },
      { matter: 'MEETING_RULES', closedVotes: 1, validVotes: 1, passedVotes: 1, participatingHeads: 2, rollHeads: 3 },
    ]);
    const all = await ok(stack, Outcomes, { c: null }, analyst);
    expect(all.voteOutcomesByMatter.find((r) => r.matter === 'MEETING_RULES')).toEqual({
      matter: 'MEETING_RULES',
      closedVotes: 2,
      validVotes: 1,
      passedVotes: 1,
      participatingHeads: 3,
      rollHeads: 7,
    });
  });

  it('answers the compound’s committee for its own compound only, and nobody else', async () => {
    const committee = await tokenFor('committee_member', { compoundId: C });
    expect((await ok(stack, FundFlows, { c: C, from: '2026-11', to: '2026-11' }, committee)).fundFlowReport).toHaveLength(1);
    expect(await codeOf(stack, FundFlows, { c: D, from: '2026-11', to: '2026-11' }, committee)).toBe('FORBIDDEN');
    expect(await codeOf(stack, Outcomes, { c: null }, committee)).toBe('FORBIDDEN');
    expect(await codeOf(stack, Turnout, { c: C }, await tokenFor('owner', { compoundId: C }))).toBe('FORBIDDEN');
    const analyst = await tokenFor('analyst');
    expect(await codeOf(stack, FundFlows, { c: C, from: '2026-10', to: '2026-09' }, analyst)).toBe('BAD_USER_INPUT');
    expect(await codeOf(stack, FundFlows, { c: C, from: '2026-1', to: '2026-09' }, analyst)).toBe('BAD_USER_INPUT');
  });
});
