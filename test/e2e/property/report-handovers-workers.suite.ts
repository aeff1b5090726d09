import { demoBuildingId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { ok } from '../../support/post-graphql';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { CancelWorkOrder, ReportIssue, RespondToReport } from './documents';

const HandOver = graphql(`
  mutation PropertyHandoversWorkersHandOver($id: ID!) {
    handIssueReportToProperty(id: $id) {
      id
    }
  }
`);
const ReportWithOrders = graphql(`
  query PropertyHandoversWorkersReport($id: ID!) {
    issueReport(id: $id) {
      status
      workOrderOutcome
      propertyHandover {
        status
        workOrderId
      }
      workOrders {
        id
        status
        company {
          id
        }
      }
    }
  }
`);

/**
 * The registered workers: with party's and property's relays running in the background
 * (as `npm start` runs them), a report handed to property becomes a work order, and its
 * resolution comes back to the report, with nobody driving the relays.
 */
describe('party ↔ property hand-overs with the relays running', () => {
  let stack: Stack;
  const liulang = demoCompound('liulang-dongyuan');
  const t: Record<string, string> = {};

  /** Polls until `probe` returns something truthy (the relays poll every 500 ms). */
  async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 120_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > until) throw new Error('timed out waiting for the relay');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true, workers: ['party', 'property'] });
    stack.clock.set('2026-11-23T03:00:00Z');
    t.grid = await tokenFor('grid_worker', { compoundId: liulang.id }, { sub: 'grid:liulang' });
    t.xizi = await tokenFor('property_staff', { companyId: demoCompanyId('xizi-property') }, { sub: 'staff:xizi' });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('delivers the report to property and the resolution back to the report by themselves', async () => {
    const id = ok(
      await stack.query(
        ReportIssue,
        {
          i: {
            compoundId: liulang.id,
            buildingId: demoBuildingId('liulang-dongyuan', 6),
            category: 'FACILITY_REPAIR',
            description: '6号楼电梯异响 Lift noise in building 6',
          },
        },
        t.grid,
      ),
    ).reportIssue.id;
    ok(await stack.query(RespondToReport, { id }, t.grid));
    ok(await stack.query(HandOver, { id }, t.grid));

    const delivered = await eventually(async () => {
      const r = ok(await stack.query(ReportWithOrders, { id }, t.grid)).issueReport;
      return r.propertyHandover?.status === 'DELIVERED' && r;
    });
    const workOrderId = delivered.propertyHandover!.workOrderId;
    // Building 6 is Xizi's.
    expect(delivered.workOrders).toEqual([{ id: workOrderId, status: 'SUBMITTED', company: { id: demoCompanyId('xizi-property') } }]);

    ok(await stack.query(CancelWorkOrder, { id: workOrderId!, reason: '重复报修' }, t.xizi));
    const back = await eventually(async () => {
      const r = ok(await stack.query(ReportWithOrders, { id }, t.grid)).issueReport;
      return r.workOrderOutcome === 'CANCELLED' && r;
    });
    expect(back).toMatchObject({ status: 'RESPONDED', workOrders: [{ status: 'CANCELLED' }] });
    expect(
      Number((await stack.dataSources.property.query(`SELECT count(*)::int AS n FROM work_order WHERE source_report_id = $1`, [id]))[0].n),
    ).toBe(1);
    expect(
      Number((await stack.dataSources.party.query(`SELECT count(*)::int AS n FROM handover_inbox WHERE topic = 'workorder.outcome'`))[0].n),
    ).toBe(1);
  });
});
