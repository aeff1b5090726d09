import { context, SpanKind, trace, type Span } from '@opentelemetry/api';
import pg from 'pg';
import { failSpan, tracingEnabled } from './tracing';

/** Statements longer than this are cut in the span (a `IN (…)` of a thousand ids says nothing more). */
const MAX_STATEMENT_CHARS = 2_000;

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

function statementOf(first: unknown): string {
  if (typeof first === 'string') return first;
  const text = (first as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

/** The statement's first word (SELECT, INSERT, START, COMMIT …), as OpenTelemetry's database conventions name the operation. */
function operationOf(statement: string): string {
  const match = /^\s*([A-Za-z]+)/.exec(statement);
  return match ? match[1].toUpperCase() : 'QUERY';
}

function endWith(span: Span, error: unknown): void {
  if (error) failSpan(span, error);
  span.end();
}

/**
 * The pg `Client` class a subgraph's pool uses when tracing is on (`undefined` when it
 * is off, so the pool keeps pg's own): every statement sent while a request's span is
 * active becomes a client span under it, with the statement's text and never its
 * parameters. Statements outside a request (the relays' polling, start-up) make no
 * span, so an idle service sends no traces.
 *
 * A subclass handed to the pool (TypeORM passes `extra.Client` on to pg-pool) rather
 * than @opentelemetry/instrumentation-pg, which patches `pg` through require hooks: it
 * must run before `pg` is first loaded and cannot see modules loaded by jest.
 */
export function tracedPgClient(database: string): typeof pg.Client | undefined {
  if (!tracingEnabled()) return undefined;
  const tracer = trace.getTracer('doorstep-sql');
  // Called below with the client as `this` (apply), as pg's own method expects.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const query = pg.Client.prototype.query as Query;
  class TracedClient extends pg.Client {}
  const traced: Query = function (this: pg.Client, ...args) {
    const parent = context.active();
    if (!trace.getSpan(parent)) return query.apply(this, args);
    const statement = statementOf(args[0]);
    const operation = operationOf(statement);
    const span = tracer.startSpan(
      `${operation} ${database}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.namespace': database,
          'db.operation.name': operation,
          'db.query.text': statement.slice(0, MAX_STATEMENT_CHARS),
        },
      },
      parent,
    );
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, ...rest: unknown[]) => {
        endWith(span, error);
        return (callback as (...a: unknown[]) => unknown)(error, ...rest);
      };
    }
    let result: unknown;
    try {
      result = query.apply(this, args);
    } catch (error) {
      endWith(span, error);
      throw error;
    }
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          endWith(span, undefined);
          return value;
        },
        (error: unknown) => {
          endWith(span, error);
          throw error;
        },
      );
    }
    // A submittable (a cursor or stream) ends on its own events; its span ends once sent.
    if (typeof callback !== 'function') span.end();
    return result;
  };
  TracedClient.prototype.query = traced as typeof pg.Client.prototype.query;
  return TracedClient;
}
