import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { databaseName, type SubgraphName } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';
import { waitReady } from './system';

/**
 * A floor server (bench/floor/<name>.js: `@apollo/subgraph` + DataLoader + `pg` over the
 * subgraph's own database) on `port`, in a session of its own, as the services run.
 */
export async function startFloorServer(name: SubgraphName, databaseUrl: string, port: number, nodeArgs: string[]): Promise<ChildProcess> {
  const url = new URL(databaseUrl);
  url.pathname = `/${databaseName(name)}`;
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, '..', 'floor', `${name}.js`)], {
    cwd: repoRoot(),
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url.toString(), PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitReady(`http://127.0.0.1:${port}/graphql`, child, 60_000, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ __typename }"}',
  });
  return child;
}
