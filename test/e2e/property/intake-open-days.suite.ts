import { demoId } from '../../../shared/demo/ids';
import { demoBuildingId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { codeOf, startStack, Stack } from '../../support/stack';
import { tokenFor, tokenWith } from '../../support/tokens';
import { graphql } from '../../typed';
import type { PlanServiceOpenDayInput, RecordAfterHoursIntakeInput } from '../../typed/graphql';

const RecordIntake = graphql(`
  mutation PropertyIntakeRecord($input: RecordAfterHoursIntakeInput!) {
    recordAfterHoursIntake(input: $input) {
      id
      receivedAt
      text
      callerName
      callerPhone
      gridHandback
      station {
        id
      }
      workOrder {
        id
        kind
        status
        description
        contactName
        company {
          id
        }
        building {
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
const IntakeCaller = graphql(`
  query PropertyIntakeCaller($id: ID!) {
    afterHoursIntake(id: $id) {
      text
      callerName
      callerPhone
    }
  }
`);
const IntakeText = graphql(`
  query PropertyIntakeText($id: ID!) {
    afterHoursIntake(id: $id) {
      text
    }
  }
`);
const SetCalendarDay = graphql(`
  mutation PropertyIntakeSetCalendarDay($input: SetCalendarDayInput!) {
    setCompoundCalendarDay(input: $input) {
      day
      kind
    }
  }
`);
const PlanOpenDay = graphql(`
  mutation PropertyIntakePlanOpenDay($input: PlanServiceOpenDayInput!) {
    planServiceOpenDay(input: $input) {
      id
      status
      day
      title
      standards {
        position
        item
        standard
        fee {
          fen
          yuan
        }
        feeUnit
      }
    }
  }
`);
const OpenDaysSeen = graphql(`
  query PropertyIntakeOpenDaysSeen($id: ID!) {
    compound(id: $id) {
      serviceOpenDays {
        id
        status
        publishedAt
        company {
          name
        }
        standards {
          item
        }
      }
    }
  }
`);
const PublishOpenDay = graphql(`
  mutation PropertyIntakePublishOpenDay($id: ID!) {
    publishServiceOpenDay(id: $id) {
      status
      publishedAt
    }
  }
`);

describe('property: after-hours intake and service open days', () => {
  let stack: Stack;
  const liulang = demoCompound('liulang-dongyuan');
  const dongli = demoCompound('xiangtan-dongli');
  // Party's demo service station of Liulang Dongyuan: property asks party whose compound it is.
  const station = demoId('station', 'liulang-dongyuan');
  const t: Record<string, string> = {};
  const count = async (sql: string) => Number((await stack.dataSources.property.query(`SELECT count(*)::int AS n FROM ${sql}`))[0].n);
  const intake = (extra: Partial<RecordAfterHoursIntakeInput> = {}): RecordAfterHoursIntakeInput => ({
    stationId: station,
    text: 'Water dripping through the ceiling',
    callerName: 'Li Si',
    callerPhone: '13900000000',
    kind: 'HOME_REPAIR',
    buildingId: demoBuildingId('liulang-dongyuan', 5),
    locationDetail: 'Unit 2, Room 302',
    category: 'PLUMBING',
    priority: 'URGENT',
    ...extra,
  });

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    t.qingbo = await tokenFor('property_staff', { companyId: demoCompanyId('qingbo-property') }, { sub: 'staff:qingbo' });
    t.hubin = await tokenFor('property_staff', { companyId: demoCompanyId('hubin-property') }, { sub: 'staff:hubin' });
    t.xizi = await tokenFor('property_staff', { companyId: demoCompanyId('xizi-property') }, { sub: 'staff:xizi' });
    t.analyst = await tokenFor('analyst');
    t.resident = await tokenWith([{ role: 'resident', compoundId: liulang.id }], { residentId: '33333333-3333-4333-8333-333333333333' });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it("records intake by the station company's staff after hours and opens a work order routed to the location's company", async () => {
    // Monday 2026-11-23, 21:00 in Shanghai.
    stack.clock.set('2026-11-23T13:00:00Z');
    const r = await stack.query(RecordIntake, { input: intake() }, t.qingbo);
    expect(r.errors).toBeUndefined();
    const rec = r.data!.recordAfterHoursIntake;
    expect(rec).toMatchObject({
      receivedAt: '2026-11-23T13:00:00.000Z',
      callerName: 'Li Si',
      gridHandback: 'NOT_REQUESTED',
      station: { id: station },
    });
    // Building 5 is Xizi's: the on-duty Qingbo staff files it for them.
    expect(rec.workOrder).toMatchObject({
      kind: 'HOME_REPAIR',
      status: 'SUBMITTED',
      description: 'Water dripping through the ceiling',
      company: { id: demoCompanyId('xizi-property') },
      building: { id: demoBuildingId('liulang-dongyuan', 5) },
      history: [{ action: 'SUBMIT', actor: 'staff:qingbo' }],
    });
    const stored = (await stack.dataSources.property.query('SELECT intake_id FROM work_order WHERE id = $1', [rec.workOrder.id]))[0];
    expect(stored.intake_id).toBe(rec.id);
    // Its SLA is watched from the intake on: URGENT, 4 hours.
    expect(
      await stack.dataSources.property.query('SELECT due_at, fired_at, settled_at FROM work_order_sla_due WHERE work_order_id = $1', [
        rec.workOrder.id,
      ]),
    ).toEqual([{ due_at: new Date('2026-11-23T17:00:00Z'), fired_at: null, settled_at: null }]);

    const handBack = await stack.query(
      RecordIntake,
      {
        input: intake({
          kind: 'COMMON_AREA',
          buildingId: null,
          areaKey: 'central-garden',
          category: 'OTHER',
          priority: 'LOW',
          text: 'Neighbours quarrel over the garden',
          handBackToGrid: true,
        }),
      },
      t.qingbo,
    );
    expect(handBack.errors).toBeUndefined();
    expect(handBack.data!.recordAfterHoursIntake.gridHandback).toBe('PENDING');
    expect(handBack.data!.recordAfterHoursIntake.workOrder.company.id).toBe(demoCompanyId('hubin-property'));

    const asAnalyst = await stack.query(IntakeCaller, { id: rec.id }, t.analyst);
    expect(asAnalyst.data!.afterHoursIntake).toEqual({ text: 'Water dripping through the ceiling', callerName: null, callerPhone: null });
    expect(codeOf(await stack.query(IntakeText, { id: rec.id }, t.resident))).toBe('FORBIDDEN');
  });

  it('refuses intake by other staff, during grid hours, at unknown stations or with bad input, writing nothing', async () => {
    const before = [await count('after_hours_intake'), await count('work_order')];
    stack.clock.set('2026-11-23T13:00:00Z');
    expect(codeOf(await stack.query(RecordIntake, { input: intake() }, t.hubin))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(RecordIntake, { input: intake() }, t.resident))).toBe('FORBIDDEN');
    expect(
      codeOf(await stack.query(RecordIntake, { input: intake({ stationId: '5a1e0000-0000-4000-8000-0000000000ff' }) }, t.qingbo)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.query(RecordIntake, { input: intake({ buildingId: demoBuildingId('xiangtan-dongli', 1) }) }, t.qingbo))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await stack.query(RecordIntake, { input: intake({ text: '' }) }, t.qingbo))).toBe('BAD_USER_INPUT');
    // Monday 10:00 and 19:59 in Shanghai: the grid's hours.
    stack.clock.set('2026-11-23T02:00:00Z');
    expect(codeOf(await stack.query(RecordIntake, { input: intake() }, t.qingbo))).toBe('CONFLICT');
    stack.clock.set('2026-11-23T11:59:59Z');
    expect(codeOf(await stack.query(RecordIntake, { input: intake() }, t.qingbo))).toBe('CONFLICT');
    expect([await count('after_hours_intake'), await count('work_order')]).toEqual(before);
    // 20:00 sharp is the property company's again.
    stack.clock.set('2026-11-23T12:00:00Z');
    expect((await stack.query(RecordIntake, { input: intake() }, t.qingbo)).errors).toBeUndefined();
  });

  it("follows the compound's calendar (调休) that party keeps: a Saturday working day is the grid's, a Monday holiday the company's", async () => {
    const secretary = await tokenFor('party_secretary', { compoundId: liulang.id }, { sub: 'sec:liulang' });
    for (const [day, kind] of [
      ['2026-11-28', 'WORKING_DAY'],
      ['2026-11-30', 'HOLIDAY'],
    ] as const) {
      const r = await stack.query(SetCalendarDay, { input: { compoundId: liulang.id, day, kind, note: '调休' } }, secretary);
      expect(r.errors).toBeUndefined();
    }
    const before = await count('after_hours_intake');
    // Saturday 2026-11-28, 10:00 in Shanghai: a working day by the calendar, so the grid's.
    stack.clock.set('2026-11-28T02:00:00Z');
    const saturday = await stack.query(RecordIntake, { input: intake() }, t.qingbo);
    expect(codeOf(saturday)).toBe('CONFLICT');
    expect(await count('after_hours_intake')).toBe(before);
    // The same Saturday at 20:00 is after hours again.
    stack.clock.set('2026-11-28T12:00:00Z');
    expect((await stack.query(RecordIntake, { input: intake() }, t.qingbo)).errors).toBeUndefined();
    // Monday 2026-11-30, 10:00: a holiday by the calendar, so the property company takes intake.
    stack.clock.set('2026-11-30T02:00:00Z');
    const monday = await stack.query(RecordIntake, { input: intake() }, t.qingbo);
    expect(monday.errors).toBeUndefined();
    expect(await count('after_hours_intake')).toBe(before + 2);
    // An ordinary Tuesday 10:00 stays the grid's.
    stack.clock.set('2026-12-01T02:00:00Z');
    expect(codeOf(await stack.query(RecordIntake, { input: intake() }, t.qingbo))).toBe('CONFLICT');
  });

  it('plans, publishes and shows service open days with standards and fees', async () => {
    stack.clock.set('2026-11-24T01:00:00Z');
    const input: PlanServiceOpenDayInput = {
      companyId: demoCompanyId('qingbo-property'),
      compoundId: liulang.id,
      day: '2026-12-05',
      title: 'Qingbo service open day',
      venue: 'Service station',
      standards: [
        { item: 'Corridor cleaning', standard: 'Daily before 09:00' },
        { item: 'Tap washer replacement', standard: 'Within 24 h of the request', feeFen: '1500', feeUnit: 'per visit' },
      ],
    };
    const bad: [PlanServiceOpenDayInput, string, string][] = [
      [{ ...input, companyId: demoCompanyId('hubin-property') }, t.qingbo, 'FORBIDDEN'],
      [{ ...input, compoundId: dongli.id }, t.qingbo, 'CONFLICT'],
      [{ ...input, day: '2026-13-01' }, t.qingbo, 'BAD_USER_INPUT'],
      [{ ...input, standards: [] }, t.qingbo, 'BAD_USER_INPUT'],
      [{ ...input, standards: [{ item: 'x', standard: 'y', feeFen: '-1' }] }, t.qingbo, 'BAD_USER_INPUT'],
    ];
    for (const [i, token, code] of bad)
      expect([JSON.stringify(i.standards), codeOf(await stack.query(PlanOpenDay, { input: i }, token))]).toEqual([
        JSON.stringify(i.standards),
        code,
      ]);
    // A fee that is not whole fen fails variable coercion in the subgraph (HTTP 400); the
    // gateway passes its code and message on.
    const fraction = await stack.query(
      PlanOpenDay,
      { input: { ...input, standards: [{ item: 'x', standard: 'y', feeFen: '1.5' }] } },
      t.qingbo,
    );
    expect(codeOf(fraction)).toBe('BAD_USER_INPUT');
    expect(fraction.errors![0].message).toMatch(/whole fen/);
    expect(JSON.stringify(fraction)).not.toMatch(/localhost|400: Bad Request/);
    expect(await count('service_open_day')).toBe(0);

    const planned = await stack.query(PlanOpenDay, { input }, t.qingbo);
    expect(planned.errors).toBeUndefined();
    const day = planned.data!.planServiceOpenDay;
    expect(day.status).toBe('DRAFT');
    expect(day.standards[1]).toEqual({
      position: 2,
      item: 'Tap washer replacement',
      standard: 'Within 24 h of the request',
      fee: { fen: '1500', yuan: '15.00' },
      feeUnit: 'per visit',
    });
    expect(day.standards[0].fee).toBeNull();

    const seen = async (token: string) => (await stack.query(OpenDaysSeen, { id: liulang.id }, token)).data!.compound.serviceOpenDays;
    expect(await seen(t.resident)).toEqual([]);
    expect((await seen(t.qingbo))?.map((d) => d.status)).toEqual(['DRAFT']);

    expect(codeOf(await stack.query(PublishOpenDay, { id: day.id }, t.hubin))).toBe('FORBIDDEN');
    stack.clock.set('2026-11-25T01:00:00Z');
    const published = await stack.query(PublishOpenDay, { id: day.id }, t.qingbo);
    expect(published.data!.publishServiceOpenDay).toEqual({ status: 'PUBLISHED', publishedAt: '2026-11-25T01:00:00.000Z' });
    expect(codeOf(await stack.query(PublishOpenDay, { id: day.id }, t.qingbo))).toBe('CONFLICT');
    const residentView = await seen(t.resident);
    expect(residentView).toEqual([
      {
        id: day.id,
        status: 'PUBLISHED',
        publishedAt: '2026-11-25T01:00:00.000Z',
        company: { name: 'Qingbo Property Services' },
        standards: [{ item: 'Corridor cleaning' }, { item: 'Tap washer replacement' }],
      },
    ]);
    const row = (
      await stack.dataSources.property.query('SELECT published_by, updated_by FROM service_open_day WHERE id = $1', [day.id])
    )[0];
    expect(row).toEqual({ published_by: 'staff:qingbo', updated_by: 'staff:qingbo' });
  });
});
