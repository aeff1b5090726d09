import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { PUBLIC_ERROR_CODES } from '../errors';

export interface ErrorLogger {
  error(detail: { err: unknown }, message: string): void;
}

/**
 * Errors the caller may see keep their message and code; a database that cannot be
 * reached is SERVICE_UNAVAILABLE (try again shortly); everything else (a bug, a SQL
 * error, a fetch failure naming an internal URL) becomes a bare INTERNAL_SERVER_ERROR,
 * logged on the server. Stack traces never leave the process.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log?: ErrorLogger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
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
