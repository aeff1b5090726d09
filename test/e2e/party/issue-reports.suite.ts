import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { ReportIssueInput } from '../../typed/graphql';
import { codeOf, countRows, createResident, Fixture, ok, orgFixture } from './party-helpers';

graphql(`
  fragment IssueReportsReportFields on IssueReport {
    id
    status
    path
    source
    reportedAt
    respondedAt
    respondedWithinPromise
    responseSeconds
    resolvedAt
    resolutionNote
    whistleDepartment
    satisfaction
    closedAt
    reopenCount
    reportedByMe
    entries {
      kind
      note
      by
    }
  }
`);

const ReportIssue = graphql(`
  mutation IssueReportsReportIssue($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      ...IssueReportsReportFields
      reporterResident {
        id
        name
      }
    }
  }
`);

const Respond = graphql(`
  mutation IssueReportsRespond($id: ID!) {
    respondToIssueReport(id: $id, note: "在路上") {
      ...IssueReportsReportFields
    }
  }
`);

const Resolve = graphql(`
  mutation IssueReportsResolve($id: ID!) {
    resolveIssueReport(id: $id, note: "已更换灯泡") {
      ...IssueReportsReportFields
    }
  }
`);

const Close = graphql(`
  mutation IssueReportsClose($id: ID!, $s: Int!) {
    closeIssueReport(id: $id, satisfaction: $s, comment: "谢谢") {
      ...IssueReportsReportFields
    }
  }
`);

const Reopen = graphql(`
  mutation IssueReportsReopen($id: ID!, $reason: String!) {
    reopenIssueReport(id: $id, reason: $reason) {
      ...IssueReportsReportFields
    }
  }
`);

const HandToProperty = graphql(`
  mutation IssueReportsHandToProperty($id: ID!) {
    handIssueReportToProperty(id: $id, note: "物业维修") {
      ...IssueReportsReportFields
    }
  }
`);

const AddFollowUp = graphql(`
  mutation IssueReportsAddFollowUp($id: ID!, $note: String!) {
    addIssueFollowUp(id: $id, note: $note) {
      id
    }
  }
`);

const BlowWhistle = graphql(`
  mutation IssueReportsBlowWhistle($id: ID!, $department: String!, $note: String) {
    blowWhistle(id: $id, department: $department, note: $note) {
      ...IssueReportsReportFields
    }
  }
`);

const Overdue = graphql(`
  query IssueReportsOverdue($c: ID!) {
    issueReports(compoundId: $c, overdue: true) {
      edges {
        node {
          id
          responseOverdue
        }
      }
    }
  }
`);

const ReportSource = graphql(`
  mutation IssueReportsReportSource($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      id
      source
    }
  }
`);

const RegisterRider = graphql(`
  mutation IssueReportsRegisterRider($c: ID!) {
    registerPartTimeGridWorker(input: { compoundId: $c, userId: "rider-1", name: "美团骑手小陈", occupation: DELIVERY_RIDER }) {
      id
      occupation
    }
  }
`);

const FirstPage = graphql(`
  query IssueReportsFirstPage($c: ID!) {
    issueReports(compoundId: $c, first: 3) {
      totalCount
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
`);

const PageAfter = graphql(`
  query IssueReportsPageAfter($c: ID!, $a: String) {
    issueReports(compoundId: $c, first: 100, after: $a) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const TotalCount = graphql(`
  query IssueReportsTotalCount($c: ID!) {
    issueReports(compoundId: $c) {
      totalCount
    }
  }
`);

const MyClosed = graphql(`
  query IssueReportsMyClosed {
    myIssueReports(first: 100, status: CLOSED) {
      totalCount
      edges {
        node {
          satisfaction
          reporterResident {
            name
          }
        }
      }
    }
  }
`);

const FirstReporter = graphql(`
  query IssueReportsFirstReporter($c: ID!) {
    issueReports(compoundId: $c, first: 1) {
      edges {
        node {
          reporterResident {
            id
            name
          }
        }
      }
    }
  }
`);

describe('party: issue reports and the 10-minute promise', () => {
  let stack: Stack;
  let f: Fixture;
  let residentId: string;
  let residentToken: string;
  let grid: string;
  let secretary: string;

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    residentId = await createResident(stack, f.compoundA, f.householdA, { name: '孙八' });
    residentToken = await tokenFor('resident', { compoundId: f.compoundA }, { residentId, sub: 'resident-sun' });
    grid = await tokenFor('grid_worker', { compoundId: f.compoundA }, { sub: 'grid-a' });
    secretary = await tokenFor('party_secretary', { compoundId: f.compoundA }, { sub: 'sec-a' });
  });
  afterAll(() => stack.stop());

  async function report(token = residentToken, extra: Partial<ReportIssueInput> = {}) {
    const input: ReportIssueInput = {
      compoundId: f.compoundA,
      buildingId: f.buildingA,
      category: 'FACILITY_REPAIR',
      description: '3楼楼道灯不亮',
      ...extra,
    };
    return ok(await stack.query(ReportIssue, { i: input }, token)).reportIssue;
  }
  const respond = (id: string, token = grid) => stack.query(Respond, { id }, token);
  const resolve = (id: string, token = grid) => stack.query(Resolve, { id }, token);
  const close = (id: string, satisfaction: number, token = residentToken) => stack.query(Close, { id, s: satisfaction }, token);

  it('keeps the promise when the first response comes at 600 s, and breaks it at 601 s', async () => {
    // Monday 10:00 in Shanghai: in the grid's duty hours, so the promise starts at the filing.
    stack.clock.set('2026-11-23T02:00:00.000Z');
    const onTime = await report();
    expect(onTime).toMatchObject({
      status: 'SUBMITTED',
      source: 'RESIDENT',
      reportedAt: '2026-11-23T02:00:00.000Z',
      respondedWithinPromise: null,
      reportedByMe: true,
    });
    expect(onTime.reporterResident).toEqual({ id: residentId, name: '孙八' });
    stack.clock.advance(600_000);
    const answered = ok(await respond(onTime.id)).respondToIssueReport;
    expect(answered).toMatchObject({
      status: 'RESPONDED',
      respondedAt: '2026-11-23T02:10:00.000Z',
      respondedWithinPromise: true,
      responseSeconds: 600,
    });

    const late = await report();
    const overdue = async () => ok(await stack.query(Overdue, { c: f.compoundA }, grid)).issueReports.edges.map((e) => e.node);
    stack.clock.advance(600_000);
    expect(await overdue()).toEqual([]);
    stack.clock.advance(1_000);
    expect(await overdue()).toEqual([{ id: late.id, responseOverdue: true }]);
    const lateAnswer = ok(await respond(late.id)).respondToIssueReport;
    expect(lateAnswer).toMatchObject({ respondedWithinPromise: false, responseSeconds: 601 });
    const stored = await stack.dataSources.party.query(
      `SELECT extract(epoch FROM responded_at - reported_at)::int AS s, responded_by FROM issue_report WHERE id = ANY($1) ORDER BY s`,
      [[onTime.id, late.id]],
    );
    expect(stored).toEqual([
      { s: 600, responded_by: 'grid-a' },
      { s: 601, responded_by: 'grid-a' },
    ]);
  });

  it('resolves in the community and closes out with the reporter’s confirmation and score', async () => {
    const r = await report();
    ok(await respond(r.id));
    stack.clock.advance(3_600_000);
    const resolved = ok(await resolve(r.id)).resolveIssueReport;
    expect(resolved).toMatchObject({ status: 'RESOLVED', path: 'COMMUNITY', resolutionNote: '已更换灯泡' });
    // A grid worker cannot close it out for the reporter.
    expect(codeOf(await close(r.id, 5, grid))).toBe('FORBIDDEN');
    for (const bad of [0, 6]) {
      const res = await close(r.id, bad);
      expect([codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'satisfaction']);
    }
    const [still] = await stack.dataSources.party.query(`SELECT status, satisfaction FROM issue_report WHERE id = $1`, [r.id]);
    expect(still).toEqual({ status: 'RESOLVED', satisfaction: null });
    const closed = ok(await close(r.id, 5)).closeIssueReport;
    expect(closed).toMatchObject({ status: 'CLOSED', satisfaction: 5 });
    expect(closed.entries.map((e) => e.kind)).toEqual(['REPORTED', 'RESPONDED', 'RESOLVED', 'CLOSED']);
    expect(codeOf(await close(r.id, 4))).toBe('CONFLICT');
    expect(codeOf(await stack.query(Reopen, { id: r.id, reason: '又坏了' }, residentToken))).toBe('CONFLICT');
  });

  it('hands a report to property, recording only the state', async () => {
    const r = await report(residentToken, { buildingId: null, area: 'underground-garage', category: 'PROPERTY_SERVICE' });
    ok(await respond(r.id));
    const handed = ok(await stack.query(HandToProperty, { id: r.id }, grid)).handIssueReportToProperty;
    expect(handed).toMatchObject({ status: 'HANDED_TO_PROPERTY', path: 'PROPERTY' });
    expect(codeOf(await resolve(r.id))).toBe('CONFLICT');
    expect(codeOf(await close(r.id, 5))).toBe('CONFLICT');
  });

  it('blows the whistle to a named department with follow-ups, and the reporter can reopen', async () => {
    const r = await report(residentToken, { category: 'SAFETY_HAZARD', description: '消防通道被占' });
    ok(await respond(r.id));
    expect(codeOf(await stack.query(AddFollowUp, { id: r.id, note: 'x' }, grid))).toBe('CONFLICT');
    expect(codeOf(await stack.query(BlowWhistle, { id: r.id, department: '  ' }, grid))).toBe('BAD_USER_INPUT');
    const blown = ok(await stack.query(BlowWhistle, { id: r.id, department: '街道城管科', note: '占道严重' }, secretary)).blowWhistle;
    expect(blown).toMatchObject({ status: 'ESCALATED', path: 'WHISTLE', whistleDepartment: '街道城管科' });
    ok(await stack.query(AddFollowUp, { id: r.id, note: '城管已到场' }, grid));
    ok(await stack.query(AddFollowUp, { id: r.id, note: '车辆已挪走' }, grid));
    const resolved = ok(await resolve(r.id)).resolveIssueReport;
    expect(resolved).toMatchObject({ status: 'RESOLVED', path: 'WHISTLE' });
    const reopened = ok(await stack.query(Reopen, { id: r.id, reason: '又被占了' }, residentToken)).reopenIssueReport;
    expect(reopened).toMatchObject({ status: 'REOPENED', path: null, resolvedAt: null, reopenCount: 1 });
    ok(await resolve(r.id));
    const closed = ok(await close(r.id, 3)).closeIssueReport;
    expect(closed.entries.map((e) => [e.kind, e.note])).toEqual([
      ['REPORTED', null],
      ['RESPONDED', '在路上'],
      ['WHISTLE_BLOWN', '占道严重'],
      ['FOLLOW_UP', '城管已到场'],
      ['FOLLOW_UP', '车辆已挪走'],
      ['RESOLVED', '已更换灯泡'],
      ['REOPENED', '又被占了'],
      ['RESOLVED', '已更换灯泡'],
      ['CLOSED', '谢谢'],
    ]);
    expect(closed).toMatchObject({ status: 'CLOSED', path: 'COMMUNITY', satisfaction: 3 });
  });

  it('refuses out-of-order and out-of-scope transitions, writing nothing', async () => {
    const r = await report();
    const entriesBefore = await countRows(stack, 'issue_report_entry', 'report_id = $1', [r.id]);
    expect(codeOf(await resolve(r.id))).toBe('CONFLICT');
    expect(codeOf(await respond(r.id, await tokenFor('grid_worker', { compoundId: f.compoundB })))).toBe('FORBIDDEN');
    // The first response is a grid worker's.
    expect(codeOf(await respond(r.id, secretary))).toBe('FORBIDDEN');
    expect(codeOf(await respond(r.id, residentToken))).toBe('FORBIDDEN');
    expect(await countRows(stack, 'issue_report_entry', 'report_id = $1', [r.id])).toBe(entriesBefore);
    ok(await respond(r.id));
    expect(codeOf(await respond(r.id))).toBe('CONFLICT');
    expect(codeOf(await respond('00000000-0000-4000-8000-00000000000a'))).toBe('NOT_FOUND');
  });

  it('takes reports from grid workers and registered part-time grid workers, and checks the location', async () => {
    const rider = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: 'rider-1' });
    const input: ReportIssueInput = { compoundId: f.compoundA, area: 'east-gate', category: 'ENVIRONMENT', description: '垃圾满溢' };
    const q = ReportSource;
    const before = await countRows(stack, 'issue_report');
    expect(codeOf(await stack.query(q, { i: input }, rider))).toBe('FORBIDDEN');
    const registered = ok(await stack.query(RegisterRider, { c: f.compoundA }, grid)).registerPartTimeGridWorker;
    expect(registered.occupation).toBe('DELIVERY_RIDER');
    expect(ok(await stack.query(q, { i: input }, rider)).reportIssue.source).toBe('PART_TIME_GRID_WORKER');
    expect(ok(await stack.query(q, { i: input }, grid)).reportIssue.source).toBe('GRID_WORKER');
    // Residents of another compound, a building of another compound, and no location at all are refused.
    expect(codeOf(await stack.query(q, { i: input }, await tokenFor('resident', { compoundId: f.compoundB })))).toBe('FORBIDDEN');
    const wrongBuilding = await stack.query(q, { i: { ...input, area: null, buildingId: f.buildingB } }, grid);
    expect([codeOf(wrongBuilding), wrongBuilding.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'buildingId']);
    expect(codeOf(await stack.query(q, { i: { ...input, area: '  ' } }, grid))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.query(q, { i: { ...input, description: '' } }, grid))).toBe('BAD_USER_INPUT');
    expect(await countRows(stack, 'issue_report')).toBe(before + 2);
  });

  it('lists reports for the grid and analysts, and a reporter’s own', async () => {
    const page = ok(await stack.query(FirstPage, { c: f.compoundA }, await tokenFor('analyst')));
    const total = page.issueReports.totalCount;
    expect(total).toBeGreaterThanOrEqual(8);
    const rest = ok(await stack.query(PageAfter, { c: f.compoundA, a: page.issueReports.pageInfo.endCursor }, grid));
    expect(rest.issueReports.edges).toHaveLength(total - 3);
    expect(codeOf(await stack.query(TotalCount, { c: f.compoundA }, await tokenFor('grid_worker', { compoundId: f.compoundB })))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await stack.query(TotalCount, { c: f.compoundA }, residentToken))).toBe('FORBIDDEN');
    const mine = ok(await stack.query(MyClosed, {}, residentToken)).myIssueReports;
    expect(mine.edges.map((e) => e.node.satisfaction)).toEqual([5, 3]);
    // An analyst reads reports but not the reporter's personal data.
    const analystView = ok(await stack.query(FirstReporter, { c: f.compoundA }, await tokenFor('analyst')));
    expect(analystView.issueReports.edges[0].node.reporterResident).toEqual({ id: residentId, name: null });
  });
});
