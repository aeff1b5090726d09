import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values of DESIGN.md's Conventions. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  // Produced by graphql-js / Apollo Server before any resolver runs.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ?? {}) } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string, id?: string) => new DomainError('NOT_FOUND', id ? `${what} ${id} not found` : `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'A valid token is required') => new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, details?: Record<string, unknown>) => new DomainError('CONFLICT', message, details);
export const serviceUnavailable = (message: string) => new DomainError('SERVICE_UNAVAILABLE', message);

const EXCERPT_LENGTH = 20;

/**
 * A value as an error message may quote it: its first few characters, JSON-quoted (so
 * control characters and lone surrogates show escaped), with "…" when cut. Errors never
 * carry a whole input: it may be megabytes long or someone's name and phone.
 */
export function excerpt(value: unknown, length = EXCERPT_LENGTH): string {
  if (typeof value !== 'string') {
    if (Array.isArray(value)) return 'a list';
    return typeof value === 'object' && value !== null ? 'an object' : String(value).slice(0, length);
  }
  // Each code point is at most two UTF-16 units, so the first 2×length units hold the first `length` of them.
  const head = [...value.slice(0, length * 2)].slice(0, length).join('');
  return head.length < value.length ? `${JSON.stringify(head).slice(0, -1)}…"` : JSON.stringify(head);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is the caller's mistake, not a missing record. */
export function assertUuid(id: unknown, field = 'id'): string {
  if (typeof id !== 'string' || !UUID_RE.test(id)) throw badInput(`${field} is not a valid id: ${excerpt(id)}`, { field });
  return id.toLowerCase();
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}
