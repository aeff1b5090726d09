/**
 * The promise kept live, end to end, as it runs: a resident files a report through the
 * gateway; party's own transaction writes the report and its event; party's relay hands
 * the event to notify; notify records it and its LISTEN connection pushes it on the
 * streams (`GET /events` through the gateway) of exactly the people it is addressed to.
 * Party's escalation worker and property's SLA watch run as `npm start` runs them, on the
 * test's clock. Nothing here calls notify directly but the sentinel (see `settle`).
 *
 * The demo data gives the places and people: Kuiguangta (whose station Kuiguangta
 * Property covers, so its staff take the after-hours intake) and Xiangtan Dongli; the
 * property desk persona is a duty manager of Kuiguangta Property.
 */
import { randomUUID } from 'node:crypto';
import { demoBuildingId, demoCompanyId, demoCompound, demoHouseholdId } from '../../shared/demo/manifest';
import { DEMO_PERSONAS } from '../../shared/demo/personas';
import { eventually } from '../support/eventually';
import { ok } from '../support/post-graphql';
import { openSse, type SseStream } from '../support/sse-reader';
import { startStack, type Stack } from '../support/stack';
import { tokenFor, tokenWith } from '../support/tokens';
import { graphql } from '../typed';
import { createResident } from './party/party-helpers';

const File = graphql(`
  mutation NotifyChainFile($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      id
      promiseStartedAt
    }
  }
`);

const Respond = graphql(`
  mutation NotifyChainRespond($id: ID!) {
    respondToIssueReport(id: $id) {
      id
      escalationLevel
      status
    }
  }
`);

const HandToProperty = graphql(`
  mutation NotifyChainHandToProperty($id: ID!) {
    handIssueReportToProperty(id: $id) {
      id
    }
  }
`);

const Handover = graphql(`
  query NotifyChainHandover($id: ID!) {
    issueReport(id: $id) {
      propertyHandover {
        status
        workOrderId
      }
    }
  }
`);

const RECORD = `mutation Record($input: NotifyEventInput!) { recordNotifyEvent(input: $input) { eventId sequence } }`;

/** Monday 23 November 2026, 10:00 in Shanghai: the grid is on duty. */
const MONDAY_10 = Date.parse('2026-11-23T02:00:00.000Z');
const kuiguangta = demoCompound('kuiguangta').id;
const xiangtan = demoCompound('xiangtan-dongli').id;

describe('notify: reports, escalations and SLA breaches reach exactly the right streams, live', () => {
  let stack: Stack;
  let communityId: string;
  /** Two residents of Kuiguangta (the demo has none there): the reporter and a neighbour. */
  let reporterId: string;
  let neighbourId: string;
  const streams: Record<string, SseStream> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    process.env.RELAY_POLL_MS = '50';
    process.env.ESCALATION_POLL_MS = '100';
    process.env.SLA_WATCH_POLL_MS = '100';
    stack = await startStack({ seedDemo: true, workers: ['party', 'property', 'notify'] });
    delete process.env.RELAY_POLL_MS;
    delete process.env.ESCALATION_POLL_MS;
    delete process.env.SLA_WATCH_POLL_MS;
    [{ community_id: communityId }] = await stack.dataSources.party.query(`SELECT community_id FROM compound WHERE id = $1`, [kuiguangta]);
    reporterId = await createResident(stack, kuiguangta, demoHouseholdId('kuiguangta', 1), { name: '孙八', phone: '13900001111' });
    neighbourId = await createResident(stack, kuiguangta, demoHouseholdId('kuiguangta', 2), { name: '周九', phone: '13900002222' });
    const desk = DEMO_PERSONAS['property-desk'];
    tokens.gridK = await tokenFor('grid_worker', { compoundId: kuiguangta }, { sub: 'chain-grid-k' });
    tokens.gridX = await tokenFor('grid_worker', { compoundId: xiangtan }, { sub: 'chain-grid-x' });
    tokens.desk = await tokenWith(desk.grants, { sub: 'persona:property-desk' });
    tokens.secretaryK = await tokenFor('party_secretary', { compoundId: kuiguangta }, { sub: 'chain-sec-k' });
    tokens.communitySecretary = await tokenFor('party_secretary', { communityId }, { sub: 'chain-sec-community' });
    tokens.resident = await tokenFor('resident', { compoundId: kuiguangta }, { residentId: reporterId, sub: 'chain-reporter' });
    tokens.neighbour = await tokenFor('resident', { compoundId: kuiguangta }, { residentId: neighbourId, sub: 'chain-neighbour' });
    tokens.analyst = await tokenFor('analyst', {}, { sub: 'chain-analyst' });
    const eventsUrl = stack.gatewayUrl.replace(/\/graphql$/, '/events');
    for (const [who, token] of Object.entries(tokens)) {
      streams[who] = await openSse(eventsUrl, { authorization: `Bearer ${token}` });
      expect(streams[who].status).toBe(200);
    }
  });
  afterAll(async () => {
    for (const stream of Object.values(streams)) stream.close();
    await stack.stop();
  });

  /** Every audience a stream above belongs to: the sentinel is addressed to all of them. */
  const everyone = () => [
    { kind: 'GRID_WORKERS', scopeId: kuiguangta },
    { kind: 'GRID_WORKERS', scopeId: xiangtan },
    { kind: 'PARTY_SECRETARY', scopeId: kuiguangta },
    { kind: 'COMMUNITY_PARTY_SECRETARIES', scopeId: communityId },
    { kind: 'DUTY_MANAGERS', scopeId: demoCompanyId('kuiguangta-property') },
    { kind: 'RESIDENT', scopeId: reporterId },
    { kind: 'RESIDENT', scopeId: neighbourId },
  ];

  /**
   * Waits until every stream has a sentinel recorded after the events under test: notify
   * pushes in sequence order, so by then anything addressed to a stream has reached it,
   * and what a stream lacks it was never going to get.
   */
  async function settle(): Promise<void> {
    const recordId = randomUUID();
    const recorded = await stack.callAs('party', 'notify', RECORD, {
      input: {
        eventId: randomUUID(),
        kind: 'REPORT_FILED',
        recordType: 'IssueReport',
        recordId,
        compoundId: kuiguangta,
        audience: everyone(),
        personal: false,
        textZh: '哨兵',
        textEn: 'sentinel',
        occurredAt: new Date(stack.clock.now()).toISOString(),
      },
    });
    expect(recorded.errors).toBeUndefined();
    await Promise.all(Object.values(streams).map((s) => s.waitForRecord(recordId)));
  }

  /** Which streams got an event of `kind` about `recordId`, and what it said. */
  function reached(recordId: string, kind: string): string[] {
    return Object.entries(streams)
      .filter(([, s]) => s.notifications().some((n) => n.recordId === recordId && n.kind === kind))
      .map(([who]) => who)
      .sort();
  }

  const file = async (at: number, building = 3) => {
    stack.clock.set(new Date(at));
    return ok(
      await stack.query(
        File,
        {
          i: {
            compoundId: kuiguangta,
            buildingId: demoBuildingId('kuiguangta', building),
            category: 'FACILITY_REPAIR',
            description: '楼道灯不亮',
          },
        },
        tokens.resident,
      ),
    ).reportIssue;
  };

  it('pushes a report filed in duty hours to the compound grid workers (and the analysts), and to no one else', async () => {
    const report = await file(MONDAY_10);
    await streams.gridK.waitForRecord(report.id);
    await settle();
    expect(reached(report.id, 'REPORT_FILED')).toEqual(['analyst', 'gridK']);
    const pushed = streams.gridK.notifications().find((n) => n.recordId === report.id)!;
    expect(pushed).toMatchObject({ kind: 'REPORT_FILED', recordType: 'IssueReport', compoundId: kuiguangta, level: null });
    expect(String(pushed.textEn)).toMatch(/^New report in .+: facility repair$/);
  });

  it('escalates an unanswered report to the compound Party secretary at 601 s; the late response reaches the resident and stops level 2', async () => {
    const report = await file(MONDAY_10 + 60_000);
    await streams.gridK.waitForRecord(report.id);
    stack.clock.set(new Date(MONDAY_10 + 60_000 + 601_000));
    await streams.secretaryK.waitForRecord(report.id);
    const responded = ok(await stack.query(Respond, { id: report.id }, tokens.gridK)).respondToIssueReport;
    expect(responded).toEqual({ id: report.id, escalationLevel: 1, status: 'RESPONDED' });
    await streams.resident.waitForRecord(report.id);
    // Past the second deadline: the response came before it, so nothing more.
    stack.clock.set(new Date(MONDAY_10 + 60_000 + 1_900_000));
    await new Promise((r) => setTimeout(r, 500));
    await settle();
    expect(reached(report.id, 'REPORT_ESCALATED')).toEqual(['analyst', 'secretaryK']);
    expect(streams.secretaryK.notifications().filter((n) => n.recordId === report.id)).toEqual([
      expect.objectContaining({ kind: 'REPORT_ESCALATED', level: 1 }),
    ]);
    // The resident's own progress is personal: the analyst does not get it.
    expect(reached(report.id, 'REPORT_RESPONDED')).toEqual(['resident']);
  });

  it("escalates a report still unanswered at 1801 s to the community's Party secretaries", async () => {
    const report = await file(MONDAY_10 + 2 * 3_600_000);
    await streams.gridK.waitForRecord(report.id);
    stack.clock.set(new Date(MONDAY_10 + 2 * 3_600_000 + 1_801_000));
    await streams.communitySecretary.waitForRecord(report.id);
    await settle();
    expect(reached(report.id, 'REPORT_ESCALATED')).toEqual(['analyst', 'communitySecretary', 'secretaryK']);
    expect(streams.communitySecretary.notifications().filter((n) => n.recordId === report.id)).toEqual([
      expect.objectContaining({ kind: 'REPORT_ESCALATED', level: 2 }),
    ]);
  });

  it("pushes a report filed after hours to the property staff on duty at the compound's station, not to the grid", async () => {
    // Monday 21:00 in Shanghai: the grid is off duty; the promise starts at 08:30 on Tuesday.
    const report = await file(MONDAY_10 + 11 * 3_600_000);
    expect(report.promiseStartedAt).toBe('2026-11-24T00:30:00.000Z');
    await streams.desk.waitForRecord(report.id);
    await settle();
    expect(reached(report.id, 'REPORT_FILED')).toEqual(['analyst', 'desk']);
  });

  it("tells the company's duty managers and the compound grid workers, once, of a work order still open at its SLA deadline", async () => {
    const report = await file(MONDAY_10 + 24 * 3_600_000);
    ok(await stack.query(Respond, { id: report.id }, tokens.gridK));
    ok(await stack.query(HandToProperty, { id: report.id }, tokens.gridK));
    let workOrderId: string | null | undefined;
    await eventually('the work order opened from the report', async () => {
      workOrderId = ok(await stack.query(Handover, { id: report.id }, tokens.gridK)).issueReport?.propertyHandover?.workOrderId;
      return !!workOrderId;
    });
    const [{ sla_deadline: deadline }] = await stack.dataSources.property.query(`SELECT sla_deadline FROM work_order WHERE id = $1`, [
      workOrderId,
    ]);
    stack.clock.set(new Date(new Date(deadline).getTime() + 1_000));
    await streams.desk.waitForRecord(workOrderId!);
    await settle();
    expect(reached(workOrderId!, 'WORK_ORDER_SLA_BREACHED')).toEqual(['analyst', 'desk', 'gridK']);
    expect(streams.desk.notifications().filter((n) => n.recordId === workOrderId)).toHaveLength(1);
    // The resident heard of the hand-over to property.
    expect(reached(report.id, 'REPORT_HANDED_TO_PROPERTY')).toEqual(['resident']);
  });
});
