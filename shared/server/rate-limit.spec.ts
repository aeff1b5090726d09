import type { IncomingMessage } from 'node:http';
import { RateLimit } from './rate-limit';

const from = (authorization?: string, remoteAddress = '10.0.0.1') =>
  ({ headers: authorization ? { authorization } : {}, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('RateLimit', () => {
  it('lets a burst of ten seconds’ worth through, then one per 60/perMinute seconds, per caller', () => {
    let now = 0;
    const limit = new RateLimit({ perMinute: 120 }, () => now);
    const alice = from('Bearer alice');
    const taken = Array.from({ length: 21 }, () => limit.take(alice));
    expect(taken).toEqual([...Array.from({ length: 20 }, () => 0), 1]);
    expect(limit.take(from('Bearer bob'))).toBe(0);
    now += 500; // 120 a minute: one more after half a second
    expect(limit.take(alice)).toBe(0);
    expect(limit.take(alice)).toBe(1);
  });

  it('tells callers without a token apart by address, and is off at 0', () => {
    const limit = new RateLimit({ perMinute: 6 }, () => 0);
    for (let i = 0; i < 10; i++) expect(limit.take(from(undefined, '10.0.0.1'))).toBe(0);
    expect(limit.take(from(undefined, '10.0.0.1'))).toBe(10);
    expect(limit.take(from(undefined, '10.0.0.2'))).toBe(0);
    const off = new RateLimit({ perMinute: 0 });
    for (let i = 0; i < 1000; i++) expect(off.take(from('Bearer x'))).toBe(0);
  });
});
