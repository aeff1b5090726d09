import { context, propagation } from '@opentelemetry/api';
import { ServiceName, SubgraphName, subgraphUrl } from '../config';
import type { SigningKey } from '../auth/keys';
import { ASSERTION_HEADER, mintAssertion } from '../auth/service-identity';
import { signingKeyOf } from '../auth/trust';
import { serviceUnavailable } from '../errors';
import { toJsonText } from './json';

/** Where each subgraph is; tests swap in the ports they picked. */
export interface ServiceDirectory {
  urlOf(name: SubgraphName): string;
}

let activeDirectory: ServiceDirectory = { urlOf: subgraphUrl };

/**
 * The directory internal calls use by default: `PARTY_URL` etc. (see shared/config),
 * unless an in-process stack (tests, one-process runs) registered where it put the
 * services. Read on every call, so a registration takes effect at once.
 */
export const envDirectory: ServiceDirectory = { urlOf: (name) => activeDirectory.urlOf(name) };

/** Registers where the services of this process are; returns the undo. */
export function useServiceDirectory(directory: ServiceDirectory): () => void {
  const previous = activeDirectory;
  activeDirectory = directory;
  return () => {
    activeDirectory = previous;
  };
}

/** A call that failed; `permanent` ones must not be retried. */
export class InternalCallError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Refusals that retrying cannot change. */
const PERMANENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED']);

/** Whether a receiver's refusal with this code is for good (retrying cannot help). */
export function isPermanentCode(code: string): boolean {
  return PERMANENT_CODES.has(code);
}

/**
 * Service-to-service GraphQL calls straight to another subgraph. Every call carries a
 * fresh assertion signed with the caller's own key (SERVICE_PRIVATE_KEY), naming caller
 * and receiver, valid for seconds and used once; no user token. Used by the relays and
 * by write-time checks of another stakeholder's ids (with a short cache).
 */
export class InternalClient {
  private readonly cache = new Map<string, { value: unknown; expiresAt: number }>();

  constructor(
    readonly caller: ServiceName,
    private readonly directory: ServiceDirectory = envDirectory,
    /** Default: this service's own key from the settings, loaded on first use. */
    private readonly key?: SigningKey,
    private readonly timeoutMs = 5000,
  ) {}

  async request<T>(target: SubgraphName, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const assertion = await mintAssertion(this.key ?? signingKeyOf(this.caller), this.caller, target);
    const headers: Record<string, string> = { 'content-type': 'application/json', [ASSERTION_HEADER]: assertion };
    // A look-up made for a traced request stays in its trace (a no-op when tracing is off).
    propagation.inject(context.active(), headers);
    let response: Response;
    try {
      response = await fetch(this.directory.urlOf(target), {
        method: 'POST',
        headers,
        // Fen amounts may be bigint in code; they go out as decimal strings, as the scalar accepts.
        body: toJsonText({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      throw new InternalCallError(`The ${target} service could not be reached`, false, 'SERVICE_UNAVAILABLE');
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new InternalCallError(`The ${target} service answered HTTP ${response.status} without JSON`, false, 'SERVICE_UNAVAILABLE');
    }
    if (body.errors?.length) {
      const first = body.errors[0];
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      throw new InternalCallError(first.message, PERMANENT_CODES.has(code), code);
    }
    if (!response.ok || !body.data) {
      throw new InternalCallError(`The ${target} service answered HTTP ${response.status}`, false, 'SERVICE_UNAVAILABLE');
    }
    return body.data;
  }

  /**
   * Another stakeholder's answer about one of its ids, for a write-time check (a
   * building's compound, a household, a fund entry): `data[field]`, or null when the
   * owner does not know the id (a null answer or NOT_FOUND). Known answers are kept for
   * `ttlMs` (0: ask every time, for facts that change); unknown ones are not, so an id
   * registered a moment later is usable at once. Any other failure — the owner
   * unreachable, or unable to answer the question yet — is SERVICE_UNAVAILABLE: the
   * write cannot be confirmed, so it must not happen.
   */
  async lookUp<T>(
    target: SubgraphName,
    field: string,
    query: string,
    variables: Record<string, unknown>,
    ttlMs = 60_000,
  ): Promise<T | null> {
    const key = `${target}:${field}:${JSON.stringify(variables)}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > now) return hit.value as T;
    let value: T | null;
    try {
      value = (await this.request<Record<string, T | null>>(target, query, variables))[field] ?? null;
    } catch (error) {
      if (error instanceof InternalCallError && error.code === 'NOT_FOUND') return null;
      throw serviceUnavailable(`The ${target} service cannot confirm that right now; nothing was written`);
    }
    if (value !== null && ttlMs > 0) this.remember(key, value, now + ttlMs);
    return value;
  }

  private remember(key: string, value: unknown, expiresAt: number): void {
    this.cache.set(key, { value, expiresAt });
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** `request`, remembered for `ttlMs`: for facts that rarely change, such as a building's compound. */
  async cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    const now = Date.now();
    if (hit && hit.expiresAt > now) return hit.value as T;
    const value = await load();
    this.remember(key, value, now + ttlMs);
    return value;
  }
}
