import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  it('keeps a verified token until it expires or the recheck time passes, whichever is first', () => {
    const cache = new VerifiedTokens<string>(60_000, 10);
    cache.set('a', 'claims of a', 1_000_000 + 30_000, 1_000_000);
    cache.set('b', 'claims of b', 1_000_000 + 600_000, 1_000_000);
    expect([cache.get('a', 1_029_999), cache.get('b', 1_059_999)]).toEqual(['claims of a', 'claims of b']);
    // a: its expiry; b: the recheck, though its token is valid for longer.
    expect([cache.get('a', 1_030_000), cache.get('b', 1_060_000)]).toEqual([undefined, undefined]);
  });

  it('forgets the oldest entry past its bound, and a deleted one at once', () => {
    const cache = new VerifiedTokens<number>(60_000, 2);
    cache.set('first', 1, Infinity, 0);
    cache.set('second', 2, Infinity, 0);
    cache.set('third', 3, Infinity, 0);
    expect(['first', 'second', 'third'].map((t) => cache.get(t, 1))).toEqual([undefined, 2, 3]);
    cache.delete('second');
    expect(cache.get('second', 1)).toBeUndefined();
  });
});
