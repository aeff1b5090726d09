import { toInt } from './graphql-int';

describe('GraphQL Int', () => {
  it('carries a bigint as GraphQL Int only within its range', () => {
    expect(toInt(2147483647n)).toBe(2147483647);
    expect(toInt(-2147483648n)).toBe(-2147483648);
    expect(() => toInt(2147483648n)).toThrow('Out of Int range');
  });
});
