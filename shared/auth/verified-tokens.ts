/**
 * Tokens already verified, so that a caller sending the same token on every request
 * costs one signature check a minute instead of one per request (at the gateway and
 * again in every subgraph a request reaches). Only successes are kept, each until the
 * token expires or `recheckMs` has passed, whichever is first: a key removed from a JWKS
 * stops its tokens within that time, as a JWKS URL's own cache does. Bounded: past
 * `maxEntries`, the oldest entry goes first.
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  constructor(
    private readonly recheckMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** What verifying `token` gave, while still fresh. */
  get(token: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > now) return entry.value;
    this.entries.delete(token);
    return undefined;
  }

  /** Keeps what verifying `token` gave, until `expiresAtMs` at the latest. */
  set(token: string, value: T, expiresAtMs: number, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { value, until: Math.min(now + this.recheckMs, expiresAtMs) });
  }

  delete(token: string): void {
    this.entries.delete(token);
  }
}
