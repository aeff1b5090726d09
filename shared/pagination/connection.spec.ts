import { decodeCursor, encodeCursor, pageSize, DEFAULT_PAGE_SIZE } from './connection';

describe('cursor pagination', () => {
  it('round-trips cursors', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    expect(decodeCursor(encodeCursor('晴岚家园', id))).toEqual(['晴岚家园', id]);
    expect(decodeCursor(encodeCursor(42, id))).toEqual([42, id]);
  });

  it.each([
    '',
    'garbage',
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1, 2]').toString('base64url'),
  ])('refuses a cursor it did not make: %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
    );
  });

  it('accepts page sizes 1 to 100', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 1.5]) expect(() => pageSize(bad)).toThrow(/between 1 and 100/);
  });
});
