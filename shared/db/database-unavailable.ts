import { GraphQLError } from 'graphql';

/**
 * Whether an error means the database cannot be reached right now (down, restarting,
 * out of connections), as opposed to a bug or a refused statement. Such a request gets
 * SERVICE_UNAVAILABLE, and the pool reconnects by itself when the database is back.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Connection is not established/i];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const shape = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      originalError?: unknown;
      cause?: unknown;
      thrownValue?: unknown;
    };
    const code = typeof shape.code === 'string' ? shape.code : '';
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(code)) return true;
    if (typeof shape.message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(shape.message as string))) return true;
    // graphql-js wraps a thrown non-Error (pg's pool rejects with a bare object) as `thrownValue`.
    e =
      shape.driverError ??
      (e instanceof GraphQLError ? e.originalError : undefined) ??
      shape.originalError ??
      shape.thrownValue ??
      shape.cause;
  }
  return false;
}
