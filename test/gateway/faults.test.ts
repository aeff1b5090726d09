import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGateway, type RunningGateway } from '../../gateway/gateway';
import { ManualClock } from '../../shared/clock';
import { STAKEHOLDER_NAMES, SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import { openDatabase } from '../../shared/server/run-subgraph';
import { SUBGRAPHS } from '../../subgraphs';
import { cloneTemplate, dropDatabase, withDatabase } from '../support/databases';
import { eventually } from '../support/eventually';
import { FIRST_LOOK, firstLookWithout, readsEveryStakeholder } from '../support/first-look';
import { freePort } from '../support/free-port';
import type { JsonObject } from '../support/outage-expectation';
import { startLoad, type Load } from '../support/load';
import { Outcomes } from '../support/outcomes';
import { postGraphQL, type GraphQLResult } from '../support/post-graphql';
import { PostgresProcess } from '../support/postgres-process';
import { SubgraphProcess } from '../support/processes';
import { TEST_START } from '../support/test-clock';
import { tokenFor } from '../support/tokens';

/**
 * Issue 10, point 6: faults made for real while a load runs, with nothing standing in for
 * the fault. The four subgraphs run as operating-system processes on copies of the demo;
 * a gateway in this process serves the README's first query to a few clients at once.
 * Each subgraph is killed with SIGKILL and started again; one is frozen with SIGSTOP (it
 * accepts connections and never answers) and let go with SIGCONT; and a PostgreSQL
 * cluster of this file's own (the run's cluster serves the other files) is stopped and
 * started again under a committee process that is never restarted. Every answer the load
 * gets is named by the outcome it equals exactly; the assertions count answers, never time.
 */
/**
 * The stakeholders other than the root's (party): while one is down, the query still
 * answers. FirstLook reads nothing of notify (the platform, not a stakeholder), so its
 * outage would show nothing here.
 */
const OTHERS = STAKEHOLDER_NAMES.filter((name) => name !== 'party');
/**
 * Clients of the load, each pausing between requests: requests keep arriving through
 * every fault (about 5 a second), few enough that the load does not take the CPU a
 * restart needs (each answer costs the gateway, four subgraphs and PostgreSQL ~20 ms of CPU).
 */
const LOAD = { clients: 3, pauseMs: 500 };
/** Answers asserted in each phase of a fault; the load runs on between them. */
const WINDOW = 8;
/**
 * The gateways in front of killed processes wait long for an answer: a killed process
 * refuses at once, while one just started on a busy machine may be slow to answer its
 * first requests — not the fault under test there (the frozen one is).
 */
const PATIENT_MS = 30_000;
const HANG_TIMEOUT_MS = 1000;
const ALL_READY = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'ready']));

const unavailable = (serviceName: string, message: string) => ({ message, extensions: { code: 'SERVICE_UNAVAILABLE', serviceName } });

async function readiness(graphqlUrl: string): Promise<{ status: number; body: { status: string; subgraphs?: Record<string, string> } }> {
  const response = await fetch(new URL('/ready', graphqlUrl));
  return { status: response.status, body: (await response.json()) as { status: string } };
}

describe('faults with real processes under load', () => {
  const processes = {} as Record<SubgraphName, SubgraphProcess>;
  /** Clean-up steps, run last first, each on its own so that one failing leaves nothing behind. */
  const cleanup: (() => unknown)[] = [];
  const outcomes = new Outcomes();
  let gateway: RunningGateway;
  let token: string;
  let allUp: JsonObject;
  const ask = (url: string) => postGraphQL(url, FIRST_LOOK, undefined, { authorization: `Bearer ${token}` });

  beforeAll(async () => {
    const ports = {} as Record<SubgraphName, number>;
    for (const name of SUBGRAPH_NAMES) ports[name] = await freePort();
    // Each subgraph finds the others (write-time look-ups) where they really run.
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${ports[n]}/graphql`]));
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const database = await cloneTemplate(name, 'demo');
        cleanup.push(() => dropDatabase(database));
        processes[name] = new SubgraphProcess(name, ports[name], {
          ...urls,
          DATABASE_URL: '',
          [`${name.toUpperCase()}_DATABASE_URL`]: database,
        });
        cleanup.push(async () => {
          processes[name].signal('SIGCONT');
          await processes[name].kill('SIGKILL');
        });
        await processes[name].start();
      }),
    );
    gateway = await startGateway(0, { urlOf: (name) => processes[name].url, subgraphTimeoutMs: PATIENT_MS });
    cleanup.push(() => gateway.stop());
    token = await tokenFor('analyst');

    const first = await ask(gateway.url);
    expect([first.status, first.errors]).toEqual([200, undefined]);
    allUp = first.data as JsonObject;
    // Something from every stakeholder, or comparing with it proves nothing.
    expect(readsEveryStakeholder(allUp)).toBe(true);
    outcomes.allow('all four', { data: allUp });
    for (const name of OTHERS)
      outcomes.allow(`without ${name}`, {
        data: firstLookWithout(allUp, name),
        errors: [unavailable(name, `The ${name} service is unavailable`)],
      });
    outcomes.allow('without party', {
      data: firstLookWithout(allUp, 'party'),
      errors: [unavailable('party', 'The party service is unavailable')],
    });
  });

  afterAll(async () => {
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch {
        // keep cleaning up
      }
    }
  });

  describe('each subgraph killed with SIGKILL under load, then started again', () => {
    let load: Load<GraphQLResult>;
    beforeAll(async () => {
      load = startLoad(LOAD.clients, () => ask(gateway.url), LOAD);
      expect(outcomes.tally(await load.window('all up', WINDOW))).toEqual({ answers: WINDOW, 'all four': WINDOW, errorsByCode: {} });
    });
    afterAll(() => load?.stop());

    /** Killed once all earlier requests are back; a window of answers while down, and one after its restart. */
    async function killAndRestart(name: SubgraphName) {
      await load.mark(`${name} killed`);
      await processes[name].kill('SIGKILL');
      const down = await load.window(`${name} down`, WINDOW);
      await load.mark(`${name} restarting`);
      await processes[name].start();
      const back = await load.window(`${name} back`, WINDOW);
      return { down: outcomes.tally(down), back: outcomes.tally(back) };
    }

    it.each(OTHERS)(
      '%s down: the other stakeholders’ data exactly as before, its fields null and coded; all back after a restart',
      async (name) => {
        expect(await killAndRestart(name)).toEqual({
          down: { answers: WINDOW, [`without ${name}`]: WINDOW, errorsByCode: { SERVICE_UNAVAILABLE: WINDOW } },
          back: { answers: WINDOW, 'all four': WINDOW, errorsByCode: {} },
        });
      },
    );

    it('party (the root’s subgraph) down: one coded error naming party; the whole answer after a restart', async () => {
      expect(await killAndRestart('party')).toEqual({
        down: { answers: WINDOW, 'without party': WINDOW, errorsByCode: { SERVICE_UNAVAILABLE: WINDOW } },
        back: { answers: WINDOW, 'all four': WINDOW, errorsByCode: {} },
      });
    });

    it('around each kill and restart, every answer was whole or lacked only the stakeholder that was down', async () => {
      await load.stop();
      for (const name of STAKEHOLDER_NAMES) {
        const around = load.answers(`${name} killed`, `${name} down, then`, `${name} restarting`);
        const after = load.answers(`${name} back, then`);
        expect({
          name,
          around: outcomes.outside(around, ['all four', `without ${name}`]),
          after: outcomes.outside(after, ['all four']),
        }).toEqual({
          name,
          around: [],
          after: [],
        });
      }
      expect(outcomes.outside(load.answers('start', 'all up, then'), ['all four'])).toEqual([]);
    });
  });

  describe('a subgraph that hangs (SIGSTOP): it accepts connections and never answers', () => {
    let hanging: RunningGateway;
    beforeAll(async () => {
      hanging = await startGateway(0, {
        urlOf: (name) => processes[name].url,
        subgraphTimeoutMs: HANG_TIMEOUT_MS,
      });
      cleanup.push(() => hanging.stop());
      outcomes.allow('enterprise timed out', {
        data: firstLookWithout(allUp, 'enterprise'),
        errors: [unavailable('enterprise', `The enterprise service did not answer within ${HANG_TIMEOUT_MS} ms`)],
      });
    });

    it('costs each request the timeout: its fields null and coded, the rest exact, /ready says so; it serves again after SIGCONT', async () => {
      expect(outcomes.nameOf({ phase: 'first', answer: await ask(hanging.url) })).toBe('all four');
      // Each answer waits for the timeout while it hangs: a few clients suffice.
      const load = startLoad(4, () => ask(hanging.url), LOAD);
      try {
        await load.mark('enterprise stopping');
        processes.enterprise.signal('SIGSTOP');
        const frozen = await load.window('enterprise frozen', 8);
        expect(await readiness(hanging.url)).toEqual({
          status: 200,
          body: { status: 'ready', subgraphs: { ...ALL_READY, enterprise: 'unavailable' } },
        });
        await load.mark('enterprise continuing');
        processes.enterprise.signal('SIGCONT');
        await eventually(
          'enterprise never answered again',
          async () => (await readiness(hanging.url)).body.subgraphs?.enterprise === 'ready',
        );
        const back = await load.window('enterprise back', 8);
        expect({ frozen: outcomes.tally(frozen), back: outcomes.tally(back) }).toEqual({
          frozen: { answers: 8, 'enterprise timed out': 8, errorsByCode: { SERVICE_UNAVAILABLE: 8 } },
          back: { answers: 8, 'all four': 8, errorsByCode: {} },
        });
        expect(await readiness(hanging.url)).toEqual({ status: 200, body: { status: 'ready', subgraphs: ALL_READY } });
      } finally {
        processes.enterprise.signal('SIGCONT');
        await load.stop();
      }
      const around = load.answers('enterprise stopping', 'enterprise frozen, then', 'enterprise continuing');
      expect(outcomes.outside(around, ['all four', 'enterprise timed out'])).toEqual([]);
      expect(outcomes.outside(load.answers('enterprise back, then'), ['all four'])).toEqual([]);
    });
  });

  describe('PostgreSQL stopped and started again under load, in a cluster of this file’s own', () => {
    let pg: PostgresProcess;
    let committee: SubgraphProcess;
    let behind: RunningGateway;

    beforeAll(async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-faults-pg-'));
      cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      pg = new PostgresProcess(dataDir, await freePort());
      cleanup.push(() => pg.stop());
      await pg.start();
      // The committee's demo made as the run's template is: migrated, then seeded at the test clock.
      const url = withDatabase(pg.url, 'doorstep_committee');
      const dataSource = await openDatabase(SUBGRAPHS.committee, url, true);
      await SUBGRAPHS.committee.seedDemo(dataSource, new ManualClock(TEST_START));
      await dataSource.destroy();

      committee = new SubgraphProcess('committee', await freePort(), {
        DATABASE_URL: '',
        COMMITTEE_DATABASE_URL: url,
        PARTY_URL: processes.party.url,
        ENTERPRISE_URL: processes.enterprise.url,
      });
      cleanup.push(() => committee.kill('SIGKILL'));
      await committee.start();
      behind = await startGateway(0, {
        urlOf: (name) => (name === 'committee' ? committee.url : processes[name].url),
        subgraphTimeoutMs: PATIENT_MS,
      });
      cleanup.push(() => behind.stop());
      // The committee answers, for each compound, that its database is unavailable.
      const unreachable = (i: number) => ({
        ...unavailable('committee', 'The database is unavailable; try again shortly'),
        path: ['compounds', 'edges', i, 'node', 'ownersCommittee'],
      });
      outcomes.allow('committee database down', {
        data: firstLookWithout(allUp, 'committee'),
        errors: (allUp.compounds as { edges: unknown[] }).edges.map((_, i) => unreachable(i)),
      });
    });

    it('answers SERVICE_UNAVAILABLE from the committee while its database is down (nothing INTERNAL_SERVER_ERROR), and serves again by itself', async () => {
      const pages = (allUp.compounds as { edges: unknown[] }).edges.length;
      const load = startLoad(LOAD.clients, () => ask(behind.url), LOAD);
      try {
        // A copy of the demo made the same way answers the same.
        const before = await load.window('database up', WINDOW);
        await load.mark('database stopping');
        await pg.stop();
        const down = await load.window('database down', WINDOW);
        expect(await readiness(committee.url)).toEqual({ status: 503, body: { status: 'unavailable' } });
        expect(await readiness(behind.url)).toEqual({
          status: 200,
          body: { status: 'ready', subgraphs: { ...ALL_READY, committee: 'unavailable' } },
        });
        await load.mark('database starting');
        await pg.start();
        await eventually('the committee never found its database again', async () => (await readiness(committee.url)).status === 200, {
          detail: () => committee.logs(),
        });
        const back = await load.window('database back', WINDOW);
        expect({ before: outcomes.tally(before), down: outcomes.tally(down), back: outcomes.tally(back) }).toEqual({
          before: { answers: WINDOW, 'all four': WINDOW, errorsByCode: {} },
          down: { answers: WINDOW, 'committee database down': WINDOW, errorsByCode: { SERVICE_UNAVAILABLE: pages * WINDOW } },
          back: { answers: WINDOW, 'all four': WINDOW, errorsByCode: {} },
        });
      } finally {
        await load.stop();
      }
      const around = load.answers('database stopping', 'database down, then', 'database starting');
      expect(outcomes.outside(around, ['all four', 'committee database down'])).toEqual([]);
      expect(outcomes.outside(load.answers('database up, then', 'database back, then'), ['all four'])).toEqual([]);
      // Nothing but SERVICE_UNAVAILABLE at any moment, from the same committee process throughout.
      expect(Object.keys(outcomes.tally(load.answers()).errorsByCode as object)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(committee.running()).toBe(true);
    });
  });
});
