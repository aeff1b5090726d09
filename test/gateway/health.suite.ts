import { SUBGRAPH_NAMES } from '../../shared/config';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { startSubgraphService } from '../../shared/server/subgraph-service';
import { SUBGRAPHS } from '../../subgraphs';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { startTcpProxy } from '../support/tcp-proxy';
import { tokenFor } from '../support/tokens';
import { startStack, Stack } from '../support/stack';

describe('health and readiness', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it.each([...SUBGRAPH_NAMES])('%s answers /health and /ready without credentials', async (name) => {
    const base = stack.directory.urlOf(name).replace('/graphql', '');
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('the gateway answers /health and /ready', async () => {
    const base = stack.gatewayUrl.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it("the gateway's /ready gives each subgraph's state; ?all=1 is 200 only while all four are ready", async () => {
    const base = stack.gatewayUrl.replace('/graphql', '');
    const ready = async (query = '') => {
      const response = await fetch(`${base}/ready${query}`);
      return [response.status, await response.json()];
    };
    const all = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 'ready']));
    expect(await ready()).toEqual([200, { status: 'ready', subgraphs: all }]);
    expect(await ready('?all=1')).toEqual([200, { status: 'ready', subgraphs: all }]);
    await stack.stopSubgraph('committee');
    try {
      const partial = { ...all, committee: 'unavailable' };
      expect(await ready()).toEqual([200, { status: 'ready', subgraphs: partial }]);
      expect(await ready('?all=1')).toEqual([503, { status: 'unavailable', subgraphs: partial }]);
    } finally {
      await stack.startSubgraph('committee');
    }
    expect(await ready('?all=1')).toEqual([200, { status: 'ready', subgraphs: all }]);
  });

  it('a database outage answers SERVICE_UNAVAILABLE, and service comes back by itself with the database', async () => {
    const def = SUBGRAPHS.party;
    const pgUrl = new URL(stack.dataSources.party.options.type === 'postgres' ? String(stack.dataSources.party.options.url) : '');
    const proxy = await startTcpProxy(Number(pgUrl.port));
    pgUrl.host = `127.0.0.1:${proxy.port}`;
    const { dataSource } = createSubgraphDataSource({ url: pgUrl.toString(), entities: def.entities, migrations: def.migrations });
    await dataSource.initialize();
    const service = await startSubgraphService({ name: 'party', schema: await def.buildSchema(), dataSource }, 0);
    const token = await tokenFor('analyst');
    const ask = () => stack.querySubgraph('party', '{ compounds(first: 1) { totalCount } }', {}, token, service.url);
    try {
      expect((await ask()).errors).toBeUndefined();
      await proxy.cut();
      const during = await ask();
      expect(during.errors).toEqual([
        { message: 'The database is unavailable; try again shortly', path: ['compounds'], extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ]);
      expect(JSON.stringify(during)).not.toMatch(/127\.0\.0\.1|ECONN|postgres/);
      expect((await fetch(service.url.replace('/graphql', '/ready'))).status).toBe(503);
      await proxy.restore();
      await eventually('party never served again', async () => (await ask()).errors === undefined);
      expect((await fetch(service.url.replace('/graphql', '/ready'))).status).toBe(200);
    } finally {
      await service.stop();
      await dataSource.destroy().catch(() => undefined);
      await proxy.close();
    }
  });

  it('a subgraph whose database is unreachable is up but not ready', async () => {
    const def = SUBGRAPHS.party;
    const deadPort = await freePort();
    const { dataSource } = createSubgraphDataSource({
      url: `postgres://postgres:postgres@localhost:${deadPort}/nowhere`,
      entities: def.entities,
      migrations: def.migrations,
    });
    const service = await startSubgraphService({ name: 'party', schema: await def.buildSchema(), dataSource }, 0);
    try {
      const base = service.url.replace('/graphql', '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const ready = await fetch(`${base}/ready`);
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable' }]);
    } finally {
      await service.stop();
    }
  });
});
