import { GATEWAY_LIMITS, limitsFromEnv, SUBGRAPH_LIMITS } from './query-limits';

describe('query limits', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('lets a subgraph take every fetch of an operation within the gateway limits', () => {
    for (const key of Object.keys(GATEWAY_LIMITS) as (keyof typeof GATEWAY_LIMITS)[]) {
      expect([key, SUBGRAPH_LIMITS[key] >= GATEWAY_LIMITS[key]]).toEqual([key, true]);
    }
    // A fetch of `_entities` is one level deeper than the part of the operation it serves.
    expect(SUBGRAPH_LIMITS.maxDepth).toBeGreaterThan(GATEWAY_LIMITS.maxDepth);
  });

  it('reads each set from its own settings', () => {
    process.env.SUBGRAPH_MAX_ALIASES = '55';
    process.env.GATEWAY_MAX_DEPTH = '9';
    expect(limitsFromEnv('SUBGRAPH', SUBGRAPH_LIMITS)).toEqual({ ...SUBGRAPH_LIMITS, maxAliases: 55 });
    expect(limitsFromEnv('GATEWAY', GATEWAY_LIMITS)).toEqual({ ...GATEWAY_LIMITS, maxDepth: 9 });
  });

  it('refuses a setting that is not a positive whole number', () => {
    process.env.SUBGRAPH_MAX_COST = 'lots';
    expect(() => limitsFromEnv('SUBGRAPH', SUBGRAPH_LIMITS)).toThrow('SUBGRAPH_MAX_COST must be a positive whole number, not "lots"');
  });
});
