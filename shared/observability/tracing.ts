import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { GRAPHQL_PATH, tracingSettings, type ServiceName, type TracingSettings } from '../config';

/**
 * OpenTelemetry traces (README, "Metrics and tracing"): gateway → subgraph → SQL, one
 * trace per request, carried between services in the W3C `traceparent` header.
 *
 * Off unless configured (shared/config.ts, tracingSettings). Off, the SDK is never
 * registered: `traceRequests` hands back the handler itself, the pool keeps pg's own
 * Client, and what remains on the request path are @opentelemetry/api's no-op calls
 * (the gateway's `propagation.inject`, the logger's lookup of an active span). On, there
 * are three kinds of spans of our own — a request's server span, a subgraph call (the
 * gateway's own `gateway.fetch` and its siblings come from @apollo/gateway), and each
 * SQL statement — and never one per resolved field.
 */
let provider: { forceFlush(): Promise<void>; shutdown(): Promise<void> } | undefined;

export function tracingEnabled(): boolean {
  return provider !== undefined;
}

/**
 * Registers the SDK for this process when the settings ask for it (a service's entry
 * point calls it first, before its database pool exists). `service` names the process
 * in traces (`doorstep-party`) unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES
 * say otherwise. A test may give the exporter. Returns whether tracing is on.
 */
export function startTracing(service: ServiceName, options: { settings?: TracingSettings; exporter?: SpanExporter } = {}): boolean {
  const settings = options.settings ?? tracingSettings();
  if (provider || (settings.exporter === 'none' && !options.exporter)) return provider !== undefined;
  // The SDK and its exporters load only now, when tracing is on: ~0.3 s of CPU that
  // every process (and every test file) would otherwise pay at start for nothing.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./tracing-sdk') as typeof import('./tracing-sdk');
  provider = sdk.registerTracerProvider(service, settings, options.exporter);
  return true;
}

/** Sends what is still batched (a test reads its receiver after this). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** Flushes and unregisters; the process's stop handler calls it, after the service stopped. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = undefined;
  if (!stopping) return;
  await stopping.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * A server span around each GraphQL request, continuing the caller's trace when it sent
 * a `traceparent` (the gateway does; a client may). Everything the request does runs in
 * the span's context, so the gateway's subgraph calls and a subgraph's SQL nest under it.
 * With tracing off this returns `handle` itself: not even a wrapper on the request path.
 */
export function traceRequests(service: ServiceName, handle: Handler): Handler {
  if (!provider) return handle;
  const tracer = trace.getTracer(`doorstep-${service}`);
  return async (req, res) => {
    const path = req.url ?? '';
    if (path !== GRAPHQL_PATH && !path.startsWith(`${GRAPHQL_PATH}?`)) return handle(req, res);
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      `${req.method ?? 'GET'} ${GRAPHQL_PATH}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': GRAPHQL_PATH } },
      parent,
    );
    try {
      await context.with(trace.setSpan(parent, span), () => handle(req, res));
    } finally {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  };
}

/** Names the operation on the request's server span (set by the metrics plugin, which already knows it). */
export function nameOperationOnSpan(type: string | undefined, name: string | undefined): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  if (type) span.setAttribute('graphql.operation.type', type);
  if (name) span.setAttribute('graphql.operation.name', name);
}

/** Ends a span as failed with `error`. */
export function failSpan(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}
