import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { codeOf, countRows, Fixture, ok, orgFixture } from './party-helpers';

describe('party: Party organisation, report-in and governance tasks', () => {
  let stack: Stack;
  let f: Fixture;
  let secretary: string;
  const member = (n: number) => tokenFor('party_member', {}, { sub: `member-${n}` });

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    secretary = await tokenFor('party_secretary', { compoundId: f.compoundA }, { sub: 'sec-a' });
  });
  afterAll(() => stack.stop());

  const reportIn = async (token: string, input: Record<string, unknown>) =>
    stack.query(
      `mutation($i: ReportInInput!) { reportInAsPartyMember(input: $i) { id name membership homeOrganisation position reportedIn reportedInAt } }`,
      { i: { compoundId: f.compoundA, ...input } },
      token,
    );

  it('sets up a comprehensive Party committee with secretary, group leaders and an instructor', async () => {
    const org = ok(
      await stack.query(
        `mutation($c: ID!) { createPartyOrganisation(input: { compoundId: $c, kind: COMPREHENSIVE_COMMITTEE, name: "晴岚家园综合党委" }) { id kind } }`,
        { c: f.compoundA },
        secretary,
      ),
    ).createPartyOrganisation;
    expect(org.kind).toBe('COMPREHENSIVE_COMMITTEE');
    expect(
      codeOf(
        await stack.query(
          `mutation($c: ID!) { createPartyOrganisation(input: { compoundId: $c, kind: BRANCH, name: "x" }) { id } }`,
          { c: f.compoundA },
          secretary,
        ),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await stack.query(
          `mutation($c: ID!) { createPartyOrganisation(input: { compoundId: $c, kind: BRANCH, name: "x" }) { id } }`,
          { c: f.compoundB },
          secretary,
        ),
      ),
    ).toBe('FORBIDDEN');
    const appoint = (name: string, position: string, userId?: string) =>
      stack.query(
        `mutation($i: AppointPartyOfficerInput!) { appointPartyOfficer(input: $i) { name position } }`,
        { i: { compoundId: f.compoundA, name, position, userId } },
        secretary,
      );
    ok(await appoint('刘书记', 'SECRETARY', 'sec-a'));
    ok(await appoint('陈组长', 'GROUP_LEADER'));
    ok(await appoint('周组长', 'GROUP_LEADER'));
    ok(await appoint('吴指导员', 'INSTRUCTOR'));
    expect(codeOf(await appoint('另一位书记', 'SECRETARY'))).toBe('CONFLICT');
    expect(codeOf(await appoint('', 'GROUP_LEADER'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await appoint('某人', 'MEMBER'))).toBe('BAD_USER_INPUT');
    const read = ok(
      await stack.query(
        `query($c: ID!) { compound(id: $c) { partyOrganisation { name officers { name position } } } }`,
        { c: f.compoundA },
        await tokenFor('resident', { compoundId: f.compoundA }),
      ),
    );
    expect(read.compound.partyOrganisation.officers.map((o: any) => `${o.position}:${o.name}`).sort()).toEqual(
      ['GROUP_LEADER:周组长', 'GROUP_LEADER:陈组长', 'INSTRUCTOR:吴指导员', 'SECRETARY:刘书记'].sort(),
    );
  });

  it('lets members report in whether their membership is held here or elsewhere, once', async () => {
    stack.clock.set('2026-11-22T03:00:00Z');
    const local = ok(await reportIn(await member(1), { name: '党员一', membership: 'LOCAL' })).reportInAsPartyMember;
    expect(local).toMatchObject({
      membership: 'LOCAL',
      homeOrganisation: null,
      position: 'MEMBER',
      reportedIn: true,
      reportedInAt: '2026-11-22T03:00:00.000Z',
    });
    const away = ok(
      await reportIn(await member(2), { name: '党员二', membership: 'ELSEWHERE', homeOrganisation: '区税务局机关党支部' }),
    ).reportInAsPartyMember;
    expect(away.homeOrganisation).toBe('区税务局机关党支部');
    expect(codeOf(await reportIn(await member(3), { name: '党员三', membership: 'ELSEWHERE' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await reportIn(await member(1), { name: '党员一', membership: 'LOCAL' }))).toBe('CONFLICT');
    expect(codeOf(await reportIn(await tokenFor('resident', { compoundId: f.compoundA }), { name: '非党员', membership: 'LOCAL' }))).toBe(
      'FORBIDDEN',
    );
    const reportInB = await stack.query(
      `mutation { reportInAsPartyMember(input: { compoundId: "${f.compoundB}", name: "x", membership: LOCAL }) { id } }`,
      {},
      await member(1),
    );
    expect(codeOf(reportInB)).toBe('NOT_FOUND'); // compound B has no Party organisation yet
    // The secretary, appointed with a user id, reports in too.
    const sec = ok(
      await reportIn(await tokenFor('party_member', {}, { sub: 'sec-a' }), { name: '刘书记', membership: 'LOCAL' }),
    ).reportInAsPartyMember;
    expect(sec.position).toBe('SECRETARY');
    const mine = ok(
      await stack.query(`{ myPartyMemberships { reportedIn membership organisation { name } } }`, {}, await member(2)),
    ).myPartyMemberships;
    expect(mine).toEqual([{ reportedIn: true, membership: 'ELSEWHERE', organisation: { name: '晴岚家园综合党委' } }]);
    const roll = ok(
      await stack.query(
        `query($c: ID!) { compound(id: $c) { partyOrganisation { members(first: 100) { totalCount edges { node { name reportedIn } } } } } }`,
        { c: f.compoundA },
        await tokenFor('analyst'),
      ),
    );
    expect(roll.compound.partyOrganisation.members.totalCount).toBe(6);
    expect(roll.compound.partyOrganisation.members.edges.every((e: any) => e.node.name === null)).toBe(true);
  });

  it('lets one member at a time claim a task, and only that member release or complete it', async () => {
    const task = ok(
      await stack.query(
        `mutation($c: ID!) { createGovernanceTask(input: { compoundId: $c, title: "楼道杂物清理" }) { id status } }`,
        { c: f.compoundA },
        secretary,
      ),
    ).createGovernanceTask;
    expect(task.status).toBe('OPEN');
    expect(
      codeOf(
        await stack.query(
          `mutation($c: ID!) { createGovernanceTask(input: { compoundId: $c, title: "x" }) { id } }`,
          { c: f.compoundA },
          await tokenFor('grid_worker', { compoundId: f.compoundB }),
        ),
      ),
    ).toBe('FORBIDDEN');
    const claim = (token: string) =>
      stack.query(`mutation($id: ID!) { claimGovernanceTask(id: $id) { status claimedBy { name } } }`, { id: task.id }, token);
    // Not reported in: refused.
    expect(codeOf(await claim(await member(9)))).toBe('FORBIDDEN');
    const claimed = ok(await claim(await member(1))).claimGovernanceTask;
    expect(claimed).toEqual({ status: 'CLAIMED', claimedBy: { name: '党员一' } });
    expect(codeOf(await claim(await member(2)))).toBe('CONFLICT');
    expect(
      codeOf(await stack.query(`mutation($id: ID!) { releaseGovernanceTask(id: $id) { id } }`, { id: task.id }, await member(2))),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await stack.query(
          `mutation($id: ID!) { completeGovernanceTask(id: $id, outcome: "done") { id } }`,
          { id: task.id },
          await member(2),
        ),
      ),
    ).toBe('FORBIDDEN');
    ok(await stack.query(`mutation($id: ID!) { releaseGovernanceTask(id: $id) { id } }`, { id: task.id }, await member(1)));
    ok(await claim(await member(2)));
    expect(
      codeOf(
        await stack.query(`mutation($id: ID!) { completeGovernanceTask(id: $id, outcome: " ") { id } }`, { id: task.id }, await member(2)),
      ),
    ).toBe('BAD_USER_INPUT');
    const done = ok(
      await stack.query(
        `mutation($id: ID!) { completeGovernanceTask(id: $id, outcome: "已清理") { status outcome completedAt } }`,
        { id: task.id },
        await member(2),
      ),
    ).completeGovernanceTask;
    expect(done.status).toBe('DONE');
    expect(
      codeOf(await stack.query(`mutation($id: ID!) { releaseGovernanceTask(id: $id) { id } }`, { id: task.id }, await member(2))),
    ).toBe('CONFLICT');
    expect(codeOf(await claim(await member(1)))).toBe('CONFLICT');
  });

  it('gives a task to exactly one of 20 members claiming at once', async () => {
    const tokens: string[] = [];
    for (let n = 100; n < 120; n++) {
      const t = await member(n);
      ok(await reportIn(t, { name: `党员${n}`, membership: 'LOCAL' }));
      tokens.push(t);
    }
    const task = ok(
      await stack.query(
        `mutation($c: ID!) { createGovernanceTask(input: { compoundId: $c, title: "文明劝导" }) { id } }`,
        { c: f.compoundA },
        secretary,
      ),
    ).createGovernanceTask;
    const results = await Promise.all(
      tokens.map((t) => stack.query(`mutation($id: ID!) { claimGovernanceTask(id: $id) { status } }`, { id: task.id }, t)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(19);
    expect(
      await countRows(stack, 'governance_task', `id = $1 AND status = 'CLAIMED' AND claimed_by_member_id IS NOT NULL`, [task.id]),
    ).toBe(1);
    const list = ok(
      await stack.query(
        `query($c: ID!) { compound(id: $c) { governanceTasks(status: CLAIMED) { totalCount edges { node { title } } } } }`,
        { c: f.compoundA },
        secretary,
      ),
    );
    expect(list.compound.governanceTasks.edges.map((e: any) => e.node.title)).toEqual(['文明劝导']);
  });
});
