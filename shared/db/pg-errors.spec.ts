import { isCheckViolation, isExclusionViolation, isUniqueViolation, pgErrorCode } from './pg-errors';

describe('PostgreSQL error codes', () => {
  it('reads the code and constraint on the error or on its driverError', () => {
    expect(isUniqueViolation({ code: '23505', constraint: 'a' }, 'a')).toBe(true);
    expect(isUniqueViolation({ driverError: { code: '23505', constraint: 'a' } }, 'a')).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint: 'a' }, 'b')).toBe(false);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isExclusionViolation({ code: '23P01' })).toBe(true);
    expect(isCheckViolation({ driverError: { code: '23514' } })).toBe(true);
    expect(isUniqueViolation({ code: '23P01' })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(pgErrorCode(new Error('x'))).toBeUndefined();
  });
});
