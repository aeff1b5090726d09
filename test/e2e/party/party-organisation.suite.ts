import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { PartyPosition, ReportInInput } from '../../typed/graphql';
import { codeOf, countRows, Fixture, ok, orgFixture } from './party-helpers';

const ReportIn = graphql(`
  mutation PartyOrganisationReportIn($i: ReportInInput!) {
    reportInAsPartyMember(input: $i) {
      id
      name
      membership
      homeOrganisation
      position
      reportedIn
      reportedInAt
    }
  }
`);

const CreateOrganisation = graphql(`
  mutation PartyOrganisationCreate($i: CreatePartyOrganisationInput!) {
    createPartyOrganisation(input: $i) {
      id
      kind
    }
  }
`);

const AppointOfficer = graphql(`
  mutation PartyOrganisationAppointOfficer($i: AppointPartyOfficerInput!) {
    appointPartyOfficer(input: $i) {
      name
      position
    }
  }
`);

const Officers = graphql(`
  query PartyOrganisationOfficers($c: ID!) {
    compound(id: $c) {
      partyOrganisation {
        name
        officers {
          name
          position
        }
      }
    }
  }
`);

const MyMemberships = graphql(`
  query PartyOrganisationMyMemberships {
    myPartyMemberships {
      reportedIn
      membership
      organisation {
        name
      }
    }
  }
`);

const Members = graphql(`
  query PartyOrganisationMembers($c: ID!) {
    compound(id: $c) {
      partyOrganisation {
        members(first: 100) {
          totalCount
          edges {
            node {
              name
              reportedIn
            }
          }
        }
      }
    }
  }
`);

const CreateTask = graphql(`
  mutation PartyOrganisationCreateTask($i: CreateGovernanceTaskInput!) {
    createGovernanceTask(input: $i) {
      id
      status
    }
  }
`);

const ClaimTask = graphql(`
  mutation PartyOrganisationClaimTask($id: ID!) {
    claimGovernanceTask(id: $id) {
      status
      claimedBy {
        name
      }
    }
  }
`);

const ReleaseTask = graphql(`
  mutation PartyOrganisationReleaseTask($id: ID!) {
    releaseGovernanceTask(id: $id) {
      id
    }
  }
`);

const CompleteTask = graphql(`
  mutation PartyOrganisationCompleteTask($id: ID!, $outcome: String!) {
    completeGovernanceTask(id: $id, outcome: $outcome) {
      status
      outcome
      completedAt
    }
  }
`);

const ClaimedTasks = graphql(`
  query PartyOrganisationClaimedTasks($c: ID!) {
    compound(id: $c) {
      governanceTasks(status: CLAIMED) {
        totalCount
        edges {
          node {
            title
          }
        }
      }
    }
  }
`);

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

  const reportIn = async (token: string, input: Omit<ReportInInput, 'compoundId'>) =>
    stack.query(ReportIn, { i: { compoundId: f.compoundA, ...input } }, token);

  it('sets up a comprehensive Party committee with secretary, group leaders and an instructor', async () => {
    const org = ok(
      await stack.query(
        CreateOrganisation,
        { i: { compoundId: f.compoundA, kind: 'COMPREHENSIVE_COMMITTEE', name: '晴岚家园综合党委' } },
        secretary,
      ),
    ).createPartyOrganisation;
    expect(org.kind).toBe('COMPREHENSIVE_COMMITTEE');
    expect(codeOf(await stack.query(CreateOrganisation, { i: { compoundId: f.compoundA, kind: 'BRANCH', name: 'x' } }, secretary))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await stack.query(CreateOrganisation, { i: { compoundId: f.compoundB, kind: 'BRANCH', name: 'x' } }, secretary))).toBe(
      'FORBIDDEN',
    );
    const appoint = (name: string, position: PartyPosition, userId?: string) =>
      stack.query(AppointOfficer, { i: { compoundId: f.compoundA, name, position, userId } }, secretary);
    ok(await appoint('刘书记', 'SECRETARY', 'sec-a'));
    ok(await appoint('陈组长', 'GROUP_LEADER'));
    ok(await appoint('周组长', 'GROUP_LEADER'));
    ok(await appoint('吴指导员', 'INSTRUCTOR'));
    expect(codeOf(await appoint('另一位书记', 'SECRETARY'))).toBe('CONFLICT');
    expect(codeOf(await appoint('', 'GROUP_LEADER'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await appoint('某人', 'MEMBER'))).toBe('BAD_USER_INPUT');
    const read = ok(await stack.query(Officers, { c: f.compoundA }, await tokenFor('resident', { compoundId: f.compoundA })));
    expect(read.compound.partyOrganisation?.officers.map((o) => `${o.position}:${o.name}`).sort()).toEqual(
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
    const reportInB = await stack.query(ReportIn, { i: { compoundId: f.compoundB, name: 'x', membership: 'LOCAL' } }, await member(1));
    expect(codeOf(reportInB)).toBe('NOT_FOUND'); // compound B has no Party organisation yet
    // The secretary, appointed with a user id, reports in too.
    const sec = ok(
      await reportIn(await tokenFor('party_member', {}, { sub: 'sec-a' }), { name: '刘书记', membership: 'LOCAL' }),
    ).reportInAsPartyMember;
    expect(sec.position).toBe('SECRETARY');
    const mine = ok(await stack.query(MyMemberships, {}, await member(2))).myPartyMemberships;
    expect(mine).toEqual([{ reportedIn: true, membership: 'ELSEWHERE', organisation: { name: '晴岚家园综合党委' } }]);
    const roll = ok(await stack.query(Members, { c: f.compoundA }, await tokenFor('analyst')));
    expect(roll.compound.partyOrganisation?.members.totalCount).toBe(6);
    expect(roll.compound.partyOrganisation!.members.edges.every((e) => e.node.name === null)).toBe(true);
  });

  it('lets one member at a time claim a task, and only that member release or complete it', async () => {
    const task = ok(
      await stack.query(CreateTask, { i: { compoundId: f.compoundA, title: '楼道杂物清理' } }, secretary),
    ).createGovernanceTask;
    expect(task.status).toBe('OPEN');
    expect(
      codeOf(
        await stack.query(
          CreateTask,
          { i: { compoundId: f.compoundA, title: 'x' } },
          await tokenFor('grid_worker', { compoundId: f.compoundB }),
        ),
      ),
    ).toBe('FORBIDDEN');
    const claim = (token: string) => stack.query(ClaimTask, { id: task.id }, token);
    // Not reported in: refused.
    expect(codeOf(await claim(await member(9)))).toBe('FORBIDDEN');
    const claimed = ok(await claim(await member(1))).claimGovernanceTask;
    expect(claimed).toEqual({ status: 'CLAIMED', claimedBy: { name: '党员一' } });
    expect(codeOf(await claim(await member(2)))).toBe('CONFLICT');
    expect(codeOf(await stack.query(ReleaseTask, { id: task.id }, await member(2)))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(CompleteTask, { id: task.id, outcome: 'done' }, await member(2)))).toBe('FORBIDDEN');
    ok(await stack.query(ReleaseTask, { id: task.id }, await member(1)));
    ok(await claim(await member(2)));
    expect(codeOf(await stack.query(CompleteTask, { id: task.id, outcome: ' ' }, await member(2)))).toBe('BAD_USER_INPUT');
    const done = ok(await stack.query(CompleteTask, { id: task.id, outcome: '已清理' }, await member(2))).completeGovernanceTask;
    expect(done.status).toBe('DONE');
    expect(codeOf(await stack.query(ReleaseTask, { id: task.id }, await member(2)))).toBe('CONFLICT');
    expect(codeOf(await claim(await member(1)))).toBe('CONFLICT');
  });

  it('gives a task to exactly one of 20 members claiming at once', async () => {
    const tokens: string[] = [];
    for (let n = 100; n < 120; n++) {
      const t = await member(n);
      ok(await reportIn(t, { name: `党员${n}`, membership: 'LOCAL' }));
      tokens.push(t);
    }
    const task = ok(await stack.query(CreateTask, { i: { compoundId: f.compoundA, title: '文明劝导' } }, secretary)).createGovernanceTask;
    const results = await Promise.all(tokens.map((t) => stack.query(ClaimTask, { id: task.id }, t)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(19);
    expect(
      await countRows(stack, 'governance_task', `id = $1 AND status = 'CLAIMED' AND claimed_by_member_id IS NOT NULL`, [task.id]),
    ).toBe(1);
    const list = ok(await stack.query(ClaimedTasks, { c: f.compoundA }, secretary));
    expect(list.compound.governanceTasks?.edges.map((e) => e.node.title)).toEqual(['文明劝导']);
  });
});
