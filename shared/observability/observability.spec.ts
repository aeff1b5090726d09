import { metricsSettings, tracingSettings } from '../config';
import { ServiceMetrics } from './metrics';
import { ANONYMOUS, OperationLabels, OTHER, UNRESOLVED } from './operation-labels';
import { tracedPgClient } from './sql-tracing';
import { traceRequests, tracingEnabled } from './tracing';

/** Runs `check` with these variables set (undefined: unset) and restores the environment after. */
function withEnv<T>(vars: Record<string, string | undefined>, check: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    return check();
  } finally {
    apply(saved);
  }
}

const NO_OTEL = {
  OTEL_SDK_DISABLED: undefined,
  OTEL_TRACES_EXPORTER: undefined,
  OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined,
  OTEL_EXPORTER_OTLP_PROTOCOL: undefined,
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: undefined,
};

describe('tracing settings', () => {
  it('are off unless an exporter or an OTLP endpoint is set', () => {
    expect(withEnv(NO_OTEL, tracingSettings)).toEqual({ exporter: 'none' });
  });

  it.each<[string, Record<string, string>, ReturnType<typeof tracingSettings>]>([
    [
      'a base endpoint gets /v1/traces',
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' },
      { exporter: 'otlp', url: 'http://collector:4318/v1/traces', protocol: 'http/protobuf' },
    ],
    [
      'the traces endpoint is used as given',
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://tempo.example/otlp/v1/traces' },
      { exporter: 'otlp', url: 'https://tempo.example/otlp/v1/traces', protocol: 'http/protobuf' },
    ],
    [
      'the exporter named without an endpoint goes to the local collector',
      { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' },
      { exporter: 'otlp', url: 'http://localhost:4318/v1/traces', protocol: 'http/json' },
    ],
    [
      'the traces protocol wins over the general one',
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      },
      { exporter: 'otlp', url: 'http://c:4318/v1/traces', protocol: 'http/json' },
    ],
    ['console', { OTEL_TRACES_EXPORTER: 'console' }, { exporter: 'console' }],
    ['none beats an endpoint', { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }, { exporter: 'none' }],
    ['OTEL_SDK_DISABLED beats everything', { OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' }, { exporter: 'none' }],
  ])('%s', (_label, vars, expected) => {
    expect(withEnv({ ...NO_OTEL, ...vars }, tracingSettings)).toEqual(expected);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ OTEL_TRACES_EXPORTER: 'jaeger' }, /OTEL_TRACES_EXPORTER must be otlp, console or none, not "jaeger"/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, /http\/protobuf or http\/json, not "grpc"/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /must be an http:\/\/ or https:\/\/ URL/],
    [{ OTEL_SDK_DISABLED: 'yes' }, /OTEL_SDK_DISABLED must be true or false/],
  ])('refuses %j', (vars, message) => {
    expect(() => withEnv({ ...NO_OTEL, ...vars }, tracingSettings)).toThrow(message);
  });

  it('when off, add nothing to the request path: no wrapper around the handler, pg keeps its own Client', () => {
    expect(tracingEnabled()).toBe(false);
    const handler = async () => {};
    expect(traceRequests('gateway', handler)).toBe(handler);
    expect(tracedPgClient('doorstep_party')).toBeUndefined();
  });
});

describe('metrics settings and access to /metrics', () => {
  const env = (vars: Record<string, string | undefined>) =>
    withEnv(
      { NODE_ENV: undefined, METRICS_TOKEN: undefined, METRICS_PUBLIC: undefined, METRICS_MAX_OPERATIONS: undefined, ...vars },
      metricsSettings,
    );

  it('are open in development, off in production unless a token or METRICS_PUBLIC=true says otherwise', () => {
    const token = 'a-scraper-token-of-some-length';
    expect(env({})).toEqual({ access: 'open', maxOperations: 200 });
    expect(env({ NODE_ENV: 'production' })).toEqual({ access: 'off', maxOperations: 200 });
    expect(env({ NODE_ENV: 'production', METRICS_PUBLIC: 'true' })).toEqual({ access: 'open', maxOperations: 200 });
    expect(env({ METRICS_PUBLIC: 'false' })).toEqual({ access: 'off', maxOperations: 200 });
    expect(env({ NODE_ENV: 'production', METRICS_TOKEN: token, METRICS_PUBLIC: 'true' })).toEqual({
      access: 'token',
      token,
      maxOperations: 200,
    });
    expect(env({ METRICS_MAX_OPERATIONS: '10' }).maxOperations).toBe(10);
  });

  it('refuse a short token and a flag that is not true or false', () => {
    expect(() => env({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters');
    expect(() => env({ METRICS_PUBLIC: 'yes' })).toThrow('METRICS_PUBLIC must be true or false, not "yes"');
  });

  it('serve the text only to whom the settings allow', async () => {
    const token = 'a-scraper-token-of-some-length';
    const off = new ServiceMetrics('party', { access: 'off', maxOperations: 5 });
    expect(await off.scrape(`Bearer ${token}`)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const guarded = new ServiceMetrics('party', { access: 'token', token, maxOperations: 5 });
    for (const authorization of [undefined, '', token, `Bearer ${token}x`, `Basic ${token}`, `Bearer ${token} ${token}`])
      expect(await guarded.scrape(authorization)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    // The scheme's case does not matter (RFC 9110); the token's does.
    expect(await guarded.scrape(`bearer ${token}`)).toMatchObject({ status: 200 });
    expect(await guarded.scrape(`Bearer ${token.toUpperCase()}`)).toMatchObject({ status: 401 });
    const allowed = await guarded.scrape(`Bearer ${token}`);
    expect(allowed).toMatchObject({ status: 200, contentType: expect.stringMatching(/^text\/plain; version=0\.0\.4/) });
    expect(allowed.status === 200 && allowed.body).toMatch(/^# HELP process_cpu_user_seconds_total/m);
    const open = new ServiceMetrics('party', { access: 'open', maxOperations: 5 });
    expect(await open.scrape(undefined)).toMatchObject({ status: 200 });
  });
});

describe('operation names as labels', () => {
  it('fold anonymous and unresolved operations, cut long names and count names past the limit as other, once warned', () => {
    const warnings: string[] = [];
    const labels = new OperationLabels(3, undefined, () => warnings.push('full'));
    expect([labels.of(undefined), labels.of(null), labels.of('')]).toEqual([UNRESOLVED, ANONYMOUS, ANONYMOUS]);
    expect(labels.of('A'.repeat(100))).toBe('A'.repeat(64));
    expect([labels.of('One'), labels.of('Two'), labels.of('One'), labels.of('Three'), labels.of('Four')]).toEqual([
      'One',
      'Two',
      'One',
      OTHER,
      OTHER,
    ]);
    // Known names keep their label after the limit is reached.
    expect(labels.of('Two')).toBe('Two');
    expect(warnings).toEqual(['full']);
  });

  it("in a subgraph, count the gateway's fetches under the client's operation", () => {
    const labels = new OperationLabels(10, 'party');
    expect([labels.of('FirstLook__party__0'), labels.of('FirstLook__party__12'), labels.of('FirstLook__committee__1')]).toEqual([
      'FirstLook',
      'FirstLook',
      'FirstLook__committee__1',
    ]);
  });
});
