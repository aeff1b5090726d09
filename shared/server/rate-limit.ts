import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * A per-caller rate limit (token bucket): each caller may send `perMinute` requests a
 * minute on average and a burst of ten seconds' worth (at least 10). A caller is its
 * bearer token (hashed; a token cannot be forged, so nobody can spend another's
 * allowance) or, without one, its remote address. Off when `perMinute` is 0.
 */
export interface RateLimitSettings {
  perMinute: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept at most; the least recently used go first. */
const MAX_CALLERS = 50_000;

export class RateLimit {
  /** Requests refused with 429 since start (the metric doorstep_rate_limited_total). */
  refused = 0;
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;

  constructor(
    readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.capacity = Math.max(10, Math.ceil(settings.perMinute / 6));
    this.perMs = settings.perMinute / 60_000;
  }

  get enabled(): boolean {
    return this.settings.perMinute > 0;
  }

  /** 0 when the request may go ahead, else the seconds until it may (for Retry-After). */
  take(req: IncomingMessage): number {
    if (!this.enabled) return 0;
    const key = callerOf(req);
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    // Re-inserting keeps the map in least-recently-used order.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_CALLERS) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    this.refused++;
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }
}

function callerOf(req: IncomingMessage): string {
  const authorization = req.headers.authorization;
  if (authorization) return `token:${createHash('sha256').update(authorization).digest('base64url')}`;
  return `address:${req.socket.remoteAddress ?? 'unknown'}`;
}
