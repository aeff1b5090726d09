import { context, trace } from '@opentelemetry/api';
import pino from 'pino';

/**
 * The trace a log line belongs to, as `trace_id` and `span_id` (the names the
 * OpenTelemetry log data model and Grafana's trace links use), while a span is active.
 * With tracing off there never is one, and this is two no-op calls. Always a new object:
 * pino merges the line's own fields into it.
 */
function traceFields(): object {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/** JSON logs, to stdout unless a test gives another destination; `LOG_LEVEL` sets the level (tests default to `silent`). */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
    base: undefined,
    mixin: traceFields,
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();
