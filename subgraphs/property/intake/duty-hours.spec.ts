import { isGridDutyTime } from './duty-hours';

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
});
