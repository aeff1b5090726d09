import { demoBuildingId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { InternalPartyDirectory, usePartyDirectory } from '../../../subgraphs/property/neighbours/party.lookups';
import type { GraphQLResult, TypedDocument } from '../../support/post-graphql';
import { codeOf, startStack, Stack } from '../../support/stack';
import { tokenFor, tokenWith } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateWorkOrderInput, PropertyWorkOrderFieldsFragment, PropertyWorkOrdersOfCompoundQuery } from '../../typed/graphql';
import {
  AcceptWorkOrder,
  AddStaffMember,
  CancelWorkOrder,
  ConfirmWorkOrder,
  DispatchWorkOrder,
  ReopenWorkOrder,
  ResolveWorkOrder,
  StartWorkOrder,
} from './documents';

const CreateOrder = graphql(`
  mutation PropertyWorkOrdersCreate($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      ...PropertyWorkOrderFields
    }
  }
`);
const GetOrder = graphql(`
  query PropertyWorkOrdersGet($id: ID!) {
    workOrder(id: $id) {
      ...PropertyWorkOrderFields
    }
  }
`);
const Overdue = graphql(`
  query PropertyWorkOrdersOverdue($id: ID!) {
    workOrder(id: $id) {
      overdue
    }
  }
`);
const CompoundOrders = graphql(`
  query PropertyWorkOrdersOfCompound($compoundId: ID, $after: String) {
    workOrders(first: 7, after: $after, compoundId: $compoundId) {
      totalCount
      edges {
        node {
          id
          kind
          company {
            id
          }
          residentId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A work-order transition of ./documents (each answers under the alias `order`). */
type Transition<V> = TypedDocument<{ order: PropertyWorkOrderFieldsFragment }, V>;
/** The operation's name, to say which step a failed expectation was about. */
const nameOf = (document: { toString(): string }) => /(?:mutation|query) (\w+)/.exec(document.toString())?.[1];

describe('property: work orders through the gateway', () => {
  let stack: Stack;
  const liulang = demoCompound('liulang-dongyuan');
  const dongli = demoCompound('xiangtan-dongli');
  const R1 = '11111111-1111-4111-8111-111111111111';
  const R2 = '22222222-2222-4222-8222-222222222222';
  const tokens: Record<string, string> = {};
  const staffIds: Record<string, string> = {};

  const b = (n: number) => demoBuildingId('liulang-dongyuan', n);
  const homeRepair = (n: number, extra: Partial<CreateWorkOrderInput> = {}): CreateWorkOrderInput => ({
    compoundId: liulang.id,
    kind: 'HOME_REPAIR',
    buildingId: b(n),
    locationDetail: `Unit 1, Room ${n}01`,
    category: 'PLUMBING',
    priority: 'NORMAL',
    description: 'Kitchen tap leaks',
    contactName: 'Zhang San',
    contactPhone: '13800000000',
    ...extra,
  });
  const count = async (sql: string) => Number((await stack.dataSources.property.query(`SELECT count(*)::int AS n FROM ${sql}`))[0].n);

  async function create(input: CreateWorkOrderInput, token: string) {
    const r = await stack.query(CreateOrder, { input }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createWorkOrder;
  }

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    stack.clock.set('2026-11-22T02:00:00Z');
    tokens.admin = await tokenFor('admin');
    tokens.analyst = await tokenFor('analyst');
    for (const key of ['qingbo-property', 'hubin-property', 'xizi-property']) {
      tokens[key] = await tokenFor('property_staff', { companyId: demoCompanyId(key) }, { sub: `staff:${key}` });
      for (const name of ['Worker A', 'Worker B']) {
        const r = await stack.query(AddStaffMember, { input: { companyId: demoCompanyId(key), name: `${key} ${name}` } }, tokens[key]);
        expect(r.errors).toBeUndefined();
        staffIds[`${key} ${name}`] = r.data!.addStaffMember.id;
      }
    }
    tokens.r1 = await tokenWith([{ role: 'resident', compoundId: liulang.id }], { residentId: R1, sub: 'resident:r1' });
    tokens.r2 = await tokenWith([{ role: 'resident', compoundId: liulang.id }], { residentId: R2, sub: 'resident:r2' });
    tokens.dongliResident = await tokenWith([{ role: 'resident', compoundId: dongli.id }], { residentId: R2, sub: 'resident:dongli' });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('routes each order to the company responsible for its location in the three-company compound', async () => {
    const cases: [CreateWorkOrderInput, string, string][] = [
      [homeRepair(1), tokens.r1, 'qingbo-property'],
      [homeRepair(2), tokens.r1, 'qingbo-property'],
      [homeRepair(3), tokens.r1, 'hubin-property'],
      [homeRepair(4), tokens.r1, 'hubin-property'],
      [homeRepair(5), tokens.r1, 'xizi-property'],
      [homeRepair(6), tokens.r1, 'xizi-property'],
      [
        {
          compoundId: liulang.id,
          kind: 'COMMON_AREA',
          areaKey: 'west-gate',
          category: 'SECURITY',
          priority: 'HIGH',
          description: 'Gate barrier stuck',
        },
        tokens['hubin-property'],
        'hubin-property',
      ],
      [
        {
          compoundId: liulang.id,
          kind: 'COMMON_AREA',
          areaKey: 'underground-garage',
          category: 'LIGHTING',
          priority: 'LOW',
          description: 'Lamp out',
        },
        tokens['xizi-property'],
        'xizi-property',
      ],
      [
        {
          compoundId: liulang.id,
          kind: 'COMMON_AREA',
          buildingId: b2(),
          category: 'ELEVATOR',
          priority: 'URGENT',
          description: 'Lift stuck',
        },
        tokens['qingbo-property'],
        'qingbo-property',
      ],
    ];
    function b2() {
      return b(2);
    }
    for (const [input, token, company] of cases) {
      const order = await create(input, token);
      expect(order.company.id).toBe(demoCompanyId(company));
      expect(order.status).toBe('SUBMITTED');
    }
    // Staff cannot file work for another company's zone.
    const other = await stack.query(
      CreateOrder,
      {
        input: {
          compoundId: liulang.id,
          kind: 'COMMON_AREA',
          areaKey: 'east-gate',
          category: 'SECURITY',
          priority: 'HIGH',
          description: 'x',
        },
      },
      tokens['hubin-property'],
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it("refuses orders nobody covers, outside the caller's scope or with bad input, writing nothing", async () => {
    const before = [await count('work_order'), await count('work_order_event')];
    const gap = await stack.query(
      CreateOrder,
      { input: { ...homeRepair(1), compoundId: dongli.id, buildingId: demoBuildingId('xiangtan-dongli', 1) } },
      tokens.dongliResident,
    );
    expect(codeOf(gap)).toBe('CONFLICT');
    expect(gap.errors![0].extensions!.uncoveredZone).toBe(`building:${demoBuildingId('xiangtan-dongli', 1)}`);
    expect(gap.errors![0].message).toContain('No property company covers');
    const cases: [CreateWorkOrderInput, string, string][] = [
      [homeRepair(1, { buildingId: demoBuildingId('xiangtan-dongli', 1) }), tokens.r1, 'BAD_USER_INPUT'],
      [homeRepair(1, { compoundId: dongli.id, buildingId: demoBuildingId('xiangtan-dongli', 1) }), tokens.r1, 'FORBIDDEN'],
      [
        { compoundId: liulang.id, kind: 'COMMON_AREA', areaKey: 'east-gate', category: 'SECURITY', priority: 'HIGH', description: 'x' },
        tokens.r1,
        'FORBIDDEN',
      ],
      [
        { compoundId: liulang.id, kind: 'COMMON_AREA', areaKey: 'moon-base', category: 'SECURITY', priority: 'HIGH', description: 'x' },
        tokens.admin,
        'BAD_USER_INPUT',
      ],
      [homeRepair(1, { buildingId: null, areaKey: 'east-gate' }), tokens.r1, 'BAD_USER_INPUT'],
      [homeRepair(1, { description: '' }), tokens.r1, 'BAD_USER_INPUT'],
      [homeRepair(1, { contactPhone: 'abc' }), tokens.r1, 'BAD_USER_INPUT'],
      [homeRepair(1, { contactPhone: '1380000000' }), tokens.r1, 'BAD_USER_INPUT'],
      [homeRepair(1), tokens.analyst, 'FORBIDDEN'],
    ];
    for (const [input, token, code] of cases) {
      const r = await stack.query(CreateOrder, { input }, token);
      expect([JSON.stringify(input), codeOf(r)]).toEqual([JSON.stringify(input), code]);
    }
    // A priority that is not one of the enum's values: no typed variables can carry it, so
    // the same document goes as text with the wrong value, for the refusal.
    const whenever = await stack.queryText(CreateOrder.toString(), { input: { ...homeRepair(1), priority: 'WHENEVER' } }, tokens.r1);
    expect(codeOf(whenever)).toBe('BAD_USER_INPUT');
    expect([await count('work_order'), await count('work_order_event')]).toEqual(before);
  });

  it('keeps a contact phone by the shared rule: a mobile without its spaces, a landline with its area code', async () => {
    const mobile = await create(homeRepair(3, { contactPhone: ' 138 0013 8000 ' }), tokens.r1);
    const landline = await create(homeRepair(3, { contactPhone: '0731-58561234' }), tokens.r1);
    expect([mobile.contactPhone, landline.contactPhone]).toEqual(['13800138000', '0731-58561234']);
    const stored = await stack.dataSources.property.query(
      'SELECT contact_phone AS p FROM work_order WHERE id = ANY($1) ORDER BY contact_phone',
      [[mobile.id, landline.id]],
    );
    expect(stored).toEqual([{ p: '0731-58561234' }, { p: '13800138000' }]);
  });

  it('refuses with SERVICE_UNAVAILABLE when party cannot confirm the building, writing nothing', async () => {
    const undo = usePartyDirectory(new InternalPartyDirectory());
    await stack.stopSubgraph('party');
    try {
      const before = await count('work_order');
      const r = await stack.query(CreateOrder, { input: homeRepair(4) }, tokens.r1);
      expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
      expect(await count('work_order')).toBe(before);
    } finally {
      await stack.startSubgraph('party');
      undo();
    }
  });

  it('walks every allowed transition, stamped by the server, and refuses the others', async () => {
    const hubin = tokens['hubin-property'];
    stack.clock.set('2026-11-22T03:00:00Z');
    const order = await create(homeRepair(3, { priority: 'HIGH' }), tokens.r1);
    expect(order.slaDeadline).toBe('2026-11-23T03:00:00.000Z');
    const id = order.id;
    const expectCode = async <V extends { id: string }>(step: Transition<V>, variables: V, token: string, code: string) => {
      const r = await stack.query(step, variables, token);
      expect([nameOf(step), codeOf(r)]).toEqual([nameOf(step), code]);
    };
    const advance = async <V extends { id: string }>(step: Transition<V>, variables: V, token: string, status: string) => {
      stack.clock.advance(60_000);
      const r = await stack.query(step, variables, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.order.status).toBe(status);
      return r.data!.order;
    };
    await expectCode(StartWorkOrder, { id }, hubin, 'CONFLICT');
    await expectCode(ConfirmWorkOrder, { id, rating: 5 }, tokens.r1, 'CONFLICT');
    await expectCode(AcceptWorkOrder, { id }, tokens['qingbo-property'], 'FORBIDDEN');
    await expectCode(AcceptWorkOrder, { id }, tokens.r1, 'FORBIDDEN');
    await advance(AcceptWorkOrder, { id }, hubin, 'ACCEPTED');
    await expectCode(AcceptWorkOrder, { id }, hubin, 'CONFLICT');
    await expectCode(DispatchWorkOrder, { id, assigneeId: staffIds['qingbo-property Worker A'] }, hubin, 'BAD_USER_INPUT');
    await expectCode(DispatchWorkOrder, { id, assigneeId: '00000000-0000-4000-8000-000000000000' }, hubin, 'BAD_USER_INPUT');
    const dispatched = await advance(DispatchWorkOrder, { id, assigneeId: staffIds['hubin-property Worker A'] }, hubin, 'DISPATCHED');
    expect(dispatched.assignee).toEqual({ id: staffIds['hubin-property Worker A'], name: 'hubin-property Worker A' });
    await expectCode(ResolveWorkOrder, { id }, hubin, 'CONFLICT');
    await advance(StartWorkOrder, { id }, hubin, 'IN_PROGRESS');
    await expectCode(CancelWorkOrder, { id }, tokens.r1, 'CONFLICT');
    const resolved = await advance(ResolveWorkOrder, { id, note: 'Washer replaced' }, hubin, 'RESOLVED');
    expect(resolved.resolvedAt).toBe(stack.clock.now().toISOString());
    await expectCode(ConfirmWorkOrder, { id, rating: 6 }, tokens.r1, 'BAD_USER_INPUT');
    await expectCode(ConfirmWorkOrder, { id, rating: 0 }, tokens.r1, 'BAD_USER_INPUT');
    await expectCode(ConfirmWorkOrder, { id }, tokens.r1, 'BAD_USER_INPUT');
    await expectCode(ConfirmWorkOrder, { id, rating: 5 }, tokens.r2, 'FORBIDDEN');
    await expectCode(ConfirmWorkOrder, { id, rating: 5 }, hubin, 'FORBIDDEN');
    const reopened = await advance(ReopenWorkOrder, { id, reason: 'Still dripping' }, tokens.r1, 'DISPATCHED');
    expect(reopened).toMatchObject({ reopenCount: 1, resolvedAt: null });
    await advance(StartWorkOrder, { id }, hubin, 'IN_PROGRESS');
    await advance(ResolveWorkOrder, { id }, hubin, 'RESOLVED');
    const confirmed = await advance(ConfirmWorkOrder, { id, rating: 4, comment: 'Fine now' }, tokens.r1, 'CONFIRMED');
    expect(confirmed).toMatchObject({ rating: 4, closedAt: stack.clock.now().toISOString() });
    await expectCode(ConfirmWorkOrder, { id, rating: 5 }, tokens.r1, 'CONFLICT');
    await expectCode(ReopenWorkOrder, { id, reason: 'again' }, tokens.r1, 'CONFLICT');
    await expectCode(CancelWorkOrder, { id }, hubin, 'CONFLICT');

    const stored = await stack.query(GetOrder, { id }, tokens.r1);
    expect(stored.data!.workOrder.history.map((e) => [e.fromStatus, e.action, e.toStatus, e.actor])).toEqual([
      [null, 'SUBMIT', 'SUBMITTED', 'resident:r1'],
      ['SUBMITTED', 'ACCEPT', 'ACCEPTED', 'staff:hubin-property'],
      ['ACCEPTED', 'DISPATCH', 'DISPATCHED', 'staff:hubin-property'],
      ['DISPATCHED', 'START', 'IN_PROGRESS', 'staff:hubin-property'],
      ['IN_PROGRESS', 'RESOLVE', 'RESOLVED', 'staff:hubin-property'],
      ['RESOLVED', 'REOPEN', 'DISPATCHED', 'resident:r1'],
      ['DISPATCHED', 'START', 'IN_PROGRESS', 'staff:hubin-property'],
      ['IN_PROGRESS', 'RESOLVE', 'RESOLVED', 'staff:hubin-property'],
      ['RESOLVED', 'CONFIRM', 'CONFIRMED', 'resident:r1'],
    ]);
    // One minute apart each, by the server's clock.
    const times = stored.data!.workOrder.history.map((e) => Date.parse(e.at));
    expect(times.slice(1).map((t: number, i: number) => t - times[i])).toEqual([
      60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000,
    ]);
    expect(stored.data!.workOrder.history[5].note).toBe('Still dripping');
    const row = (
      await stack.dataSources.property.query('SELECT status, rating, reopen_count, updated_by FROM work_order WHERE id = $1', [id])
    )[0];
    expect(row).toEqual({ status: 'CONFIRMED', rating: 4, reopen_count: 1, updated_by: 'resident:r1' });
  });

  it('cancels before work starts: the requester or the company, from submitted, accepted or dispatched', async () => {
    const xizi = tokens['xizi-property'];
    const a = await create(homeRepair(5), tokens.r1);
    expect(codeOf(await stack.query(CancelWorkOrder, { id: a.id }, tokens.r2))).toBe('FORBIDDEN');
    expect((await stack.query(CancelWorkOrder, { id: a.id, reason: 'Fixed it myself' }, tokens.r1)).data!.order.status).toBe('CANCELLED');
    const c = await create(homeRepair(6), tokens.r1);
    await stack.query(AcceptWorkOrder, { id: c.id }, xizi);
    expect((await stack.query(CancelWorkOrder, { id: c.id }, xizi)).data!.order.status).toBe('CANCELLED');
    const d = await create(homeRepair(6), tokens.r1);
    await stack.query(AcceptWorkOrder, { id: d.id }, xizi);
    await stack.query(DispatchWorkOrder, { id: d.id, assigneeId: staffIds['xizi-property Worker B'] }, xizi);
    const cancelled = (await stack.query(CancelWorkOrder, { id: d.id }, tokens.r1)).data!.order;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.closedAt).toBe(stack.clock.now().toISOString());
    expect(codeOf(await stack.query(AcceptWorkOrder, { id: d.id }, xizi))).toBe('CONFLICT');
  });

  it('lets exactly one of 20 simultaneous transitions through; the rest are CONFLICT', async () => {
    const qingbo = tokens['qingbo-property'];
    const order = await create(homeRepair(1), tokens.r1);
    const results = await Promise.all(Array.from({ length: 20 }, () => stack.query(AcceptWorkOrder, { id: order.id }, qingbo)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(19).fill('CONFLICT'));
    const events = await stack.dataSources.property.query(`SELECT action FROM work_order_event WHERE work_order_id = $1 ORDER BY id`, [
      order.id,
    ]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['SUBMIT', 'ACCEPT']);
  });

  it('computes overdue when read, exactly at the SLA boundary', async () => {
    const qingbo = tokens['qingbo-property'];
    stack.clock.set('2026-11-23T00:00:00Z');
    const order = await create(homeRepair(1, { priority: 'URGENT' }), tokens.r1);
    expect(order.slaDeadline).toBe('2026-11-23T04:00:00.000Z');
    const overdue = async () => (await stack.query(Overdue, { id: order.id }, qingbo)).data!.workOrder.overdue;
    stack.clock.set('2026-11-23T04:00:00.000Z');
    expect(await overdue()).toBe(false);
    stack.clock.set('2026-11-23T04:00:00.001Z');
    expect(await overdue()).toBe(true);
    const cols = await stack.dataSources.property.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'work_order' AND column_name LIKE '%overdue%'`,
    );
    expect(cols).toEqual([]);
    await stack.query(AcceptWorkOrder, { id: order.id }, qingbo);
    await stack.query(DispatchWorkOrder, { id: order.id, assigneeId: staffIds['qingbo-property Worker A'] }, qingbo);
    await stack.query(StartWorkOrder, { id: order.id }, qingbo);
    expect(await overdue()).toBe(true);
    await stack.query(ResolveWorkOrder, { id: order.id }, qingbo);
    expect(await overdue()).toBe(false);
  });

  it('shows each caller only what they may see, and personal data only to those who may', async () => {
    stack.clock.set('2026-11-24T00:00:00Z');
    const mine = await create(homeRepair(2), tokens.r1);
    const common = await create(
      { compoundId: liulang.id, kind: 'COMMON_AREA', areaKey: 'east-gate', category: 'SECURITY', priority: 'HIGH', description: 'Gate' },
      tokens['qingbo-property'],
    );
    expect(codeOf(await stack.query(GetOrder, { id: mine.id }, tokens.r2))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(GetOrder, { id: mine.id }, tokens['hubin-property']))).toBe('FORBIDDEN');
    expect((await stack.query(GetOrder, { id: common.id }, tokens.r2)).data!.workOrder.id).toBe(common.id);

    const own = (await stack.query(GetOrder, { id: mine.id }, tokens.r1)).data!.workOrder;
    expect([own.residentId, own.contactName, own.contactPhone]).toEqual([R1, 'Zhang San', '13800000000']);
    const staff = (await stack.query(GetOrder, { id: mine.id }, tokens['qingbo-property'])).data!.workOrder;
    expect([staff.residentId, staff.contactName]).toEqual([R1, 'Zhang San']);
    const analyst = await stack.query(GetOrder, { id: mine.id }, tokens.analyst);
    expect(analyst.errors).toBeUndefined();
    expect([analyst.data!.workOrder.residentId, analyst.data!.workOrder.contactName, analyst.data!.workOrder.contactPhone]).toEqual([
      null,
      null,
      null,
    ]);
    expect(analyst.data!.workOrder.description).toBe('Kitchen tap leaks');

    const list = async (token: string) => {
      const ids: PropertyWorkOrdersOfCompoundQuery['workOrders']['edges'][number]['node'][] = [];
      let after: string | null = null;
      for (;;) {
        const r: GraphQLResult<PropertyWorkOrdersOfCompoundQuery> = await stack.query(
          CompoundOrders,
          { compoundId: liulang.id, after },
          token,
        );
        expect(r.errors).toBeUndefined();
        ids.push(...r.data!.workOrders.edges.map((e) => e.node));
        if (!r.data!.workOrders.pageInfo.hasNextPage) return ids;
        after = r.data!.workOrders.pageInfo.endCursor;
      }
    };
    const all = await list(tokens.analyst);
    const total = await count(`work_order WHERE compound_id = '${liulang.id}'`);
    expect(all).toHaveLength(total);
    expect(all.every((o) => o.residentId === null)).toBe(true);
    const r2Sees = await list(tokens.r2);
    expect(r2Sees.length).toBeGreaterThan(0);
    expect(r2Sees.every((o) => o.kind === 'COMMON_AREA')).toBe(true);
    const r1Sees = await list(tokens.r1);
    expect(r1Sees.filter((o) => o.kind === 'HOME_REPAIR').every((o) => o.residentId === R1)).toBe(true);
    expect(r1Sees.map((o) => o.id)).toContain(mine.id);
    const hubinSees = await list(tokens['hubin-property']);
    expect(hubinSees.every((o) => o.company.id === demoCompanyId('hubin-property'))).toBe(true);
    expect(hubinSees).toHaveLength(await count(`work_order WHERE company_id = '${demoCompanyId('hubin-property')}'`));
  });
});
