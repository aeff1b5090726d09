import { localDate } from '../../../shared/time/local-time';
import { isGridDutyTime, isGridDutyTimeOn } from './duty-hours';

describe('station duty hours (Asia/Shanghai)', () => {
  it('gives weekdays 08:30–20:00 to the grid and the rest to the property company', () => {
    // 2026-11-23 is a Monday. 08:30 Shanghai = 00:30Z; 20:00 Shanghai = 12:00Z.
    expect(isGridDutyTime(new Date('2026-11-23T00:29:59Z'))).toBe(false);
    expect(isGridDutyTime(new Date('2026-11-23T00:30:00Z'))).toBe(true);
    expect(isGridDutyTime(new Date('2026-11-23T11:59:59Z'))).toBe(true);
    expect(isGridDutyTime(new Date('2026-11-23T12:00:00Z'))).toBe(false);
    // Saturday noon.
    expect(isGridDutyTime(new Date('2026-11-28T04:00:00Z'))).toBe(false);
  });

  it('takes the working day from the compound calendar (调休) and the hours from the rule', () => {
    // Saturday marked a working day: the grid holds 08:30–20:00.
    expect(isGridDutyTimeOn(new Date('2026-11-28T04:00:00Z'), true)).toBe(true);
    expect(isGridDutyTimeOn(new Date('2026-11-28T12:00:00Z'), true)).toBe(false);
    // Monday marked a holiday: the property company's all day.
    expect(isGridDutyTimeOn(new Date('2026-11-23T04:00:00Z'), false)).toBe(false);
  });

  it('reads the local date at the compound, not in UTC', () => {
    expect(localDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(localDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });
});
