import { calendarDate } from '../../../shared/time/calendar-date';
import { localDate } from '../../../shared/time/local-time';
import { validateContractInput } from './contract.service';

const base = {
  companyId: '6f1c0c56-4a9b-4a9e-9a4e-3f3f3f3f3f3f',
  compoundId: '7f1c0c56-4a9b-4a9e-9a4e-3f3f3f3f3f3f',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  buildingIds: ['8f1c0c56-4a9b-4a9e-9a4e-3f3f3f3f3f3f'],
  areaKeys: ['east-gate'],
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('contract input', () => {
  it('accepts a one-day contract and an open-ended one', () => {
    expect(validateContractInput({ ...base, endsOn: '2026-01-01' }).endsOn).toBe('2026-01-01');
    expect(validateContractInput({ ...base, endsOn: null }).endsOn).toBeNull();
  });

  it('refuses a contract ending before it starts, impossible dates, empty or repeated zones, bad keys', () => {
    expect(codeOf(() => validateContractInput({ ...base, endsOn: '2025-12-31' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateContractInput({ ...base, startsOn: '2026-02-29' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateContractInput({ ...base, buildingIds: [], areaKeys: [] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateContractInput({ ...base, areaKeys: ['east-gate', 'east-gate'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateContractInput({ ...base, areaKeys: ['East Gate'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateContractInput({ ...base, buildingIds: ['3'] }))).toBe('BAD_USER_INPUT');
  });
});

describe('days', () => {
  it('reads the day in Asia/Shanghai (UTC+8)', () => {
    expect(localDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(localDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(calendarDate('2024-02-29', 'd')).toBe('2024-02-29');
  });
});
