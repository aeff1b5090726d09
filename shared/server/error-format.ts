import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { PUBLIC_ERROR_CODES } from '../errors';

export interface ErrorLogger {
  error(detail: { err: unknown }, message: string): void;
}

/**
 * Errors the caller may see keep their message (made safe, see safeMessage) and code; a
 * database that cannot be reached is SERVICE_UNAVAILABLE (try again shortly); everything
 * else (a bug, a SQL error, a fetch failure naming an internal URL) becomes a bare
 * INTERNAL_SERVER_ERROR, logged on the server. Stack traces never leave the process.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log?: ErrorLogger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, message: safeMessage(formatted.message, original), extensions };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: 'The database is unavailable; try again shortly', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  log?.error({ err: original }, 'internal error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

// graphql-js's "Did you mean …?" for fields, arguments, types and enum values: it lists the schema to a prober.
const SUGGESTION = / ?Did you mean [^?]*\?/g;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
/** Long enough for any type, field or enum name in quotes; a value quoted longer is cut. */
const MAX_QUOTED = 60;
const MAX_MESSAGE = 400;
const VARIABLE_ERROR = /^(Variable "\$[^"]+") got invalid value /;

/**
 * A public message as it may leave: no suggestions, no input echoed beyond a short
 * excerpt. graphql-js's variable errors quote the whole invalid value (a 900 kB string,
 * an input object with a name and a phone), so those keep only where and why; any other
 * quoted text is cut to MAX_QUOTED characters and the message to MAX_MESSAGE.
 */
export function safeMessage(message: string, original?: unknown): string {
  const safe = (variableErrorMessage(message, original) ?? message).replace(SUGGESTION, '').replace(QUOTED, (quoted, inner: string) => {
    const points = [...inner];
    return points.length > MAX_QUOTED ? `"${points.slice(0, MAX_QUOTED).join('')}…"` : quoted;
  });
  const points = [...safe];
  return points.length > MAX_MESSAGE ? `${points.slice(0, MAX_MESSAGE).join('')}…` : safe;
}

/**
 * `Variable "$input" got invalid value <the value> at "input.kind"; <reason>` without the
 * value. The reason is the message of an error the coercion error wraps, which tells
 * where the value ends; scalar reasons ("Int cannot represent non-integer value: <the
 * value>") lose their value too.
 */
function variableErrorMessage(message: string, original: unknown): string | undefined {
  const head = VARIABLE_ERROR.exec(message);
  if (!head) return undefined;
  let reason: string | undefined;
  for (let cause = causeOf(original); cause && reason === undefined; cause = causeOf(cause)) {
    if (typeof cause.message === 'string' && cause.message && message.endsWith(`; ${cause.message}`)) reason = cause.message;
  }
  if (reason === undefined) return `${head[1]} got an invalid value`;
  const at = / at "([^"]*)"$/.exec(message.slice(0, message.length - reason.length - 2));
  const why = reason.replace(/(cannot represent[^:]*):[\s\S]*$/, '$1.');
  return `${head[1]} got an invalid value${at ? ` at "${at[1]}"` : ''}; ${why}`;
}

function causeOf(error: unknown): { message?: unknown; originalError?: unknown } | undefined {
  const cause = (error as { originalError?: unknown } | undefined)?.originalError;
  return typeof cause === 'object' && cause !== null ? cause : undefined;
}
