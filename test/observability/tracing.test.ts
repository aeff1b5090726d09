import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { STAKEHOLDER_NAMES, SUBGRAPH_NAMES } from '../../shared/config';
import { flushTracing, startTracing, stopTracing } from '../../shared/observability/tracing';
import { createLogger } from '../../shared/server/logger';
import { builtScript } from '../support/built';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { FIRST_LOOK } from '../support/first-look';
import { postGraphQL } from '../support/post-graphql';
import { startStack, type Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';
import { graphql } from '../typed';

/** Party's alone: one subgraph call, named after the operation. */
const OneCompound = graphql(`
  query TracingOneCompound {
    compounds(first: 1) {
      totalCount
    }
  }
`);

/** A span as either exporter gives it: which service (resource) and tracer (scope) made it, and its place in the trace. */
interface SpanSeen {
  service: unknown;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKind;
  attributes: Record<string, unknown>;
}

interface OtlpRequest {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: {
      scope: { name: string };
      spans: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes?: OtlpAttribute[] }[];
    }[];
  }[];
}
type OtlpAttribute = { key: string; value: Record<string, unknown> };
const attributesOf = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map(({ key, value }) => [key, Object.values(value)[0]]));

/** A collector's OTLP/HTTP traces endpoint, in the test: keeps every span it is sent. */
async function otlpReceiver() {
  const spans: SpanSeen[] = [];
  const requests = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.add(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpRequest;
      for (const { resource, scopeSpans } of body.resourceSpans)
        for (const { scope, spans: list } of scopeSpans)
          for (const span of list)
            spans.push({
              service: attributesOf(resource.attributes)['service.name'],
              scope: scope.name,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              // OTLP counts kinds from 1 (0 is "unspecified"); the API from 0.
              kind: span.kind - 1,
              attributes: attributesOf(span.attributes),
            });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const seen = (span: ReadableSpan): SpanSeen => ({
  service: span.resource.attributes['service.name'],
  scope: span.instrumentationScope.name,
  traceId: span.spanContext().traceId,
  spanId: span.spanContext().spanId,
  parentSpanId: span.parentSpanContext?.spanId,
  name: span.name,
  kind: span.kind,
  attributes: { ...span.attributes },
});

/**
 * The gateway runs as its own process, configured as an operator does it (the standard
 * OpenTelemetry variables, OTLP/HTTP to a receiver in the test); the four subgraphs run
 * in this process with an in-memory exporter. A trace that joins the two sets crossed a
 * real process boundary in the `traceparent` header.
 */
describe('tracing: one trace from the gateway through every subgraph down to SQL', () => {
  const memory = new InMemorySpanExporter();
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let stack: Stack;
  let gateway: ChildProcess | undefined;
  let gatewayUrl: string;
  let output = '';
  let analyst: string;

  beforeAll(async () => {
    expect(startTracing('party', { exporter: memory })).toBe(true);
    [receiver, stack, analyst] = await Promise.all([otlpReceiver(), startStack({ seedDemo: true }), tokenFor('analyst')]);
    const port = await freePort();
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, stack.directory.urlOf(name)]));
    gateway = spawn(process.execPath, [builtScript('gateway/index.ts')], {
      env: {
        ...process.env,
        ...urls,
        JEST_WORKER_ID: '',
        LOG_LEVEL: 'warn',
        GATEWAY_PORT: String(port),
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    gateway.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    gateway.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    await eventually(
      'the gateway process answers',
      async () => (await fetch(new URL('/health', gatewayUrl)).catch(() => undefined))?.status === 200,
      { detail: () => output },
    );
  });
  afterAll(async () => {
    if (gateway && gateway.exitCode === null) {
      const exited = new Promise((resolve) => gateway!.once('exit', resolve));
      gateway.kill('SIGTERM');
      await exited;
    }
    await stack?.stop();
    await stopTracing();
    await receiver?.close();
  });

  /** Every span of one trace, from both exporters, once the gateway's request span (which ends last) has arrived. */
  async function traceOf(traceId: () => string | undefined): Promise<SpanSeen[]> {
    await eventually(
      'the request span reached its exporter',
      async () => {
        await flushTracing();
        return traceId() !== undefined;
      },
      { boundMs: 20_000, detail: () => output },
    );
    const id = traceId()!;
    return [...receiver.spans, ...memory.getFinishedSpans().map(seen)].filter((span) => span.traceId === id);
  }

  it("continues the caller's traceparent: the gateway, its subgraph calls, each subgraph's request and its SQL share one trace", async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const result = await postGraphQL(gatewayUrl, FIRST_LOOK, undefined, {
      authorization: `Bearer ${analyst}`,
      traceparent: `00-${traceId}-${callerSpanId}-01`,
    });
    expect(result.errors).toBeUndefined();
    const spans = await traceOf(() => receiver.spans.find((s) => s.traceId === traceId && s.scope === 'doorstep-gateway')?.traceId);
    expect(receiver.requests).toEqual(new Set(['POST /v1/traces application/json']));

    const [gatewaySpan, ...moreGatewaySpans] = spans.filter((s) => s.scope === 'doorstep-gateway');
    expect(moreGatewaySpans).toEqual([]);
    expect(gatewaySpan).toMatchObject({
      service: 'doorstep-gateway',
      name: 'POST /graphql',
      kind: SpanKind.SERVER,
      parentSpanId: callerSpanId,
      attributes: { 'graphql.operation.name': 'FirstLook', 'graphql.operation.type': 'query', 'http.response.status_code': 200 },
    });
    // @apollo/gateway's own spans nest under ours; it calls each subgraph in a `gateway.fetch`.
    const apollo = spans.filter((s) => s.scope === 'apollo/gateway-js');
    expect(apollo.find((s) => s.name === 'gateway.request')?.parentSpanId).toBe(gatewaySpan.spanId);
    const fetches = new Map(apollo.filter((s) => s.name === 'gateway.fetch').map((s) => [s.spanId, s.attributes.service]));

    for (const name of STAKEHOLDER_NAMES) {
      // Each subgraph's request span is the child of the gateway's fetch for that subgraph.
      const served = spans.filter((s) => s.scope === `doorstep-${name}`);
      expect({ name, served: served.length > 0 }).toEqual({ name, served: true });
      for (const span of served) {
        expect({ name, kind: span.kind, parentFetch: fetches.get(span.parentSpanId!) }).toEqual({
          name,
          kind: SpanKind.SERVER,
          parentFetch: name,
        });
        expect(span.attributes['graphql.operation.name']).toMatch(new RegExp(`^FirstLook__${name}__\\d+$`));
      }
      // Its SQL statements are spans under its request span, in its own database.
      const servedIds = new Set(served.map((s) => s.spanId));
      const sql = spans.filter((s) => s.scope === 'doorstep-sql' && servedIds.has(s.parentSpanId!));
      expect({ name, statements: sql.length > 0 }).toEqual({ name, statements: true });
      const database = new URL(String((stack.dataSources[name].options as { url?: string }).url)).pathname.slice(1);
      for (const statement of sql) {
        const operation = statement.attributes['db.operation.name'];
        expect(statement).toMatchObject({
          kind: SpanKind.CLIENT,
          name: `${String(operation)} ${database}`,
          attributes: { 'db.system.name': 'postgresql', 'db.namespace': database },
        });
        expect(String(statement.attributes['db.query.text']).trimStart().toUpperCase().startsWith(String(operation))).toBe(true);
      }
    }
    // Nothing hangs loose: every span but the gateway's has its parent in the trace.
    const ids = new Set(spans.map((s) => s.spanId));
    expect(spans.filter((s) => s !== gatewaySpan && !ids.has(s.parentSpanId!)).map((s) => s.name)).toEqual([]);
  });

  it('starts a new trace for a request that comes without one', async () => {
    const result = await postGraphQL(gatewayUrl, OneCompound, undefined, {
      authorization: `Bearer ${analyst}`,
    });
    expect(result.errors).toBeUndefined();
    const root = () =>
      receiver.spans.find((s) => s.scope === 'doorstep-gateway' && s.attributes['graphql.operation.name'] === 'TracingOneCompound');
    const spans = await traceOf(() => root()?.traceId);
    expect(root()!.parentSpanId).toBeUndefined();
    expect(spans.filter((s) => s.scope === 'doorstep-party').map((s) => s.attributes['graphql.operation.name'])).toEqual([
      'TracingOneCompound__party__0',
    ]);
  });

  it('writes the trace and span ids into log lines made while a span is active', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const log = createLogger(sink);
    log.level = 'info';
    log.info({ url: 'http://a' }, 'outside a span');
    const ids = trace.getTracer('test').startActiveSpan('work', (span) => {
      log.child({ component: 'test' }).info({ url: 'http://b' }, 'inside a span');
      span.end();
      return span.spanContext();
    });
    log.info('outside again');
    // Each line has its own fields only: nothing of one line is carried into the next.
    expect(lines.map(({ msg, url, trace_id, span_id }) => ({ msg, url, trace_id, span_id }))).toEqual([
      { msg: 'outside a span', url: 'http://a', trace_id: undefined, span_id: undefined },
      { msg: 'inside a span', url: 'http://b', trace_id: ids.traceId, span_id: ids.spanId },
      { msg: 'outside again', url: undefined, trace_id: undefined, span_id: undefined },
    ]);
  });
});
