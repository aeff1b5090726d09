import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { signToken } from '../../shared/auth/jwt';
import { repoRoot } from '../../shared/schema/compose';
import { freePort } from '../support/free-port';

/**
 * `npm start` as a user runs it: build, then the orchestrator starts embedded
 * PostgreSQL, four subgraphs and the gateway; Ctrl-C stops every process and
 * PostgreSQL; a second start on the same data adds no duplicates.
 */
jest.setTimeout(240_000);

const root = repoRoot();

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-start-'));
  let ports: Record<string, number>;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user and must enter the folder.
    await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')],
      { cwd: root },
    );
    ports = {};
    for (const name of ['GATEWAY_PORT', 'PARTY_PORT', 'COMMITTEE_PORT', 'PROPERTY_PORT', 'ENTERPRISE_PORT', 'PG_PORT'])
      ports[name] = await freePort();
    const {
      DATABASE_URL: _d,
      PARTY_DATABASE_URL: _p,
      COMMITTEE_DATABASE_URL: _c,
      PROPERTY_DATABASE_URL: _r,
      ENTERPRISE_DATABASE_URL: _e,
      ...rest
    } = process.env;
    env = {
      ...rest,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      PG_DATA_DIR: path.join(dataDir, 'pg'),
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<{ child: ChildProcess; output: () => string }> {
    let output = '';
    const child = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const deadline = Date.now() + 120_000;
    while (!/Doorstep is up/.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return { child, output: () => output };
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    return exited;
  }

  async function counts() {
    const token = await signToken({ sub: 'start-test', roles: [{ role: 'analyst' }] });
    const res = await fetch(`http://localhost:${ports.GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          '{ compounds(first: 100) { totalCount edges { node { name buildings { id } ownersCommittee { id } serviceContracts { id } outlets { id } } } } }',
      }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    const nodes = body.data.compounds.edges.map((e: any) => e.node);
    const client = new Client({ connectionString: `postgres://postgres:postgres@localhost:${ports.PG_PORT}/doorstep_party` });
    await client.connect();
    const rows = (
      await client.query('SELECT (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM resident)::int AS residents')
    ).rows[0];
    await client.end();
    return {
      compounds: body.data.compounds.totalCount,
      buildings: nodes.reduce((n: number, c: any) => n + c.buildings.length, 0),
      committees: nodes.filter((c: any) => c.ownersCommittee).length,
      contracts: nodes.reduce((n: number, c: any) => n + c.serviceContracts.length, 0),
      outlets: nodes.reduce((n: number, c: any) => n + c.outlets.length, 0),
      ...rows,
    };
  }

  it('starts everything, stops everything on Ctrl-C, and a second start adds no duplicates', async () => {
    const first = await start();
    expect(first.output()).toContain(`http://localhost:${ports.GATEWAY_PORT}/graphql`);
    expect(first.output()).toContain('npm run token -- --role analyst');
    const before = await counts();
    expect(before).toMatchObject({ compounds: 13, committees: 4, outlets: 3 });
    expect(before.households).toBeGreaterThan(5000);

    expect(await stop(first.child)).toBe(0);
    for (const port of Object.values(ports)) expect(await portOpen(port)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await start();
    try {
      expect(await counts()).toEqual(before);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });
});
