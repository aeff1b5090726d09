import { promiseStart } from './promise-start';
import { CalendarDayKind } from './station.enums';

const none = () => undefined;
const zone = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);

describe('when the 10-minute promise starts', () => {
  it('starts at once during the grid’s duty hours', () => {
    // Monday 23 November 2026, Shanghai.
    expect(promiseStart(at('2026-11-23T08:30:00+08:00'), zone, none)).toEqual(at('2026-11-23T08:30:00+08:00'));
    expect(promiseStart(at('2026-11-23T19:59:59+08:00'), zone, none)).toEqual(at('2026-11-23T19:59:59+08:00'));
  });

  it('starts at 08:30 the same working day when filed before duty begins', () => {
    expect(promiseStart(at('2026-11-23T08:29:59+08:00'), zone, none)).toEqual(at('2026-11-23T08:30:00+08:00'));
    expect(promiseStart(at('2026-11-23T00:00:00+08:00'), zone, none)).toEqual(at('2026-11-23T08:30:00+08:00'));
  });

  it('starts at 08:30 the next working day when filed in the evening or at the weekend', () => {
    expect(promiseStart(at('2026-11-23T20:00:00+08:00'), zone, none)).toEqual(at('2026-11-24T08:30:00+08:00'));
    // Friday evening → Monday.
    expect(promiseStart(at('2026-11-27T21:15:00+08:00'), zone, none)).toEqual(at('2026-11-30T08:30:00+08:00'));
    // Sunday 10:00 (the tests' start) → Monday.
    expect(promiseStart(at('2026-11-22T02:00:00Z'), zone, none)).toEqual(at('2026-11-23T08:30:00+08:00'));
  });

  it('honours the compound’s extra holidays and working days (调休)', () => {
    const calendar = (d: string) =>
      d === '2026-11-23' || d === '2026-11-24' ? CalendarDayKind.HOLIDAY : d === '2026-11-22' ? CalendarDayKind.WORKING_DAY : undefined;
    // Sunday made a working day: in hours at once.
    const sunday = at('2026-11-22T10:00:00+08:00');
    expect(promiseStart(sunday, zone, calendar)).toEqual(sunday);
    // Sunday evening → Monday and Tuesday are holidays → Wednesday.
    expect(promiseStart(at('2026-11-22T20:30:00+08:00'), zone, calendar)).toEqual(at('2026-11-25T08:30:00+08:00'));
    // Saturday before a working Sunday → Sunday 08:30.
    expect(promiseStart(at('2026-11-21T12:00:00+08:00'), zone, calendar)).toEqual(at('2026-11-22T08:30:00+08:00'));
  });

  it('reads the hours in the compound’s zone, across a DST change', () => {
    // Saturday 7 March 2026 evening in New York; DST starts Sunday 8 March; duty begins Monday 9 March 08:30 EDT (UTC-4).
    expect(promiseStart(at('2026-03-07T21:00:00-05:00'), 'America/New_York', none)).toEqual(at('2026-03-09T08:30:00-04:00'));
    // 01:00 UTC on Monday 23 November is 09:00 in Shanghai (in hours) but Sunday 20:00 in New York.
    const instant = at('2026-11-23T01:00:00Z');
    expect(promiseStart(instant, zone, none)).toEqual(instant);
    expect(promiseStart(instant, 'America/New_York', none)).toEqual(at('2026-11-23T08:30:00-05:00'));
  });
});
