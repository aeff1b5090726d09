import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ExplorerAssets } from './assets';
import { explorerRoute } from './explorer';

describe('the explorer route before its files are built', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-explorer-'));
  const route = explorerRoute({ enabled: true, devTools: true }, new ExplorerAssets(empty));
  const server = http.createServer((req, res) => {
    void route(req, res, new URL(req.url ?? '/', 'http://localhost')).then((answered) => {
      if (!answered) res.writeHead(418).end('not the explorer');
    });
  });
  let origin: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('gives a browser a page that reloads itself, with Retry-After', async () => {
    const response = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="3" />');
    expect(html).toContain('being built');
  });

  it('leaves GraphQL requests to the server', async () => {
    const response = await fetch(`${origin}/graphql?query=%7B__typename%7D`, { headers: { accept: 'application/json' } });
    expect([response.status, await response.text()]).toEqual([418, 'not the explorer']);
  });
});
