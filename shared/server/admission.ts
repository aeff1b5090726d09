/**
 * Load shedding: how many requests a service works on at once, and how many may wait.
 *
 * Past `maxConcurrent`, a request waits in a queue — but only while the wait it can
 * expect is short: the queue's length × the recent average time of a request ÷
 * `maxConcurrent` must stay under `maxQueueWaitMs`, and the queue never exceeds
 * `maxQueue`. Anything beyond is refused at once (the caller gets 503 with
 * Retry-After), so an overload costs refusals of well under a millisecond instead of
 * a queue that grows until every answer is late. Because the bound is on the expected
 * wait, the queue shrinks by itself when requests get slower (a slow subgraph or
 * database) and grows back when they are quick.
 */
export interface AdmissionSettings {
  maxConcurrent: number;
  maxQueue: number;
  maxQueueWaitMs: number;
}

export type Release = () => void;

export interface AdmissionStats {
  inFlight: number;
  queued: number;
  refused: number;
  /** Recent average time a request held its slot, in ms. */
  averageMs: number;
}

/** Weight of the newest request in the moving average. */
const SMOOTHING = 0.1;

export class Admission {
  private inFlight = 0;
  private refused = 0;
  private averageMs = 0;
  private readonly waiting: ((release: Release) => void)[] = [];

  constructor(
    readonly settings: AdmissionSettings,
    /** Milliseconds from some origin; a test passes its own. */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A slot now, a promise of one soon, or `undefined`: refused, answer 503 at once. */
  enter(): Release | Promise<Release> | undefined {
    if (this.inFlight < this.settings.maxConcurrent) {
      this.inFlight++;
      return this.slot();
    }
    const expectedWaitMs = ((this.waiting.length + 1) * this.averageMs) / this.settings.maxConcurrent;
    if (this.waiting.length >= this.settings.maxQueue || expectedWaitMs > this.settings.maxQueueWaitMs) {
      this.refused++;
      return undefined;
    }
    return new Promise<Release>((resolve) => this.waiting.push(resolve));
  }

  stats(): AdmissionStats {
    return { inFlight: this.inFlight, queued: this.waiting.length, refused: this.refused, averageMs: this.averageMs };
  }

  private slot(): Release {
    const started = this.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const took = this.now() - started;
      this.averageMs = this.averageMs === 0 ? took : this.averageMs + SMOOTHING * (took - this.averageMs);
      // The slot passes straight to the next in line; the count stays the same.
      const next = this.waiting.shift();
      if (next) next(this.slot());
      else this.inFlight--;
    };
  }
}
