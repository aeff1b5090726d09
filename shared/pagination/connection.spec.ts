import { pageSize, pageWindow, DEFAULT_PAGE_SIZE } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { refusalOf as fails } from '../errors/refusal-of';

const ID = '11111111-1111-4111-8111-111111111111';

describe('cursor pagination', () => {
  it('round-trips cursors with their order, sort values and id', () => {
    expect(decodeCursor(encodeCursor('NAME:ASC', { values: ['晴岚家园'], id: ID }), 'NAME:ASC', 1)).toEqual({
      values: ['晴岚家园'],
      id: ID,
    });
    expect(decodeCursor(encodeCursor('PRIORITY:DESC', { values: [0, '2026-11-22T00:00:00.000Z'], id: ID }), 'PRIORITY:DESC', 2)).toEqual({
      values: [0, '2026-11-22T00:00:00.000Z'],
      id: ID,
    });
  });

  it.each([
    '',
    'garbage',
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1, 2]').toString('base64url'),
    Buffer.from(`["NAME:ASC", [{}], "${ID}"]`).toString('base64url'),
  ])('refuses a cursor it did not make: %j', (cursor) => {
    expect(fails(() => decodeCursor(cursor, 'NAME:ASC', 1, 'before'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
      message: 'before is not a cursor of this list',
    });
  });

  it('refuses a cursor made under another order, or another direction of the same one', () => {
    const cursor = encodeCursor('SLA_DEADLINE:ASC', { values: ['2026-11-22T00:00:00.000Z'], id: ID });
    for (const order of ['SLA_DEADLINE:DESC', 'SUBMITTED_AT:ASC'])
      expect(fails(() => decodeCursor(cursor, order, 1))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
        message: 'after is a cursor of another order of this list: page with the orderBy it was made under',
      });
  });

  it('accepts page sizes 1 to 100, from the start or the end, not both', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 1.5]) expect(() => pageSize(bad)).toThrow(/between 1 and 100/);
    const sort = { name: 'DEFAULT:ASC', key: { columns: ['x.seq'] } };
    expect(pageWindow({ last: 5 }, sort)).toEqual({ size: 5, backward: true, after: undefined, before: undefined });
    expect(pageWindow({}, sort)).toEqual({ size: DEFAULT_PAGE_SIZE, backward: false, after: undefined, before: undefined });
    expect(fails(() => pageWindow({ last: 0 }, sort))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'last',
      message: 'last must be between 1 and 100',
    });
    expect(fails(() => pageWindow({ first: 2, last: 2 }, sort))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'last',
      message: 'Give first or last, not both',
    });
  });
});
