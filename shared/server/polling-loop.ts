import type { Logger } from 'pino';
import type { BackgroundWorker } from './subgraph-service';

export interface PollingLoopOptions {
  /** Milliseconds between passes when the last found little to do. */
  pollMs: number;
  /** A pass that handled at least this many may have left more due: the next runs at once. Unset: always wait. */
  batchSize?: number;
  /** Where a failed pass is logged, and as what. */
  log: Logger;
  what: string;
}

/**
 * The loop every background worker runs (relays, due-time watches, deliveries, pruning):
 * a pass at start (what fell due while the service was down), then one every `pollMs`,
 * or at once after a full batch or a `wake()`. A failed pass is logged and the loop goes
 * on; `stop()` waits for the pass under way. Started twice, it runs once.
 */
export class PollingLoop implements BackgroundWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  private busy = false;
  private wokenWhileBusy = false;

  constructor(
    private readonly pass: () => Promise<number>,
    private readonly options: PollingLoopOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Something is due now (a LISTEN notification): run at once, or right after the pass under way. */
  wake(): void {
    if (this.stopped) return;
    if (this.busy) this.wokenWhileBusy = true;
    else if (this.timer) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    this.busy = true;
    this.wokenWhileBusy = false;
    const pass = this.pass().catch((error) => {
      this.options.log.error({ err: error }, `${this.options.what} pass failed`);
      return 0;
    });
    this.running = pass;
    const handled = await pass;
    this.busy = false;
    const full = this.options.batchSize !== undefined && handled >= this.options.batchSize;
    if (!this.stopped) this.schedule(full || this.wokenWhileBusy ? 0 : this.options.pollMs);
  }
}
