import { DataSource } from 'typeorm';
import { demoBuildingId, demoCompanyId, demoCompound, demoHouseholdId } from '../../../shared/demo/manifest';
import { DEMO_DUTY_MANAGER } from '../../../shared/demo/personas';
import type { OutboxRelay } from '../../../shared/handover/relay';
import { notifyEventId } from '../../../shared/notify/notify-event';
import { partySubgraph } from '../../../subgraphs/party/subgraph';
import { staffAudience } from '../../../subgraphs/property/neighbours/staff-audience';
import { SlaWatch } from '../../../subgraphs/property/work-order/sla-watch';
import { eventually } from '../../support/eventually';
import { ok } from '../../support/post-graphql';
import { codeOf, startStack, Stack } from '../../support/stack';
import { tokenFor, tokenWith } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateWorkOrderInput } from '../../typed/graphql';
import {
  AcceptWorkOrder,
  AddStaffMember,
  CancelWorkOrder,
  ConfirmWorkOrder,
  DispatchWorkOrder,
  ReopenWorkOrder,
  ReportIssue,
  ResolveWorkOrder,
  RespondToReport,
  StartWorkOrder,
} from './documents';

const SetStaffDuty = graphql(`
  mutation PropertyNotifySetStaffDuty($input: SetStaffDutyInput!) {
    setStaffDuty(input: $input) {
      id
      companyId
      dutyManager
      accountSub
    }
  }
`);
const CompanyStaff = graphql(`
  query PropertyNotifyCompanyStaff($id: ID!) {
    propertyCompany(id: $id) {
      staff {
        id
        name
        dutyManager
        accountSub
      }
    }
  }
`);
const CreateOrder = graphql(`
  mutation PropertyNotifyCreateOrder($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      id
      slaDeadline
      residentId
    }
  }
`);
const HandOver = graphql(`
  mutation PropertyNotifyHandOver($id: ID!) {
    handIssueReportToProperty(id: $id) {
      id
    }
  }
`);
const CreateResident = graphql(`
  mutation PropertyNotifyCreateResident($i: CreateResidentInput!) {
    createResident(input: $i) {
      id
    }
  }
`);

const STAFF_AUDIENCE = `query($sub: String!, $companyIds: [ID!]!) { staffAudience(sub: $sub, companyIds: $companyIds) { dutyManagerCompanyIds afterHoursCompoundIds } }`;

interface NotifyRow {
  recordId: string;
  createdBy: string;
  payload: {
    eventId: string;
    kind: string;
    recordType: string;
    recordId: string;
    compoundId: string;
    audience: { kind: string; scopeId: string }[];
    personal: boolean;
    textZh: string;
    textEn: string;
    level: number | null;
    occurredAt: string;
  };
}

/** The notify events property enqueued about one work order, oldest first. */
async function notifyRows(ds: DataSource, workOrderId: string): Promise<NotifyRow[]> {
  return ds.query(
    `SELECT record_id AS "recordId", created_by AS "createdBy", payload FROM handover_outbox
      WHERE topic = 'notify.event' AND payload->>'recordId' = $1 ORDER BY created_at, payload->>'kind'`,
    [workOrderId],
  );
}
async function dueRow(ds: DataSource, workOrderId: string) {
  const rows: { due_at: Date; fired_at: Date | null; settled_at: Date | null }[] = await ds.query(
    `SELECT due_at, fired_at, settled_at FROM work_order_sla_due WHERE work_order_id = $1`,
    [workOrderId],
  );
  return rows[0] ?? null;
}
/** Runs the watch until nothing more is due; returns how many rows it handled. */
async function drain(watch: SlaWatch): Promise<number> {
  let total = 0;
  for (let n = await watch.runOnce(); n > 0; n = await watch.runOnce()) total += n;
  return total;
}

const liulang = demoCompound('liulang-dongyuan');
const kuiguangta = demoCompound('kuiguangta');
const qingbo = demoCompanyId('qingbo-property');
const hubin = demoCompanyId('hubin-property');
const R1 = '11111111-1111-4111-8111-111111111111';
const HOUR = 3_600_000;

describe('property: duty managers, the SLA watch and residents told of progress', () => {
  let stack: Stack;
  let watch: SlaWatch;
  const t: Record<string, string> = {};
  const workers: Record<string, string> = {};

  const homeRepair = (extra: Partial<CreateWorkOrderInput> = {}): CreateWorkOrderInput => ({
    compoundId: liulang.id,
    kind: 'HOME_REPAIR',
    buildingId: demoBuildingId('liulang-dongyuan', 1),
    locationDetail: 'Unit 1, Room 101',
    category: 'PLUMBING',
    priority: 'NORMAL',
    description: 'Kitchen tap leaks',
    contactName: 'Zhang San',
    contactPhone: '13800000000',
    ...extra,
  });
  const gateOrder = (priority: CreateWorkOrderInput['priority']): CreateWorkOrderInput => ({
    compoundId: liulang.id,
    kind: 'COMMON_AREA',
    areaKey: 'east-gate',
    category: 'SECURITY',
    priority,
    description: 'Gate barrier stuck',
  });
  const create = async (input: CreateWorkOrderInput, token: string) => ok(await stack.query(CreateOrder, { input }, token)).createWorkOrder;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    stack.clock.set('2026-11-24T02:00:00Z');
    watch = new SlaWatch(stack.dataSources.property, stack.clock);
    t.admin = await tokenFor('admin');
    t.analyst = await tokenFor('analyst');
    t.qingbo = await tokenFor('property_staff', { companyId: qingbo }, { sub: 'staff:qingbo' });
    t.hubin = await tokenFor('property_staff', { companyId: hubin }, { sub: 'staff:hubin' });
    t.r1 = await tokenWith([{ role: 'resident', compoundId: liulang.id }], { residentId: R1, sub: 'resident:r1' });
    t.grid = await tokenFor('grid_worker', { compoundId: liulang.id }, { sub: 'grid:liulang' });
    for (const [key, company, token] of [
      ['qingbo', qingbo, t.qingbo],
      ['hubin', hubin, t.hubin],
    ] as const) {
      workers[key] = ok(await stack.query(AddStaffMember, { input: { companyId: company, name: `${key} 师傅` } }, token)).addStaffMember.id;
    }
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('watches every open demo order from the seed, and tells each deadline already past once at the first pass', async () => {
    const open = Number(
      (
        await stack.dataSources.property.query(
          `SELECT count(*)::int AS n FROM work_order WHERE status IN ('SUBMITTED','ACCEPTED','DISPATCHED','IN_PROGRESS')`,
        )
      )[0].n,
    );
    const watched: { n: number; past: number }[] = await stack.dataSources.property.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE d.due_at <= $1)::int AS past
         FROM work_order_sla_due d JOIN work_order w ON w.id = d.work_order_id AND d.due_at = w.sla_deadline`,
      [stack.clock.now()],
    );
    expect(open).toBeGreaterThan(0);
    expect(watched[0].n).toBe(open);
    expect(await drain(watch)).toBe(watched[0].past);
    const breaches = Number(
      (
        await stack.dataSources.property.query(
          `SELECT count(*)::int AS n FROM handover_outbox WHERE topic = 'notify.event' AND payload->>'kind' = 'WORK_ORDER_SLA_BREACHED'`,
        )
      )[0].n,
    );
    expect(breaches).toBe(watched[0].past);
    expect(await drain(watch)).toBe(0);
    // The rest of this file reads only its own events.
    await stack.dataSources.property.query(`DELETE FROM handover_outbox`);
  });

  describe('duty managers', () => {
    it("puts the company's staff on the rota with their account, shown to the company's staff and admins only", async () => {
      const set = ok(
        await stack.query(
          SetStaffDuty,
          { input: { staffMemberId: workers.qingbo, dutyManager: true, accountSub: 'user:qingbo-duty' } },
          t.qingbo,
        ),
      );
      expect(set.setStaffDuty).toEqual({ id: workers.qingbo, companyId: qingbo, dutyManager: true, accountSub: 'user:qingbo-duty' });
      const stored = (
        await stack.dataSources.property.query(`SELECT duty_manager, account_sub, updated_by, updated_at FROM staff_member WHERE id = $1`, [
          workers.qingbo,
        ])
      )[0];
      expect(stored).toEqual({
        duty_manager: true,
        account_sub: 'user:qingbo-duty',
        updated_by: 'staff:qingbo',
        updated_at: stack.clock.now(),
      });

      const seen = async (token: string) =>
        ok(await stack.query(CompanyStaff, { id: qingbo }, token)).propertyCompany.staff!.find((s) => s.id === workers.qingbo);
      expect(await seen(t.qingbo)).toMatchObject({ dutyManager: true, accountSub: 'user:qingbo-duty' });
      expect(await seen(t.admin)).toMatchObject({ dutyManager: true, accountSub: 'user:qingbo-duty' });
      expect(await seen(t.hubin)).toMatchObject({ dutyManager: true, accountSub: null });
      expect(await seen(t.analyst)).toMatchObject({ dutyManager: true, accountSub: null });

      // Left out, the account stays; an admin may set it for any company.
      const off = ok(await stack.query(SetStaffDuty, { input: { staffMemberId: workers.qingbo, dutyManager: false } }, t.admin));
      expect(off.setStaffDuty).toMatchObject({ dutyManager: false, accountSub: 'user:qingbo-duty' });
      ok(await stack.query(SetStaffDuty, { input: { staffMemberId: workers.qingbo, dutyManager: true } }, t.admin));
    });

    it('refuses bad input, other companies, unknown members and a second member with one account, writing nothing', async () => {
      const before = await stack.dataSources.property.query(
        `SELECT id, duty_manager, account_sub, updated_at FROM staff_member ORDER BY id`,
      );
      const cases: [Record<string, unknown>, string, string, string | undefined][] = [
        [{ staffMemberId: workers.hubin, dutyManager: true, accountSub: 'has space' }, t.hubin, 'BAD_USER_INPUT', 'accountSub'],
        [{ staffMemberId: workers.hubin, dutyManager: true, accountSub: '' }, t.hubin, 'BAD_USER_INPUT', undefined],
        [{ staffMemberId: workers.hubin, dutyManager: true }, t.hubin, 'BAD_USER_INPUT', 'accountSub'],
        [{ staffMemberId: workers.hubin, dutyManager: true, accountSub: null }, t.hubin, 'BAD_USER_INPUT', 'accountSub'],
        [{ staffMemberId: 'not-a-uuid', dutyManager: false }, t.hubin, 'BAD_USER_INPUT', 'staffMemberId'],
        [{ staffMemberId: workers.hubin, dutyManager: true, accountSub: 'user:x' }, t.qingbo, 'FORBIDDEN', undefined],
        [{ staffMemberId: workers.hubin, dutyManager: true, accountSub: 'user:x' }, t.r1, 'FORBIDDEN', undefined],
        [{ staffMemberId: '99999999-9999-4999-8999-999999999999', dutyManager: false }, t.admin, 'NOT_FOUND', undefined],
      ];
      for (const [input, token, code, field] of cases) {
        const r = await stack.queryText(`mutation($input: SetStaffDutyInput!) { setStaffDuty(input: $input) { id } }`, { input }, token);
        expect({ input, code: codeOf(r) }).toEqual({ input, code });
        if (field) expect(r.errors![0].extensions!.field).toBe(field);
      }
      // The same account for a second member of Qingbo's staff.
      const second = ok(await stack.query(AddStaffMember, { input: { companyId: qingbo, name: '青波 二号' } }, t.qingbo)).addStaffMember.id;
      const taken = await stack.query(
        SetStaffDuty,
        { input: { staffMemberId: second, dutyManager: true, accountSub: 'user:qingbo-duty' } },
        t.qingbo,
      );
      expect(codeOf(taken)).toBe('CONFLICT');
      expect(taken.errors![0].extensions!.field).toBe('accountSub');
      const after = await stack.dataSources.property.query(
        `SELECT id, duty_manager, account_sub, updated_at FROM staff_member WHERE id <> $1 ORDER BY id`,
        [second],
      );
      expect(after).toEqual(before);
      // One person may be on the rota of two companies (one member in each), as the demo's property desk is.
      ok(
        await stack.query(
          SetStaffDuty,
          { input: { staffMemberId: workers.hubin, dutyManager: true, accountSub: 'user:qingbo-duty' } },
          t.hubin,
        ),
      );
      ok(await stack.query(SetStaffDuty, { input: { staffMemberId: workers.hubin, dutyManager: false } }, t.hubin));
    });

    it('links one account to one member of a company when two are linked at once', async () => {
      const racers: string[] = [];
      for (const name of ['湖滨 甲', '湖滨 乙', '湖滨 丙'])
        racers.push(ok(await stack.query(AddStaffMember, { input: { companyId: hubin, name } }, t.hubin)).addStaffMember.id);
      const results = await Promise.all(
        racers.map((staffMemberId) =>
          stack.query(SetStaffDuty, { input: { staffMemberId, dutyManager: true, accountSub: 'user:hubin-race' } }, t.hubin),
        ),
      );
      expect(results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
      const linked = await stack.dataSources.property.query(`SELECT id FROM staff_member WHERE account_sub = 'user:hubin-race'`);
      expect(linked).toHaveLength(1);
      // Taken off again, so that the rest of the file sees Hubin without a duty manager.
      ok(await stack.query(SetStaffDuty, { input: { staffMemberId: linked[0].id, dutyManager: false, accountSub: null } }, t.hubin));
    });

    it('answers notify where a user stands (staffAudience), for notify alone', async () => {
      const at = stack.clock.now();
      const m = stack.dataSources.property.manager;
      // The demo's property desk: duty manager of both its companies; Qingbo holds Liulang's station, Kuiguangta Property its own.
      expect(await staffAudience(m, DEMO_DUTY_MANAGER.accountSub, [...DEMO_DUTY_MANAGER.companyIds, hubin], at)).toEqual({
        dutyManagerCompanyIds: [...DEMO_DUTY_MANAGER.companyIds].sort(),
        afterHoursCompoundIds: [liulang.id, kuiguangta.id].sort(),
      });
      expect(DEMO_DUTY_MANAGER.companyIds.sort()).toEqual([qingbo, demoCompanyId('kuiguangta-property')].sort());
      expect(await staffAudience(m, 'user:qingbo-duty', [qingbo.toUpperCase(), hubin], at)).toEqual({
        dutyManagerCompanyIds: [qingbo],
        afterHoursCompoundIds: [liulang.id],
      });
      // Hubin's member was taken off the rota; Hubin holds no station.
      expect(await staffAudience(m, 'user:qingbo-duty', [hubin], at)).toEqual({ dutyManagerCompanyIds: [], afterHoursCompoundIds: [] });
      expect(await staffAudience(m, 'nobody', [], at)).toEqual({ dutyManagerCompanyIds: [], afterHoursCompoundIds: [] });
      // Before Qingbo's contract began (2024-01-01) it held no station.
      expect((await staffAudience(m, 'user:qingbo-duty', [qingbo], new Date('2023-06-01T00:00:00Z'))).afterHoursCompoundIds).toEqual([]);
      await expect(staffAudience(m, 'user:x', ['nope'], at)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'companyIds' },
      });

      // Not in the public graph; another service is refused.
      const viaGateway = await stack.queryText(STAFF_AUDIENCE, { sub: 'user:qingbo-duty', companyIds: [qingbo] }, t.admin);
      expect(codeOf(viaGateway)).toBe('GRAPHQL_VALIDATION_FAILED');
      const asParty = await stack.callAs('party', 'property', STAFF_AUDIENCE, { sub: 'user:qingbo-duty', companyIds: [qingbo] });
      expect(codeOf(asParty)).toBe('FORBIDDEN');
      expect(asParty.errors![0].message).toBe('staffAudience is internal: only the notify service may call it');
    });
  });

  describe('the SLA watch', () => {
    it('tells the duty managers and grid workers once when an order is still open at its deadline, and settles one resolved in time', async () => {
      // Off the demo's round hours, so that no demo order shares these deadlines.
      stack.clock.advance(7_000);
      const start = stack.clock.now();
      const late = await create(gateOrder('URGENT'), t.qingbo);
      const done = await create(gateOrder('URGENT'), t.qingbo);
      const cancelled = await create(gateOrder('URGENT'), t.qingbo);
      const deadline = new Date(start.getTime() + 4 * HOUR);
      expect(await dueRow(stack.dataSources.property, late.id)).toEqual({ due_at: deadline, fired_at: null, settled_at: null });
      ok(await stack.query(AcceptWorkOrder, { id: done.id }, t.qingbo));
      ok(await stack.query(DispatchWorkOrder, { id: done.id, assigneeId: workers.qingbo }, t.qingbo));
      ok(await stack.query(StartWorkOrder, { id: done.id }, t.qingbo));
      ok(await stack.query(ResolveWorkOrder, { id: done.id }, t.qingbo));
      ok(await stack.query(CancelWorkOrder, { id: cancelled.id, reason: '重复' }, t.qingbo));

      // A millisecond before the deadline none of the three is due (demo orders may be); at it, all three are.
      stack.clock.set(new Date(deadline.getTime() - 1));
      await drain(watch);
      for (const o of [late, done, cancelled])
        expect(await dueRow(stack.dataSources.property, o.id)).toEqual({ due_at: deadline, fired_at: null, settled_at: null });
      stack.clock.set(deadline);
      expect(await drain(watch)).toBe(3);
      expect(await dueRow(stack.dataSources.property, late.id)).toEqual({ due_at: deadline, fired_at: deadline, settled_at: null });
      expect(await dueRow(stack.dataSources.property, done.id)).toEqual({ due_at: deadline, fired_at: null, settled_at: deadline });
      expect(await dueRow(stack.dataSources.property, cancelled.id)).toEqual({ due_at: deadline, fired_at: null, settled_at: deadline });

      const [breach, ...more] = await notifyRows(stack.dataSources.property, late.id);
      expect(more).toEqual([]);
      const eventId = notifyEventId('property', 'WORK_ORDER_SLA_BREACHED', late.id, deadline.toISOString());
      expect(breach).toEqual({
        recordId: eventId,
        createdBy: 'system:property-sla-watch',
        payload: {
          eventId,
          kind: 'WORK_ORDER_SLA_BREACHED',
          recordType: 'WorkOrder',
          recordId: late.id,
          compoundId: liulang.id,
          audience: [
            { kind: 'DUTY_MANAGERS', scopeId: qingbo },
            { kind: 'GRID_WORKERS', scopeId: liulang.id },
          ],
          personal: false,
          textZh: `安保工单 ${late.id.slice(0, 8)} 已超过服务时限（2026-11-24 14:00）仍未完成，请值班经理跟进。`,
          textEn: `The security work order ${late.id.slice(0, 8)} is still open past its SLA deadline (2026-11-24 14:00): duty manager, please follow up.`,
          level: null,
          occurredAt: deadline.toISOString(),
        },
      });
      expect(await notifyRows(stack.dataSources.property, done.id)).toEqual([]);
      expect(await notifyRows(stack.dataSources.property, cancelled.id)).toEqual([]);
      stack.clock.advance(HOUR);
      expect(await watch.runOnce()).toBe(0);
    });

    it('tells each breach exactly once with two watches on one database', async () => {
      const start = stack.clock.now();
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push((await create(gateOrder('URGENT'), t.qingbo)).id);
      const other = new DataSource(stack.dataSources.property.options);
      await other.initialize();
      try {
        const second = new SlaWatch(other, stack.clock, { batchSize: 3 });
        const first = new SlaWatch(stack.dataSources.property, stack.clock, { batchSize: 3 });
        stack.clock.set(new Date(start.getTime() + 4 * HOUR + 1));
        const handled = await Promise.all([drain(first), drain(second), drain(first), drain(second)]);
        expect(handled.reduce((a, b) => a + b, 0)).toBe(12);
      } finally {
        await other.destroy();
      }
      const told: { record: string; n: number }[] = await stack.dataSources.property.query(
        `SELECT payload->>'recordId' AS record, count(*)::int AS n FROM handover_outbox
          WHERE topic = 'notify.event' AND payload->>'recordId' = ANY($1) GROUP BY 1 ORDER BY 1`,
        [ids],
      );
      expect(told).toEqual([...ids].sort().map((record) => ({ record, n: 1 })));
      const fired = Number(
        (
          await stack.dataSources.property.query(
            `SELECT count(*)::int AS n FROM work_order_sla_due WHERE work_order_id = ANY($1) AND fired_at IS NOT NULL`,
            [ids],
          )
        )[0].n,
      );
      expect(fired).toBe(12);
    });
  });

  describe('residents told of progress', () => {
    it('tells the requesting resident of dispatch, resolution, reopening and close-out, in Chinese and English, once per step', async () => {
      const start = stack.clock.now();
      const order = await create(homeRepair(), t.r1);
      expect(order.residentId).toBe(R1);
      const id = order.id;
      ok(await stack.query(AcceptWorkOrder, { id }, t.qingbo));
      ok(await stack.query(DispatchWorkOrder, { id, assigneeId: workers.qingbo }, t.qingbo));
      ok(await stack.query(StartWorkOrder, { id }, t.qingbo));
      stack.clock.advance(HOUR);
      ok(await stack.query(ResolveWorkOrder, { id, note: '换了阀芯' }, t.qingbo));
      // Resolved in time: at the deadline the row is settled without a breach.
      const deadline = new Date(start.getTime() + 72 * HOUR);
      stack.clock.set(new Date(deadline.getTime() + HOUR));
      expect(await drain(watch)).toBe(1);
      expect(await dueRow(stack.dataSources.property, id)).toMatchObject({ fired_at: null, settled_at: stack.clock.now() });
      // Reopened past the deadline: watched again, and told at the next pass.
      ok(await stack.query(ReopenWorkOrder, { id, reason: '还在漏水' }, t.r1));
      expect(await dueRow(stack.dataSources.property, id)).toEqual({ due_at: deadline, fired_at: null, settled_at: null });
      expect(await drain(watch)).toBe(1);
      stack.clock.advance(60_000);
      ok(await stack.query(StartWorkOrder, { id }, t.qingbo));
      ok(await stack.query(ResolveWorkOrder, { id }, t.qingbo));
      stack.clock.advance(60_000);
      ok(await stack.query(ConfirmWorkOrder, { id, rating: 4 }, t.r1));

      const rows = await notifyRows(stack.dataSources.property, id);
      const events: { id: string; action: string }[] = await stack.dataSources.property.query(
        `SELECT id::text AS id, action FROM work_order_event WHERE work_order_id = $1 ORDER BY id`,
        [id],
      );
      const eventOf = (action: string, nth = 0) => events.filter((e) => e.action === action)[nth].id;
      const ref = id.slice(0, 8);
      const resident = (kind: string, stepId: string, textZh: string, textEn: string) => {
        const eventId = notifyEventId('property', kind, id, stepId);
        return {
          recordId: eventId,
          eventId,
          kind,
          audience: [{ kind: 'RESIDENT', scopeId: R1 }],
          personal: true,
          textZh,
          textEn,
          level: null,
        };
      };
      const resolvedZh = `您的水管报修（工单 ${ref}）已处理完毕，请确认并评价；如未解决，可申请重新处理。`;
      const resolvedEn = `Your plumbing repair (work order ${ref}) is done: please confirm and rate it, or reopen it if the problem remains.`;
      expect(rows.map((r) => ({ ...r.payload, recordId: r.recordId, recordId2: r.payload.recordId }))).toEqual(
        [
          resident(
            'WORK_ORDER_DISPATCHED',
            eventOf('DISPATCH'),
            `您的水管报修（工单 ${ref}）已派给维修人员。`,
            `Your plumbing repair (work order ${ref}) has been assigned to a member of staff.`,
          ),
          resident('WORK_ORDER_RESOLVED', eventOf('RESOLVE'), resolvedZh, resolvedEn),
          resident(
            'WORK_ORDER_REOPENED',
            eventOf('REOPEN'),
            `您的水管报修（工单 ${ref}）已重新打开，将由维修人员继续处理。`,
            `Your plumbing repair (work order ${ref}) was reopened and goes back to the repair staff.`,
          ),
          { kind: 'WORK_ORDER_SLA_BREACHED' },
          resident('WORK_ORDER_RESOLVED', eventOf('RESOLVE', 1), resolvedZh, resolvedEn),
          resident(
            'WORK_ORDER_CLOSED',
            eventOf('CONFIRM'),
            `您的水管报修（工单 ${ref}）已确认完成，感谢您的评价。`,
            `Your plumbing repair (work order ${ref}) is confirmed and closed. Thank you for your rating.`,
          ),
        ].map((e) => expect.objectContaining({ ...e, recordId2: id })),
      );
      // Nothing of the requester's contact or words, nor the worker's name, is in any text.
      for (const r of rows) {
        for (const secret of ['Zhang San', '13800000000', 'Kitchen tap', 'qingbo 师傅', '换了阀芯', '还在漏水', R1]) {
          expect(r.payload.textZh + r.payload.textEn).not.toContain(secret);
        }
      }
    });

    it('tells a resident of a cancellation, and nobody of an order no resident requested', async () => {
      const mine = await create(homeRepair({ buildingId: demoBuildingId('liulang-dongyuan', 3) }), t.r1);
      ok(await stack.query(CancelWorkOrder, { id: mine.id, reason: '自己修好了' }, t.r1));
      const [closed, ...rest] = await notifyRows(stack.dataSources.property, mine.id);
      expect(rest).toEqual([]);
      expect(closed.payload).toMatchObject({
        kind: 'WORK_ORDER_CLOSED',
        audience: [{ kind: 'RESIDENT', scopeId: R1 }],
        personal: true,
        textZh: `您的水管报修（工单 ${mine.id.slice(0, 8)}）已取消。`,
        textEn: `Your plumbing repair (work order ${mine.id.slice(0, 8)}) was cancelled.`,
      });
      const staffs = await create(gateOrder('LOW'), t.qingbo);
      ok(await stack.query(AcceptWorkOrder, { id: staffs.id }, t.qingbo));
      ok(await stack.query(DispatchWorkOrder, { id: staffs.id, assigneeId: workers.qingbo }, t.qingbo));
      ok(await stack.query(CancelWorkOrder, { id: staffs.id }, t.qingbo));
      expect(await notifyRows(stack.dataSources.property, staffs.id)).toEqual([]);
    });

    it('knows the resident who reported to the grid when the report becomes a work order', async () => {
      const residentId = ok(
        await stack.query(
          CreateResident,
          {
            i: {
              compoundId: liulang.id,
              householdId: demoHouseholdId('liulang-dongyuan', 1),
              name: '赵六',
              birthDate: '1960-01-01',
              phone: '13700000001',
            },
          },
          t.grid,
        ),
      ).createResident.id;
      const resident = await tokenWith([{ role: 'resident', compoundId: liulang.id }], { residentId, sub: 'resident:zhao' });
      const reportId = ok(
        await stack.query(
          ReportIssue,
          { i: { compoundId: liulang.id, area: 'east-gate', category: 'FACILITY_REPAIR', description: '东门门禁坏了' } },
          resident,
        ),
      ).reportIssue.id;
      ok(await stack.query(RespondToReport, { id: reportId }, t.grid));
      ok(await stack.query(HandOver, { id: reportId }, t.grid));
      const partyRelay = partySubgraph.workers!(stack.dataSources.party, stack.clock)[0] as OutboxRelay;
      // The report's hand-over, and the events to notify the same relay carries.
      expect(await partyRelay.runOnce()).toBe(4);
      const [order] = await stack.dataSources.property.query(
        `SELECT id, resident_id, sla_deadline FROM work_order WHERE source_report_id = $1`,
        [reportId],
      );
      expect(order.resident_id).toBe(residentId);
      expect(await dueRow(stack.dataSources.property, order.id)).toEqual({ due_at: order.sla_deadline, fired_at: null, settled_at: null });
      ok(await stack.query(AcceptWorkOrder, { id: order.id }, t.qingbo));
      ok(await stack.query(DispatchWorkOrder, { id: order.id, assigneeId: workers.qingbo }, t.qingbo));
      const [dispatched] = await notifyRows(stack.dataSources.property, order.id);
      expect(dispatched.payload).toMatchObject({
        kind: 'WORK_ORDER_DISPATCHED',
        audience: [{ kind: 'RESIDENT', scopeId: residentId }],
        personal: true,
      });
      // A grid worker's own report names no resident.
      const gridReport = ok(
        await stack.query(
          ReportIssue,
          { i: { compoundId: liulang.id, area: 'east-gate', category: 'ENVIRONMENT', description: '东门垃圾' } },
          t.grid,
        ),
      ).reportIssue.id;
      ok(await stack.query(RespondToReport, { id: gridReport }, t.grid));
      ok(await stack.query(HandOver, { id: gridReport }, t.grid));
      expect(await partyRelay.runOnce()).toBe(2); // the hand-over and REPORT_FILED (no resident to tell)
      const [gridOrder] = await stack.dataSources.property.query(`SELECT resident_id FROM work_order WHERE source_report_id = $1`, [
        gridReport,
      ]);
      expect(gridOrder.resident_id).toBeNull();
    });
  });
});

describe('property: the SLA watch at start-up', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true, workers: ['property'] });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('tells a deadline that passed while property was down once, as soon as it starts', async () => {
    stack.clock.set('2026-11-24T02:00:00Z');
    const token = await tokenFor('property_staff', { companyId: qingbo }, { sub: 'staff:qingbo' });
    const order = ok(
      await stack.query(
        CreateOrder,
        {
          input: {
            compoundId: liulang.id,
            kind: 'COMMON_AREA',
            areaKey: 'east-gate',
            category: 'SECURITY',
            priority: 'URGENT',
            description: 'Gate barrier stuck',
          },
        },
        token,
      ),
    ).createWorkOrder;
    await stack.stopSubgraph('property');
    stack.clock.set('2026-11-24T09:00:00Z');
    expect(await notifyRows(stack.dataSources.property, order.id)).toEqual([]);
    await stack.startSubgraph('property');
    await eventually('the breach told at start-up', async () => (await notifyRows(stack.dataSources.property, order.id)).length > 0, {
      boundMs: 10_000,
    });
    const rows = await notifyRows(stack.dataSources.property, order.id);
    expect(rows.map((r) => [r.payload.kind, r.payload.occurredAt])).toEqual([['WORK_ORDER_SLA_BREACHED', '2026-11-24T09:00:00.000Z']]);
    expect(await dueRow(stack.dataSources.property, order.id)).toMatchObject({ fired_at: new Date('2026-11-24T09:00:00Z') });
  });
});
