import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signUserToken } from '../../shared/auth/jwt';
import { repoRoot } from '../../shared/repo-root';
import { eventually } from '../support/eventually';
import { FIRST_LOOK, firstLookWithout, readsEveryStakeholder } from '../support/first-look';
import { freePort } from '../support/free-port';
import { startLoad } from '../support/load';
import type { JsonObject } from '../support/outage-expectation';
import { Outcomes } from '../support/outcomes';
import { postGraphQL } from '../support/post-graphql';
import { graphql } from '../typed';

/** What the demo holds, counted through the gateway. */
const DemoCounts = graphql(`
  query StartDemoCounts {
    compounds(first: 100) {
      totalCount
      edges {
        node {
          name
          buildings {
            id
          }
          ownersCommittee {
            id
          }
          serviceContracts {
            id
          }
          outlets {
            id
          }
        }
      }
    }
  }
`);

/**
 * `npm start` as a user runs it (the build is the test run's, see test/support/built.ts):
 * the orchestrator starts embedded
 * PostgreSQL, five subgraphs and the gateway; Ctrl-C stops every process and
 * PostgreSQL; a second start on the same data adds no duplicates.
 */
// Bounds, not expectations: a loaded machine may take minutes; each wait ends on a readiness signal.
const READY_BOUND_MS = 600_000;
jest.setTimeout(1_800_000);

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
    ports = {};
    for (const name of ['GATEWAY_PORT', 'PARTY_PORT', 'COMMITTEE_PORT', 'PROPERTY_PORT', 'ENTERPRISE_PORT', 'NOTIFY_PORT', 'PG_PORT'])
      ports[name] = await freePort();
    const {
      DATABASE_URL: _d,
      PARTY_DATABASE_URL: _p,
      COMMITTEE_DATABASE_URL: _c,
      PROPERTY_DATABASE_URL: _r,
      ENTERPRISE_DATABASE_URL: _e,
      NOTIFY_DATABASE_URL: _n,
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

  /** Starts the launcher; resolves once its output matches `until` (a readiness signal), within a generous bound. */
  async function start(
    until: RegExp = /Doorstep is up/,
    extraEnv: NodeJS.ProcessEnv = {},
  ): Promise<{ child: ChildProcess; output: () => string }> {
    let output = '';
    const child = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'start.js')], {
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    await eventually(`npm start did not reach ${until}`, () => until.test(output) || child.exitCode !== null, {
      boundMs: READY_BOUND_MS,
      detail: () => output,
    });
    if (!until.test(output)) throw new Error(`npm start exited before ${until}:\n${output}`);
    return { child, output: () => output };
  }

  /** Ctrl-C (or the signals given, one after another at once); resolves with the exit code. */
  async function stop(child: ChildProcess, ...signals: NodeJS.Signals[]): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    for (const signal of signals.length > 0 ? signals : ['SIGINT' as const]) child.kill(signal);
    return exited;
  }

  async function nothingLeft(): Promise<void> {
    for (const [name, port] of Object.entries(ports)) expect([name, await portOpen(port)]).toEqual([name, false]);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }

  async function counts() {
    const token = await signUserToken({ sub: 'start-test', roles: [{ role: 'analyst' }] });
    const body = await postGraphQL(`http://localhost:${ports.GATEWAY_PORT}/graphql`, DemoCounts, undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(body.errors).toBeUndefined();
    const { compounds } = body.data!;
    const nodes = compounds.edges.map((e) => e.node);
    const client = new Client({ connectionString: `postgres://postgres:postgres@localhost:${ports.PG_PORT}/doorstep_party` });
    await client.connect();
    const rows = (
      await client.query<{ households: number; residents: number }>(
        'SELECT (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM resident)::int AS residents',
      )
    ).rows[0];
    await client.end();
    return {
      compounds: compounds.totalCount,
      // Each list is null only if its stakeholder failed to answer: that fails here, as it should.
      buildings: nodes.reduce((n, c) => n + c.buildings!.length, 0),
      committees: nodes.filter((c) => c.ownersCommittee).length,
      contracts: nodes.reduce((n, c) => n + c.serviceContracts!.length, 0),
      outlets: nodes.reduce((n, c) => n + c.outlets!.length, 0),
      ...rows,
    };
  }

  /** What the launcher prints at each stage of start-up. */
  const PG_STARTING = /embedded PostgreSQL on port/;
  const SERVICES_STARTING = /"msg":"ready"/;
  const UP = /Doorstep is up/;

  describe('a start, Ctrl-C, and a second start on the same data', () => {
    let before: Awaited<ReturnType<typeof counts>>;
    let second: Awaited<ReturnType<typeof start>> | undefined;
    // The second start ends with SIGTERM once everything is up: one of the stages below.
    afterAll(async () => {
      if (!second) return;
      expect(await stop(second.child, 'SIGTERM')).toBe(0);
      await nothingLeft();
    });

    it('starts everything, stops everything on Ctrl-C, and a second start adds no duplicates', async () => {
      const first = await start();
      try {
        expect(first.output()).toContain(`http://localhost:${ports.GATEWAY_PORT}/graphql`);
        expect(first.output()).toContain('npm run --silent token -- --role analyst');
        before = await counts();
        expect(before).toMatchObject({ compounds: 13, committees: 4, outlets: 3 });
        expect(before.households).toBeGreaterThan(5000);
      } finally {
        expect(await stop(first.child)).toBe(0);
      }
      await nothingLeft();

      // The second start also serves the restart case below: quick restarts, and a patient
      // gateway (the restarted enterprise may be slow to answer its first requests on a busy machine).
      second = await start(UP, { RESTART_BASE_MS: '200', GATEWAY_SUBGRAPH_TIMEOUT_MS: '30000' });
      expect(await counts()).toEqual(before);
    });

    const pidOf = (output: string, name: string) =>
      Number([...output.matchAll(new RegExp(`\\[start\\] ${name} started \\(pid (\\d+)\\)`, 'g'))].pop()?.[1]);
    it('restarts a service killed with SIGKILL while the others keep running and serving', async () => {
      if (!second) throw new Error('the second start did not come up');
      const { output } = second;
      // A small load of the README's first query runs through the gateway across the kill and the restart.
      const gatewayUrl = `http://localhost:${ports.GATEWAY_PORT}/graphql`;
      const authorization = `Bearer ${await signUserToken({ sub: 'start-test', roles: [{ role: 'analyst' }] })}`;
      const allUp = (await postGraphQL(gatewayUrl, FIRST_LOOK, undefined, { authorization })).data as JsonObject;
      expect(readsEveryStakeholder(allUp)).toBe(true);
      const outcomes = new Outcomes().allow('all four', { data: allUp }).allow('without enterprise', {
        data: firstLookWithout(allUp, 'enterprise'),
        errors: [
          { message: 'The enterprise service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'enterprise' } },
        ],
      });
      const load = startLoad(2, () => postGraphQL(gatewayUrl, FIRST_LOOK, undefined, { authorization }), { pauseMs: 200 });
      try {
        await load.mark('killed');
        const first = pidOf(output(), 'enterprise');
        process.kill(first, 'SIGKILL');
        await eventually(
          `never saw ${String(/\[start\] enterprise exited \(SIGKILL\); restarting in 200 ms \(attempt 1 of 5\)/)}`,
          () => /\[start\] enterprise exited \(SIGKILL\); restarting in 200 ms \(attempt 1 of 5\)/.test(output()),
          { boundMs: READY_BOUND_MS, detail: output },
        );
        await eventually(
          `never saw ${String(/\[start\] enterprise started \(pid \d+\)[\s\S]*\[start\] enterprise started/)}`,
          () => /\[start\] enterprise started \(pid \d+\)[\s\S]*\[start\] enterprise started/.test(output()),
          { boundMs: READY_BOUND_MS, detail: output },
        );
        expect(pidOf(output(), 'enterprise')).not.toBe(first);
        const enterpriseReady = () =>
          fetch(`http://localhost:${ports.ENTERPRISE_PORT}/ready`).then(
            (r) => r.ok,
            () => false,
          );
        await eventually('enterprise never came back', enterpriseReady, { boundMs: READY_BOUND_MS, detail: output });
        await load.mark('restarted');
        for (const name of ['GATEWAY_PORT', 'PARTY_PORT', 'COMMITTEE_PORT', 'PROPERTY_PORT'])
          expect([name, await portOpen(ports[name])]).toEqual([name, true]);
        expect(await counts()).toEqual(before);
        expect(outcomes.tally(await load.window('back', 8))).toEqual({ answers: 8, 'all four': 8, errorsByCode: {} });
      } finally {
        await load.stop();
      }
      // While the launcher restarted it, the other stakeholders' data kept coming, exactly, without enterprise's.
      const during = load.answers('start', 'killed');
      expect(outcomes.outside(during, ['all four', 'without enterprise'])).toEqual([]);
      expect(outcomes.tally(during)['without enterprise']).toBeGreaterThan(0);
      expect(outcomes.outside(load.answers('restarted', 'back, then'), ['all four'])).toEqual([]);
    });
  });

  // Ctrl-C at every stage of start-up and after it: PostgreSQL starting, services
  // starting, everything up (the first start above); a second Ctrl-C while stopping;
  // SIGTERM when everything is up (the second start above) and twice Ctrl-C when up (the
  // crash-loop case below). Each time: exit code 0, no port left open, PostgreSQL stopped
  // cleanly (no pid file left).
  const ROUNDS: [string, RegExp, NodeJS.Signals[]][] = [
    ['Ctrl-C while PostgreSQL starts', PG_STARTING, ['SIGINT']],
    ['Ctrl-C twice while the services start', SERVICES_STARTING, ['SIGINT', 'SIGINT']],
  ];
  it('ends with exit code 0 on Ctrl-C or SIGTERM at every stage of start-up', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS.length; round++) {
      const [stage, until, signals] = ROUNDS[round];
      const { child, output } = await start(until, { LOG_LEVEL: 'info', SEED_DEMO: 'false' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      for (const signal of signals) child.kill(signal);
      const code = await exited;
      outcomes.push(`${round} ${stage}: ${code}`);
      if (code !== 0) throw new Error(`round ${round} (${stage}) exited ${code}:\n${output().slice(-4000)}`);
      await nothingLeft();
    }
    expect(outcomes).toEqual(ROUNDS.map(([stage], round) => `${round} ${stage}: 0`));
  });

  it('gives up on a service that keeps crashing, and the rest stay up', async () => {
    const { child, output } = await start(UP, {
      RESTART_BASE_MS: '50',
      RESTART_LIMIT: '2',
      // Nothing listens there: committee exits at every start.
      COMMITTEE_DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${ports.COMMITTEE_PORT}/nowhere`,
    });
    try {
      expect(output()).toMatch(/\[start\] committee exited \(code 1\) 3 times within 300 s; giving up on it/);
      expect(output()).toMatch(/Doorstep is up \([\d.]+ s\), without committee/);
      const token = await signUserToken({ sub: 'start-test', roles: [{ role: 'analyst' }] });
      const res = await fetch(`http://localhost:${ports.GATEWAY_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ compounds(first: 1) { totalCount edges { node { name ownersCommittee { id } } } } }' }),
      });
      const body = (await res.json()) as { data: { compounds: { totalCount: number } }; errors: { extensions: unknown }[] };
      expect(body.data.compounds.totalCount).toBe(13);
      expect(body.errors.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', serviceName: 'committee' }]);
    } finally {
      // Ctrl-C twice when everything is up (a stage of the rounds above).
      expect(await stop(child, 'SIGINT', 'SIGINT')).toBe(0);
    }
    await nothingLeft();
  });
});
