import { dutyAt } from './duty';
import { CalendarDayKind, DutyTeam } from './station.enums';

const none = () => undefined;
const zone = 'Asia/Shanghai';

describe('who is on duty at the station', () => {
  it('puts grid workers on weekdays 08:30 up to 20:00 local time', () => {
    // Monday 23 November 2026 in Shanghai (UTC+8).
    expect(dutyAt(new Date('2026-11-23T08:29:59+08:00'), zone, none).team).toBe(DutyTeam.PROPERTY_STAFF);
    expect(dutyAt(new Date('2026-11-23T08:30:00+08:00'), zone, none).team).toBe(DutyTeam.GRID_WORKERS);
    expect(dutyAt(new Date('2026-11-23T19:59:59+08:00'), zone, none).team).toBe(DutyTeam.GRID_WORKERS);
    expect(dutyAt(new Date('2026-11-23T20:00:00+08:00'), zone, none).team).toBe(DutyTeam.PROPERTY_STAFF);
    // Saturday.
    expect(dutyAt(new Date('2026-11-21T10:00:00+08:00'), zone, none)).toEqual({
      team: DutyTeam.PROPERTY_STAFF,
      workingDay: false,
      localDate: '2026-11-21',
    });
  });

  it('reads the day in the compound’s zone, not UTC', () => {
    // 01:00 UTC on Monday 23 November is 09:00 Monday in Shanghai but 20:00 Sunday in New York.
    expect(dutyAt(new Date('2026-11-23T01:00:00Z'), zone, none).team).toBe(DutyTeam.GRID_WORKERS); // Monday 09:00 Shanghai
    expect(dutyAt(new Date('2026-11-23T01:00:00Z'), 'America/New_York', none).team).toBe(DutyTeam.PROPERTY_STAFF); // Sunday 20:00 NY
  });

  it('honours the compound’s extra holidays and working days (调休)', () => {
    const calendar = (d: string) =>
      d === '2026-11-23' ? CalendarDayKind.HOLIDAY : d === '2026-11-22' ? CalendarDayKind.WORKING_DAY : undefined;
    expect(dutyAt(new Date('2026-11-23T10:00:00+08:00'), zone, calendar)).toEqual({
      team: DutyTeam.PROPERTY_STAFF,
      workingDay: false,
      localDate: '2026-11-23',
    });
    expect(dutyAt(new Date('2026-11-22T10:00:00+08:00'), zone, calendar)).toEqual({
      team: DutyTeam.GRID_WORKERS,
      workingDay: true,
      localDate: '2026-11-22',
    });
  });
});
