import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CalendarDayKind, ServiceMode } from '../../typed/graphql';
import { codeOf, Fixture, ok, orgFixture } from './party-helpers';

const CreateStation = graphql(`
  mutation ServiceStationCreate($i: CreateServiceStationInput!) {
    createServiceStation(input: $i) {
      id
      functions
      customFunctions
    }
  }
`);

const AddService = graphql(`
  mutation ServiceStationAddService($i: AddStationServiceInput!) {
    addStationService(input: $i) {
      name
      mode
    }
  }
`);

const StationOfCompound = graphql(`
  query ServiceStationOfCompound($c: ID!) {
    compound(id: $c) {
      serviceStation {
        name
        services {
          name
          category
          mode
        }
        compound {
          id
        }
      }
    }
  }
`);

const OnDutyAt = graphql(`
  query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {
    serviceStation(id: $id) {
      onDuty(at: $at) {
        team
        workingDay
        localDate
      }
    }
  }
`);

const OnDutyNow = graphql(`
  query ServiceStationOnDutyNow($id: ID!) {
    serviceStation(id: $id) {
      onDuty {
        team
        at
      }
    }
  }
`);

const SetCalendarDay = graphql(`
  mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {
    setCompoundCalendarDay(input: $i) {
      day
      kind
    }
  }
`);

const CalendarDays = graphql(`
  query ServiceStationCalendarDays($c: ID!) {
    compound(id: $c) {
      calendarDays {
        day
        kind
      }
    }
  }
`);

describe('party: service station, catalogue and who is on duty', () => {
  let stack: Stack;
  let f: Fixture;
  let secretary: string;
  let stationId: string;

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    secretary = await tokenFor('party_secretary', { compoundId: f.compoundA });
  });
  afterAll(() => stack.stop());

  it('opens one station per compound with the 6+X functions and a catalogue of on-the-spot and proxy services', async () => {
    const station = ok(
      await stack.query(
        CreateStation,
        { i: { compoundId: f.compoundA, name: '晴岚家园党群服务站', customFunctions: ['法律咨询', '老年助餐'] } },
        secretary,
      ),
    ).createServiceStation;
    stationId = station.id;
    expect(station.functions).toEqual([
      'PUBLIC_OPINION',
      'CONSULTATION',
      'DISPUTE_MEDIATION',
      'CONVENIENCE_SERVICES',
      'SOCIAL_ORGANISATION_SERVICES',
      'SELF_SERVICE',
    ]);
    expect(station.customFunctions).toEqual(['法律咨询', '老年助餐']);
    expect(codeOf(await stack.query(CreateStation, { i: { compoundId: f.compoundA, name: 'x' } }, secretary))).toBe('CONFLICT');
    expect(codeOf(await stack.query(CreateStation, { i: { compoundId: f.compoundB, name: 'x' } }, secretary))).toBe('FORBIDDEN');

    const add = (name: string, category: string, mode: ServiceMode, token = secretary) =>
      stack.query(AddService, { i: { stationId, name, category, mode } }, token);
    ok(await add('矛盾调解', '综合服务', 'ON_THE_SPOT'));
    ok(await add('失业登记', '人社服务', 'BY_PROXY', await tokenFor('grid_worker', { compoundId: f.compoundA })));
    ok(await add('养老金资格认证', '人社服务', 'ON_THE_SPOT'));
    expect(codeOf(await add('失业登记', '人社服务', 'BY_PROXY'))).toBe('CONFLICT');
    expect(codeOf(await add('', '人社服务', 'BY_PROXY'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await add('x', 'y', 'BY_PROXY', await tokenFor('grid_worker', { compoundId: f.compoundB })))).toBe('FORBIDDEN');
    const read = ok(await stack.query(StationOfCompound, { c: f.compoundA }, await tokenFor('resident', { compoundId: f.compoundA })));
    const services = read.compound.serviceStation?.services ?? [];
    // Grouped by category (name order within a category follows the database collation).
    expect(services.map((s) => s.category)).toEqual(['人社服务', '人社服务', '综合服务']);
    expect([...services].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [
        { name: '失业登记', category: '人社服务', mode: 'BY_PROXY' },
        { name: '养老金资格认证', category: '人社服务', mode: 'ON_THE_SPOT' },
        { name: '矛盾调解', category: '综合服务', mode: 'ON_THE_SPOT' },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(read.compound.serviceStation?.compound?.id).toBe(f.compoundA);
  });

  it('answers who is on duty: grid workers on working days 08:30–20:00 Shanghai time, property staff otherwise', async () => {
    const at = async (iso: string) =>
      ok(await stack.query(OnDutyAt, { id: stationId, at: iso }, await tokenFor('resident', { compoundId: f.compoundA }))).serviceStation
        .onDuty;
    expect(await at('2026-11-23T08:29:00+08:00')).toEqual({ team: 'PROPERTY_STAFF', workingDay: true, localDate: '2026-11-23' });
    expect(await at('2026-11-23T00:30:00Z')).toEqual({ team: 'GRID_WORKERS', workingDay: true, localDate: '2026-11-23' });
    expect((await at('2026-11-23T19:59:00+08:00'))?.team).toBe('GRID_WORKERS');
    expect((await at('2026-11-23T20:00:00+08:00'))?.team).toBe('PROPERTY_STAFF');
    expect(await at('2026-11-22T10:00:00+08:00')).toEqual({ team: 'PROPERTY_STAFF', workingDay: false, localDate: '2026-11-22' });
    // Without `at`, the server's clock decides: the stack clock is Sunday 10:00 in Shanghai.
    const now = ok(await stack.query(OnDutyNow, { id: stationId }, secretary)).serviceStation.onDuty;
    expect(now).toEqual({ team: 'PROPERTY_STAFF', at: stack.clock.now().toISOString() });

    // 调休: Sunday becomes a working day, Monday a holiday.
    const set = (day: string, kind: CalendarDayKind, token = secretary) =>
      stack.query(SetCalendarDay, { i: { compoundId: f.compoundA, day, kind, note: '调休' } }, token);
    ok(await set('2026-11-22', 'WORKING_DAY'));
    ok(await set('2026-11-23', 'HOLIDAY'));
    expect(codeOf(await set('2026-02-30', 'HOLIDAY'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await set('2026-11-24', 'HOLIDAY', await tokenFor('grid_worker', { compoundId: f.compoundA })))).toBe('FORBIDDEN');
    expect(await at('2026-11-22T10:00:00+08:00')).toEqual({ team: 'GRID_WORKERS', workingDay: true, localDate: '2026-11-22' });
    expect(await at('2026-11-23T10:00:00+08:00')).toEqual({ team: 'PROPERTY_STAFF', workingDay: false, localDate: '2026-11-23' });
    // Setting a day again replaces it.
    ok(await set('2026-11-23', 'WORKING_DAY'));
    expect((await at('2026-11-23T10:00:00+08:00'))?.team).toBe('GRID_WORKERS');
    const days = ok(await stack.query(CalendarDays, { c: f.compoundA }, secretary)).compound.calendarDays;
    expect(days).toEqual([
      { day: '2026-11-22', kind: 'WORKING_DAY' },
      { day: '2026-11-23', kind: 'WORKING_DAY' },
    ]);
  });

  it('resolves ServiceStation references for other subgraphs', async () => {
    const r = ok(
      await stack.querySubgraph<{ _entities: { id: string; name: string; compound: { id: string } }[] }>(
        'party',
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceStation { id name compound { id } } } }`,
        { r: [{ __typename: 'ServiceStation', id: stationId }] },
        await tokenFor('property_staff'),
      ),
    );
    expect(r._entities).toEqual([{ id: stationId, name: '晴岚家园党群服务站', compound: { id: f.compoundA } }]);
  });
});
