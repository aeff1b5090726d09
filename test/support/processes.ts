import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { SubgraphName } from '../../shared/config';
import { builtScript } from './built';

const ROOT = path.resolve(__dirname, '../..');

/**
 * One subgraph as a real operating-system process (`node dist/subgraphs/<name>/index.js`,
 * built by the test run's global setup), on a fixed port so it can be killed and started again where its
 * callers expect it. Its output is kept for the failure message.
 */
export class SubgraphProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly name: SubgraphName,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Starts the process and waits until its /ready answers 200 (database reachable). The
   * bound is generous: a loaded machine may take a minute to load and migrate.
   */
  async start(timeoutMs = 180_000): Promise<void> {
    if (this.running()) throw new Error(`${this.name} is already running (pid ${this.child!.pid})`);
    const prefix = this.name.toUpperCase();
    const child = spawn(process.execPath, [builtScript(`subgraphs/${this.name}/index.ts`)], {
      cwd: ROOT,
      env: {
        ...process.env,
        JEST_WORKER_ID: '',
        LOG_LEVEL: 'warn',
        MIGRATE_ON_START: 'true',
        SEED_DEMO: 'false',
        [`${prefix}_PORT`]: String(this.port),
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running()) throw new Error(`${this.name} exited during start-up (${child.exitCode ?? child.signalCode}):\n${this.output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/ready`, { signal: AbortSignal.timeout(1000) });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} was not ready after ${timeoutMs} ms:\n${this.output}`);
  }

  /** Sends the signal to this process only (by pid) and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running()) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }

  /**
   * Sends a signal that does not end the process (SIGSTOP: it hangs, its listening socket
   * still accepting connections that nobody answers; SIGCONT: it carries on).
   */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void {
    if (this.running()) this.child!.kill(signal);
  }

  logs(): string {
    return this.output;
  }
}
