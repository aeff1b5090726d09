import { demoId } from '../../../shared/demo/ids';
import { demoBuildingId, demoCompanyId, demoCompound, demoHouseholdId } from '../../../shared/demo/manifest';
import type { OutboxRelay } from '../../../shared/handover/relay';
import { partySubgraph } from '../../../subgraphs/party/subgraph';
import { propertySubgraph } from '../../../subgraphs/property/subgraph';
import { ok } from '../../support/post-graphql';
import type { GraphQLResult } from '../../support/stack';
import { codeOf, startStack, Stack } from '../../support/stack';
import { gatewayHeaders, tokenFor, tokenWith } from '../../support/tokens';
import { graphql } from '../../typed';
import type { RecordAfterHoursIntakeInput, ReportIssueInput } from '../../typed/graphql';
import {
  AcceptWorkOrder,
  AddStaffMember,
  CancelWorkOrder,
  DispatchWorkOrder,
  ReopenWorkOrder,
  ReportIssue,
  ResolveWorkOrder,
  RespondToReport,
  StartWorkOrder,
} from './documents';

/**
 * The three party ↔ property hand-overs through the gateway, with real roles and both
 * relays driven explicitly (runOnce): report → work order, the order's outcome → report,
 * and after-hours intake → report for the grid.
 */
const HandOver = graphql(`
  mutation PropertyHandoversHandOver($id: ID!) {
    handIssueReportToProperty(id: $id, note: "物业负责") {
      ...PropertyHandoversReportFields
    }
  }
`);
const Report = graphql(`
  query PropertyHandoversReport($id: ID!) {
    issueReport(id: $id) {
      ...PropertyHandoversReportFields
    }
  }
`);
const ReportWithOrders = graphql(`
  query PropertyHandoversReportWithOrders($id: ID!) {
    issueReport(id: $id) {
      ...PropertyHandoversReportFields
      workOrders {
        ...PropertyHandoversWorkOrderFields
      }
    }
  }
`);
const ReportWithProgress = graphql(`
  query PropertyHandoversReportWithProgress($id: ID!) {
    issueReport(id: $id) {
      ...PropertyHandoversReportFields
      workOrders {
        status
        assignee {
          name
        }
        history {
          action
        }
      }
    }
  }
`);
const CreateResident = graphql(`
  mutation PropertyHandoversCreateResident($i: CreateResidentInput!) {
    createResident(input: $i) {
      id
    }
  }
`);
const CloseReport = graphql(`
  mutation PropertyHandoversCloseReport($id: ID!) {
    closeIssueReport(id: $id, satisfaction: 5, comment: "修好了") {
      status
      satisfaction
      closedAt
    }
  }
`);
const ReportAccess = graphql(`
  query PropertyHandoversReportAccess($id: ID!) {
    issueReport(id: $id) {
      id
      reporterResident {
        id
        name
        phone
      }
      workOrders {
        id
        status
        areaKey
        priority
        company {
          id
        }
        history {
          action
          actor
        }
      }
    }
  }
`);
const WorkOrderId = graphql(`
  query PropertyHandoversWorkOrder($id: ID!) {
    workOrder(id: $id) {
      id
    }
  }
`);
const CompoundOrderIds = graphql(`
  query PropertyHandoversCompoundOrders($c: ID!) {
    workOrders(compoundId: $c, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const ResolveReport = graphql(`
  mutation PropertyHandoversResolveReport($id: ID!) {
    resolveIssueReport(id: $id, note: "已联系自来水公司") {
      status
      path
    }
  }
`);
const RecordIntake = graphql(`
  mutation PropertyHandoversRecordIntake($input: RecordAfterHoursIntakeInput!) {
    recordAfterHoursIntake(input: $input) {
      id
      gridHandback
      gridReportId
    }
  }
`);
const Intake = graphql(`
  query PropertyHandoversIntake($id: ID!) {
    afterHoursIntake(id: $id) {
      gridHandback
      gridHandbackError
      gridReportId
    }
  }
`);
const SubmittedReports = graphql(`
  query PropertyHandoversSubmittedReports($c: ID!) {
    issueReports(compoundId: $c, status: SUBMITTED, first: 100) {
      edges {
        node {
          id
          source
          sourceIntakeId
          area
          description
          reportedAt
        }
      }
    }
  }
`);
const ReportsWithRepairs = graphql(`
  query PropertyHandoversReportsWithRepairs($c: ID!, $first: Int!) {
    issueReports(compoundId: $c, first: $first) {
      edges {
        node {
          id
          propertyHandover {
            status
            workOrderId
          }
          workOrders {
            id
            status
            company {
              id
              name
            }
            history {
              action
              actor
            }
          }
        }
      }
    }
  }
`);
/** Internal mutations (services only, not in the gateway's API schema): sent straight to the subgraph, typed by hand. */
const OPEN_WORK_ORDER = `mutation($input: OpenWorkOrderFromReportInput!) { openWorkOrderFromReport(input: $input) { id } }`;
type OpenedWorkOrder = { openWorkOrderFromReport: { id: string } };
const OPEN_REPORT = `mutation($input: OpenReportFromIntakeInput!) { openReportFromIntake(input: $input) { id status } }`;
type OpenedReport = { openReportFromIntake: { id: string; status: string } };

describe('party ↔ property hand-overs through the gateway', () => {
  let stack: Stack;
  let partyRelay: OutboxRelay;
  let propertyRelay: OutboxRelay;
  const liulang = demoCompound('liulang-dongyuan');
  const dongli = demoCompound('xiangtan-dongli');
  const station = demoId('station', 'liulang-dongyuan');
  const t: Record<string, string> = {};
  let residentId: string;
  let hubinWorker: string;

  const partyCount = async (sql: string, params: unknown[] = []) =>
    Number((await stack.dataSources.party.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);
  const propertyCount = async (sql: string, params: unknown[] = []) =>
    Number((await stack.dataSources.property.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);

  async function report(input: Partial<ReportIssueInput>, token = t.resident) {
    const i: ReportIssueInput = {
      compoundId: liulang.id,
      category: 'FACILITY_REPAIR',
      description: '3号楼楼道灯不亮 Stairway light out in building 3',
      ...input,
    };
    return ok(await stack.query(ReportIssue, { i }, token)).reportIssue.id;
  }
  const respond = (id: string, token = t.grid) => stack.query(RespondToReport, { id }, token);
  const handOver = (id: string, token = t.grid) => stack.query(HandOver, { id }, token);
  const getReport = async (id: string, token = t.grid) => ok(await stack.query(Report, { id }, token)).issueReport;

  /**
   * Runs party's relay until nothing is due and answers how many report hand-overs it
   * handled (delivery attempts): the same relay carries party's events to notify
   * (shared/notify), which these counts leave out.
   */
  async function relayReports(): Promise<number> {
    const attempts = async () =>
      Number(
        (
          await stack.dataSources.party.query(
            `SELECT coalesce(sum(attempts), 0)::int AS n FROM handover_outbox WHERE topic = 'report.to-property'`,
          )
        )[0].n,
      );
    const before = await attempts();
    while ((await partyRelay.runOnce()) > 0);
    return (await attempts()) - before;
  }

  /** Reported by the resident, answered by the grid, handed to property, delivered. */
  async function deliveredReport(input: Partial<ReportIssueInput>) {
    const id = await report(input);
    ok(await respond(id));
    ok(await handOver(id));
    expect(await relayReports()).toBe(1);
    const r = await getReport(id);
    expect(r.propertyHandover?.status).toBe('DELIVERED');
    return { id, workOrderId: r.workOrderId! };
  }

  /**
   * Property's relay over the party hand-overs this file is about: the events it also
   * carries to notify (a resident told of their order's progress) are another file's
   * business (notify-events.suite.ts), so they are dropped first.
   */
  async function relayProperty(): Promise<number> {
    await stack.dataSources.property.query(`DELETE FROM handover_outbox WHERE topic = 'notify.event'`);
    return propertyRelay.runOnce();
  }

  async function workThrough(workOrderId: string, token: string) {
    ok(await stack.query(AcceptWorkOrder, { id: workOrderId }, token));
    ok(await stack.query(DispatchWorkOrder, { id: workOrderId, assigneeId: hubinWorker }, token));
    ok(await stack.query(StartWorkOrder, { id: workOrderId }, token));
    ok(await stack.query(ResolveWorkOrder, { id: workOrderId, note: '换了灯泡' }, token));
  }

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    stack.clock.set('2026-11-23T03:00:00Z');
    partyRelay = partySubgraph.workers!(stack.dataSources.party, stack.clock)[0] as OutboxRelay;
    propertyRelay = propertySubgraph.workers!(stack.dataSources.property, stack.clock)[0] as OutboxRelay;
    t.grid = await tokenFor('grid_worker', { compoundId: liulang.id }, { sub: 'grid:liulang' });
    t.dongliGrid = await tokenFor('grid_worker', { compoundId: dongli.id }, { sub: 'grid:dongli' });
    t.analyst = await tokenFor('analyst');
    t.hubin = await tokenFor('property_staff', { companyId: demoCompanyId('hubin-property') }, { sub: 'staff:hubin' });
    t.qingbo = await tokenFor('property_staff', { companyId: demoCompanyId('qingbo-property') }, { sub: 'staff:qingbo' });
    const created = await stack.query(
      CreateResident,
      {
        i: {
          compoundId: liulang.id,
          householdId: demoHouseholdId('liulang-dongyuan', 3),
          name: '王五',
          birthDate: '1956-05-01',
          phone: '13700000000',
        },
      },
      t.grid,
    );
    residentId = ok(created).createResident.id;
    t.resident = await tokenWith([{ role: 'resident', compoundId: liulang.id }], { residentId, sub: 'resident:wang' });
    t.dongliResident = await tokenWith([{ role: 'resident', compoundId: dongli.id }], {
      residentId: '44444444-4444-4444-8444-444444444444',
      sub: 'resident:dongli',
    });
    hubinWorker = ok(
      await stack.query(AddStaffMember, { input: { companyId: demoCompanyId('hubin-property'), name: '湖滨 师傅' } }, t.hubin),
    ).addStaffMember.id;
    // Whatever the demo seed left in the outboxes is not this file's business.
    await stack.dataSources.party.query(`DELETE FROM handover_outbox`);
    await stack.dataSources.property.query(`DELETE FROM handover_outbox`);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('round trip: report → work order routed to the responsible company → resolved → outcome on the report → the reporter closes out (销号)', async () => {
    const id = await report({ buildingId: demoBuildingId('liulang-dongyuan', 3) });
    ok(await respond(id));
    const handed = ok(await handOver(id)).handIssueReportToProperty;
    // One transaction: the state and the promise of a work order.
    expect(handed).toMatchObject({
      status: 'HANDED_TO_PROPERTY',
      path: 'PROPERTY',
      workOrderId: null,
      propertyHandover: { status: 'PENDING', workOrderId: null, error: null, attempts: 0 },
    });
    expect(await partyCount(`handover_outbox WHERE topic = 'report.to-property' AND record_id = $1 AND status = 'PENDING'`, [id])).toBe(1);
    expect(await propertyCount(`work_order WHERE source_report_id = $1`, [id])).toBe(0);

    expect(await relayReports()).toBe(1);
    const delivered = ok(await stack.query(ReportWithOrders, { id }, t.resident)).issueReport;
    expect(delivered.propertyHandover).toMatchObject({ status: 'DELIVERED', error: null, attempts: 1 });
    expect(delivered.workOrderId).toBe(delivered.propertyHandover?.workOrderId);
    // Building 3 of Liulang Dongyuan is Hubin's (the three-company compound).
    expect(delivered.workOrders).toEqual([
      {
        id: delivered.workOrderId,
        kind: 'COMMON_AREA',
        status: 'SUBMITTED',
        areaKey: null,
        category: 'FACILITIES',
        priority: 'NORMAL',
        description: '3号楼楼道灯不亮 Stairway light out in building 3',
        contactName: null,
        company: { id: demoCompanyId('hubin-property'), name: expect.any(String) },
        building: { id: demoBuildingId('liulang-dongyuan', 3) },
        history: [{ action: 'SUBMIT', toStatus: 'SUBMITTED', actor: 'service:party' }],
      },
    ]);
    const [stored] = await stack.dataSources.property.query(
      `SELECT company_id, source_report_id, resident_id FROM work_order WHERE id = $1`,
      [delivered.workOrderId],
    );
    // The resident who reported it is the order's requester: told of its progress.
    expect(stored).toEqual({ company_id: demoCompanyId('hubin-property'), source_report_id: id, resident_id: residentId });

    // Dispatched and resolved by the company: the outcome waits in property's outbox.
    const workOrderId = delivered.workOrderId!;
    await workThrough(workOrderId, t.hubin);
    expect(await propertyCount(`handover_outbox WHERE topic = 'workorder.outcome' AND status = 'PENDING'`)).toBe(1);
    expect((await getReport(id)).status).toBe('HANDED_TO_PROPERTY');
    expect(await relayProperty()).toBe(1);
    const resolved = ok(await stack.query(ReportWithProgress, { id }, t.resident)).issueReport;
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      path: 'PROPERTY',
      workOrderOutcome: 'RESOLVED',
      workOrderOutcomeAt: '2026-11-23T03:00:00.000Z',
      resolvedAt: '2026-11-23T03:00:00.000Z',
    });
    expect(resolved.entries.map((e) => e.kind)).toEqual(['REPORTED', 'RESPONDED', 'HANDED_TO_PROPERTY', 'WORK_ORDER_RESOLVED']);
    expect(resolved.entries[3].by).toBe('service:property');
    expect(resolved.workOrders).toEqual([
      {
        status: 'RESOLVED',
        assignee: { name: '湖滨 师傅' },
        history: ['SUBMIT', 'ACCEPT', 'DISPATCH', 'START', 'RESOLVE'].map((action) => ({ action })),
      },
    ]);

    // Resolve → reopen → resolve: each outcome is its own event, delivered once each.
    stack.clock.advance(3_600_000);
    // The reporting resident is the order's requester: they judge the repair, not the company.
    expect(codeOf(await stack.query(ReopenWorkOrder, { id: workOrderId, reason: '灯又灭了' }, t.hubin))).toBe('FORBIDDEN');
    ok(await stack.query(ReopenWorkOrder, { id: workOrderId, reason: '灯又灭了' }, t.resident));
    ok(await stack.query(StartWorkOrder, { id: workOrderId }, t.hubin));
    ok(await stack.query(ResolveWorkOrder, { id: workOrderId }, t.hubin));
    expect(await relayProperty()).toBe(1);
    expect(await relayProperty()).toBe(0);
    const again = await getReport(id);
    expect(again).toMatchObject({
      status: 'RESOLVED',
      resolvedAt: '2026-11-23T04:00:00.000Z',
      workOrderOutcomeAt: '2026-11-23T04:00:00.000Z',
    });
    expect(again.entries.filter((e) => e.kind === 'WORK_ORDER_RESOLVED')).toHaveLength(2);
    expect(await partyCount(`handover_inbox WHERE topic = 'workorder.outcome'`)).toBe(2);

    // The reporter confirms and closes out, as after a resolution in the community.
    const closed = ok(await stack.query(CloseReport, { id }, t.resident)).closeIssueReport;
    expect(closed).toEqual({ status: 'CLOSED', satisfaction: 5, closedAt: '2026-11-23T04:00:00.000Z' });
  });

  it('access: the reporter, the grid and analysts see the repair; analysts without personal data; other compounds not at all', async () => {
    const { id, workOrderId } = await deliveredReport({
      area: 'West gate',
      category: 'SAFETY_HAZARD',
      description: '西门护栏松动 Loose railing at the west gate',
    });
    const asResident = ok(await stack.query(ReportAccess, { id }, t.resident)).issueReport;
    expect(asResident.reporterResident).toEqual({ id: residentId, name: '王五', phone: '13700000000' });
    // The named area is matched to property's common area; a hazard is HIGH.
    expect(asResident.workOrders).toEqual([
      {
        id: workOrderId,
        status: 'SUBMITTED',
        areaKey: 'west-gate',
        priority: 'HIGH',
        company: { id: demoCompanyId('hubin-property') },
        history: [{ action: 'SUBMIT', actor: 'service:party' }],
      },
    ]);

    const asAnalyst = ok(await stack.query(ReportAccess, { id }, t.analyst)).issueReport;
    expect(asAnalyst.reporterResident).toEqual({ id: residentId, name: null, phone: null });
    expect(asAnalyst.workOrders?.map((o) => o.id)).toEqual([workOrderId]);

    // The grid follows the order its report opened (also through `workOrder(id)` and the list).
    const asGrid = ok(await stack.query(ReportAccess, { id }, t.grid)).issueReport;
    expect(asGrid.workOrders?.map((o) => o.id)).toEqual([workOrderId]);
    expect(ok(await stack.query(WorkOrderId, { id: workOrderId }, t.grid)).workOrder.id).toBe(workOrderId);
    const gridList = ok(await stack.query(CompoundOrderIds, { c: liulang.id }, t.grid)).workOrders.edges.map((e) => e.node.id);
    expect(gridList).toContain(workOrderId);
    expect(codeOf(await stack.query(WorkOrderId, { id: workOrderId }, t.dongliGrid))).toBe('FORBIDDEN');

    // Someone else's compound: the report is refused, so is its repair.
    expect(codeOf(await stack.query(ReportAccess, { id }, t.dongliResident))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(ReportAccess, { id }, t.dongliGrid))).toBe('FORBIDDEN');
    // The internal mutations are not in the public graph: a text no type can describe.
    const hidden = await stack.queryText(
      `mutation { openWorkOrderFromReport(input: { reportId: "${id}", compoundId: "${liulang.id}", area: "west-gate", category: "OTHER", text: "x" }) { id } }`,
      {},
      await tokenFor('admin'),
    );
    expect(codeOf(hidden)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('cancelled: the report goes back to the grid, cannot open a second order, and is resolved in the community', async () => {
    const { id, workOrderId } = await deliveredReport({
      area: 'underground-garage',
      category: 'ENVIRONMENT',
      description: '车库有积水 Water in the garage',
    });
    // The garage is Xizi's; Xizi's staff cancel (e.g. it is the water company's pipe).
    const xizi = await tokenFor('property_staff', { companyId: demoCompanyId('xizi-property') }, { sub: 'staff:xizi' });
    ok(await stack.query(CancelWorkOrder, { id: workOrderId, reason: '市政管道，非物业范围' }, xizi));
    expect(await relayProperty()).toBe(1);
    const back = await getReport(id);
    expect(back).toMatchObject({
      status: 'RESPONDED',
      path: null,
      workOrderId,
      workOrderOutcome: 'CANCELLED',
      propertyHandover: { status: 'DELIVERED', workOrderId },
    });
    expect(back.entries.at(-1)).toEqual({ kind: 'WORK_ORDER_CANCELLED', note: `Work order ${workOrderId}`, by: 'service:property' });

    const second = await handOver(id);
    expect(codeOf(second)).toBe('CONFLICT');
    expect((await getReport(id)).status).toBe('RESPONDED');
    expect(await propertyCount(`work_order WHERE source_report_id = $1`, [id])).toBe(1);

    const resolved = ok(await stack.query(ResolveReport, { id }, t.grid)).resolveIssueReport;
    expect(resolved).toEqual({ status: 'RESOLVED', path: 'COMMUNITY' });
  });

  it('property down while a report is handed over: PENDING with the error, then delivered exactly once after it is back', async () => {
    const id = await report({
      buildingId: demoBuildingId('liulang-dongyuan', 1),
      description: '1号楼单元门坏了 Door of building 1 broken',
    });
    ok(await respond(id));
    await stack.stopSubgraph('property');
    try {
      ok(await handOver(id));
      expect(await relayReports()).toBe(1);
      const pending = await getReport(id);
      expect(pending.status).toBe('HANDED_TO_PROPERTY');
      expect(pending.propertyHandover).toMatchObject({ status: 'PENDING', workOrderId: null, attempts: 1 });
      expect(pending.propertyHandover?.error).toMatch(/^SERVICE_UNAVAILABLE: The property service could not be reached/);
      // Not due again before its back-off.
      expect(await relayReports()).toBe(0);
    } finally {
      await stack.startSubgraph('property');
    }
    stack.clock.advance(5_000);
    expect(await relayReports()).toBe(1);
    const delivered = await getReport(id);
    expect(delivered.propertyHandover).toMatchObject({ status: 'DELIVERED', error: null, attempts: 2 });
    expect(await propertyCount(`work_order WHERE source_report_id = $1`, [id])).toBe(1);
    const [order] = await stack.dataSources.property.query(`SELECT id, company_id FROM work_order WHERE source_report_id = $1`, [id]);
    expect(order).toEqual({ id: delivered.workOrderId, company_id: demoCompanyId('qingbo-property') });

    // Replays: the relay has nothing left; a re-delivery returns the same order and writes nothing.
    stack.clock.advance(120_000);
    expect(await relayReports()).toBe(0);
    const [message] = await stack.dataSources.party.query(
      `SELECT payload FROM handover_outbox WHERE topic = 'report.to-property' AND record_id = $1`,
      [id],
    );
    const replay = ok(await stack.callAs<OpenedWorkOrder>('party', 'property', OPEN_WORK_ORDER, { input: message.payload }));
    expect(replay.openWorkOrderFromReport.id).toBe(delivered.workOrderId);
    expect(await propertyCount(`work_order WHERE source_report_id = $1`, [id])).toBe(1);
    expect(await propertyCount(`work_order_event WHERE work_order_id = $1`, [delivered.workOrderId])).toBe(1);
    // The same report with other content is a conflict, not a second order.
    expect(
      codeOf(await stack.callAs('party', 'property', OPEN_WORK_ORDER, { input: { ...message.payload, text: 'something else' } })),
    ).toBe('CONFLICT');
    // Twenty simultaneous re-deliveries: still one order.
    const many = await Promise.all(
      Array.from({ length: 20 }, () => stack.callAs<OpenedWorkOrder>('party', 'property', OPEN_WORK_ORDER, { input: message.payload })),
    );
    expect(new Set(many.map((r) => ok(r).openWorkOrderFromReport.id))).toEqual(new Set([delivered.workOrderId]));
    expect(await propertyCount(`work_order WHERE source_report_id = $1`, [id])).toBe(1);
  });

  it('a location nobody covers is refused for good: FAILED with the reason on the report, which is the grid’s again', async () => {
    // Xiangtan Dongli has no property contract in the demo world.
    const dongliReporter = await tokenFor('grid_worker', { compoundId: dongli.id }, { sub: 'grid:dongli' });
    const id = await report(
      { compoundId: dongli.id, buildingId: demoBuildingId('xiangtan-dongli', 2), description: '2号楼外墙脱落 Facade tiles falling' },
      dongliReporter,
    );
    ok(await respond(id, dongliReporter));
    ok(await handOver(id, dongliReporter));
    expect(await relayReports()).toBe(1);
    const failed = await getReport(id, dongliReporter);
    expect(failed).toMatchObject({
      status: 'RESPONDED',
      path: null,
      workOrderId: null,
      propertyHandover: { status: 'FAILED', workOrderId: null, attempts: 1 },
    });
    expect(failed.propertyHandover?.error).toMatch(/^CONFLICT: No property company covers building:/);
    expect(failed.entries.at(-1)).toMatchObject({ kind: 'HANDOVER_FAILED', by: 'service:party-relay' });
    expect(failed.entries.at(-1)?.note).toMatch(/No property company covers/);
    expect(await propertyCount(`work_order WHERE source_report_id = $1`, [id])).toBe(0);
    expect(await propertyCount(`handover_inbox WHERE record_id = $1`, [id])).toBe(0);
    // Never retried.
    stack.clock.advance(3_600_000);
    expect(await relayReports()).toBe(0);

    // An area property does not know is refused the same way.
    const unknownArea = await report({ area: '北门 north gate', description: '北门灯坏 North gate light' });
    ok(await respond(unknownArea));
    ok(await handOver(unknownArea));
    expect(await relayReports()).toBe(1);
    const refused = await getReport(unknownArea);
    expect(refused.propertyHandover?.status).toBe('FAILED');
    expect(refused.propertyHandover?.error).toMatch(/^BAD_USER_INPUT: No common area "北门 north gate"/);

    // Once the gap is fixed the grid may hand it over again: the same outbox row is sent again.
    const retried = ok(await handOver(id, dongliReporter)).handIssueReportToProperty;
    expect(retried).toMatchObject({ status: 'HANDED_TO_PROPERTY', propertyHandover: { status: 'PENDING', error: null, attempts: 0 } });
    expect(await partyCount(`handover_outbox WHERE topic = 'report.to-property' AND record_id = $1`, [id])).toBe(1);
    // Still nobody covers it: refused again, and the report is the grid's again.
    expect(await relayReports()).toBe(1);
    expect(await getReport(id, dongliReporter)).toMatchObject({ status: 'RESPONDED', propertyHandover: { status: 'FAILED', attempts: 1 } });
    expect((await getReport(id, dongliReporter)).entries.filter((e) => e.kind === 'HANDOVER_FAILED')).toHaveLength(2);
  });

  it('after-hours intake handed back to the grid becomes an issue report the grid answers; the intake shows DELIVERED', async () => {
    // Monday 2026-11-23, 21:00 in Shanghai: the property company holds the station.
    stack.clock.set('2026-11-23T13:00:00Z');
    const input: RecordAfterHoursIntakeInput = {
      stationId: station,
      text: '邻居噪音扰民 Neighbours noisy at night',
      callerName: '赵六',
      kind: 'COMMON_AREA',
      areaKey: 'central-garden',
      category: 'OTHER',
      priority: 'LOW',
      handBackToGrid: true,
    };
    const intake = ok(await stack.query(RecordIntake, { input }, t.qingbo)).recordAfterHoursIntake;
    expect(intake).toMatchObject({ gridHandback: 'PENDING', gridReportId: null });
    expect(
      await propertyCount(`handover_outbox WHERE topic = 'intake.to-grid' AND record_id = $1 AND status = 'PENDING'`, [intake.id]),
    ).toBe(1);

    // Party is down at first: the hand-back waits.
    await stack.stopSubgraph('party');
    try {
      expect(await relayProperty()).toBe(1);
    } finally {
      await stack.startSubgraph('party');
    }
    expect(ok(await stack.query(Intake, { id: intake.id }, t.qingbo)).afterHoursIntake).toMatchObject({
      gridHandback: 'PENDING',
      gridReportId: null,
    });

    stack.clock.set('2026-11-24T00:30:00Z');
    expect(await relayProperty()).toBe(1);
    const after = ok(await stack.query(Intake, { id: intake.id }, t.qingbo)).afterHoursIntake;
    expect(after.gridHandback).toBe('DELIVERED');
    expect(after.gridHandbackError).toBeNull();
    const reportId = after.gridReportId!;

    // The grid sees it among its compound's reports, from property's intake, to be answered.
    const listed = ok(await stack.query(SubmittedReports, { c: liulang.id }, t.grid));
    const node = listed.issueReports.edges.map((e) => e.node).find((n) => n.id === reportId);
    expect(node).toEqual({
      id: reportId,
      source: 'PROPERTY_INTAKE',
      sourceIntakeId: intake.id,
      area: 'central-garden',
      description: '邻居噪音扰民 Neighbours noisy at night',
      reportedAt: '2026-11-24T00:30:00.000Z',
    });
    const entries = (await getReport(reportId)).entries;
    expect(entries).toEqual([
      { kind: 'REPORTED', note: 'After-hours intake at the service station, taken 2026-11-23T13:00:00.000Z', by: 'service:property' },
    ]);
    ok(await respond(reportId));

    // Replay: nothing left to send; a re-delivery returns the same report.
    expect(await relayProperty()).toBe(0);
    const [message] = await stack.dataSources.property.query(
      `SELECT payload FROM handover_outbox WHERE topic = 'intake.to-grid' AND record_id = $1`,
      [intake.id],
    );
    expect(ok(await stack.callAs<OpenedReport>('property', 'party', OPEN_REPORT, { input: message.payload })).openReportFromIntake).toEqual(
      {
        id: reportId,
        status: 'RESPONDED',
      },
    );
    expect(await partyCount(`issue_report WHERE source_intake_id = $1`, [intake.id])).toBe(1);
    expect(codeOf(await stack.callAs('property', 'party', OPEN_REPORT, { input: { ...message.payload, text: 'changed' } }))).toBe(
      'CONFLICT',
    );
    // Only services call it: a person's token forwarded as the gateway does is refused…
    const asGrid = await fetch(stack.directory.urlOf('party'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${t.grid}`,
        ...(await gatewayHeaders('party')),
      },
      body: JSON.stringify({ query: OPEN_REPORT, variables: { input: message.payload } }),
    });
    expect(((await asGrid.json()) as GraphQLResult).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // …and of the services, only property: another one's valid assertion is refused too.
    expect(codeOf(await stack.callAs('enterprise', 'party', OPEN_REPORT, { input: message.payload }))).toBe('FORBIDDEN');
    expect(await partyCount(`issue_report WHERE source_intake_id = $1`, [intake.id])).toBe(1);
  });

  it("lists a compound's reports with their repairs at a cost that does not grow with the page", async () => {
    stack.clock.set('2026-11-25T02:00:00Z');
    for (let n = 1; n <= 12; n++) {
      const id = await report(
        { buildingId: demoBuildingId('liulang-dongyuan', ((n - 1) % 6) + 1), description: `巡查发现 ${n} Found on the round ${n}` },
        t.grid,
      );
      ok(await respond(id));
      ok(await handOver(id));
    }
    expect(await relayReports()).toBe(12);
    const run = async (first: number) => {
      const before = stack.sqlStatements();
      const nodes = ok(await stack.query(ReportsWithRepairs, { c: liulang.id, first }, t.grid)).issueReports.edges.map((e) => e.node);
      return { nodes, statements: stack.sqlStatements() - before };
    };
    const small = await run(3);
    const large = await run(40);
    expect(small.nodes).toHaveLength(3);
    expect(large.nodes.length).toBeGreaterThanOrEqual(17);
    const withOrders = large.nodes.filter((n) => (n.workOrders?.length ?? 0) > 0);
    expect(withOrders.length).toBeGreaterThanOrEqual(16);
    for (const node of withOrders) {
      expect(node.workOrders).toHaveLength(1);
      expect(node.propertyHandover).toEqual({ status: 'DELIVERED', workOrderId: node.workOrders?.[0].id });
    }
    expect(new Set(withOrders.map((n) => n.workOrders?.[0].company.id)).size).toBe(3);
    expect(large.statements).toBe(small.statements);
  });
});
