import { asStoredJson, canonicalJson, toJsonText } from './json';
import { payloadHash } from './receiver';

describe('hand-over JSON', () => {
  it('hashes equal payloads equally whatever their key order, and skips undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
    expect(payloadHash({ b: 1, a: 2 })).toBe(payloadHash({ a: 2, b: 1 }));
    expect(payloadHash({ a: 1 })).not.toBe(payloadHash({ a: 2 }));
    expect(canonicalJson([1, undefined, null])).toBe('[1,null,null]');
  });

  it('takes bigint amounts as decimal strings, the way the Fen scalar sends them', () => {
    expect(canonicalJson({ amountFen: 9_007_199_254_740_993n })).toBe('{"amountFen":"9007199254740993"}');
    expect(payloadHash({ amountFen: 100n })).toBe(payloadHash({ amountFen: '100' }));
    expect(payloadHash({ amountFen: 100n })).not.toBe(payloadHash({ amountFen: 101n }));
    expect(toJsonText({ amountFen: 5n, list: [1n] })).toBe('{"amountFen":"5","list":["1"]}');
  });

  it('takes Dates as ISO text, so two different Dates are different payloads', () => {
    const a = { at: new Date('2026-11-01T00:00:00Z') };
    const b = { at: new Date('2026-11-02T00:00:00Z') };
    expect(canonicalJson(a)).toBe('{"at":"2026-11-01T00:00:00.000Z"}');
    expect(payloadHash(a)).not.toBe(payloadHash(b));
    expect(payloadHash(a)).toBe(payloadHash({ at: '2026-11-01T00:00:00.000Z' }));
  });

  it('stores values as they read back', () => {
    expect(asStoredJson({ id: 'x', amountFen: 12n, at: new Date('2026-11-01T00:00:00Z'), gone: undefined })).toEqual({
      id: 'x',
      amountFen: '12',
      at: '2026-11-01T00:00:00.000Z',
    });
  });
});
