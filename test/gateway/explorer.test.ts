import fs from 'node:fs';
import path from 'node:path';
import { decodeJwt } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { ASSETS_DIR } from '../../gateway/explorer/assets';
import { buildExplorer } from '../../gateway/explorer/build';
import { startGateway, type RunningGateway } from '../../gateway/gateway';
import type { ExplorerPageConfig } from '../../gateway/explorer/page-config';
import { loadTrust } from '../../shared/auth/trust';
import { demoCompound } from '../../shared/demo/manifest';
import { DEMO_OPERATION_VARIABLES, DEMO_PERSONAS } from '../../shared/demo/personas';
import { FundLedgerDocument, type FundLedgerQueryVariables } from '../../operations/typed/graphql';
import { launchBrowser, openRecordedPage, type RecordedPage } from '../support/browser';
import { FIRST_LOOK } from '../support/first-look';
import { startStack, type Stack } from '../support/stack';

/**
 * The explorer (README, "The explorer"): GraphiQL served by the gateway at its GraphQL
 * URL, loaded in headless Chromium. A role is picked, the README's first query and a
 * persona operation run, and their answers are read from the page and compared with the
 * same requests sent straight to the gateway; no request of the page or its workers goes
 * anywhere but the gateway. In production the page and the token endpoint are absent.
 */

/** What the page's global scope holds of Monaco, GraphiQL's editor, once it has loaded. */
type WithMonaco = typeof globalThis & { __MONACO?: { editor: { getModels(): { uri: { toString(): string }; getValue(): string }[] } } };

/** The text of one of GraphiQL's Monaco editors, by its model's name. */
function editorText(page: Page, model: 'response.json' | 'request-headers.json'): Promise<string> {
  return page.evaluate(
    (name) =>
      (globalThis as WithMonaco)
        .__MONACO!.editor.getModels()
        .find((m) => String(m.uri).endsWith(name))
        ?.getValue() ?? '',
    model,
  );
}

/** The token the active tab's Authorization header carries. */
async function bearerToken(page: Page): Promise<string> {
  const headers = JSON.parse(await editorText(page, 'request-headers.json')) as Record<string, string>;
  return headers.Authorization.replace(/^Bearer /, '');
}

/** Runs the active tab's operation with GraphiQL's button and reads the answer from its response editor. */
async function run(page: Page): Promise<unknown> {
  await page.getByRole('button', { name: /^Execute query/ }).click();
  await page.waitForFunction(() =>
    (globalThis as WithMonaco)
      .__MONACO!.editor.getModels()
      .find((m) => String(m.uri).endsWith('response.json'))
      ?.getValue()
      .startsWith('{'),
  );
  return JSON.parse(await editorText(page, 'response.json'));
}

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const coded = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
});
const notFound = { status: 404, body: { errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] } };

describe('the explorer', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // Up to date after `npm run build`; a run of this file alone builds what changed.
    await buildExplorer();
    const [started, launched] = await Promise.allSettled([startStack({ seedDemo: true }), launchBrowser()]);
    // Whichever started is stopped in afterAll, even if the other failed.
    if (started.status === 'fulfilled') stack = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [started, launched]) if (outcome.status === 'rejected') throw outcome.reason;
    origin = new URL(stack.gatewayUrl).origin;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  describe('in development', () => {
    let recorded: RecordedPage;
    beforeAll(async () => {
      recorded = await openRecordedPage(browser, origin);
    });
    afterAll(() => recorded.close());

    it('opens at the GraphQL URL, signs in with a picked role and runs the README’s first query', async () => {
      const { page } = recorded;
      const response = await page.goto(stack.gatewayUrl);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      await page.waitForFunction(() => (globalThis as WithMonaco).__MONACO !== undefined);

      const compound = demoCompound('xiangtan-dongli');
      await page.getByLabel('Role 1').selectOption('grid_worker');
      await page.getByLabel('Scope 1').selectOption(compound.id);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as grid_worker · ${compound.name}.`).waitFor();

      const token = await bearerToken(page);
      expect(decodeJwt(token)).toMatchObject({ sub: 'dev-grid_worker', roles: [{ role: 'grid_worker', compoundId: compound.id }] });
      const answer = await run(page);
      const direct = await stack.query(FIRST_LOOK, {}, token);
      expect(direct.data?.compounds.edges).toHaveLength(3);
      expect(answer).toEqual({ data: direct.data });
    });

    it('opens a persona operation in a new tab with its variables and its persona’s token', async () => {
      const { page } = recorded;
      await page.getByRole('button', { name: 'FundLedger', exact: true }).click();
      await page.getByText('FundLedger opened as the committee persona.').waitFor();

      const token = await bearerToken(page);
      expect(decodeJwt(token)).toMatchObject({ sub: 'persona:committee', roles: DEMO_PERSONAS.committee.grants });
      const answer = await run(page);
      // The demo's variables, as the page sent them (shared/demo/personas.ts keeps them untyped).
      const direct = await stack.query(FundLedgerDocument, DEMO_OPERATION_VARIABLES.FundLedger as FundLedgerQueryVariables, token);
      expect(direct.errors).toBeUndefined();
      expect(direct.data?.publicFund.entries.totalCount).toBeGreaterThan(0);
      expect(answer).toEqual({ data: direct.data });
    });

    it('made every request to the gateway, the editor workers’ too, without an error', () => {
      const elsewhere = recorded.requests.filter((url) => new URL(url).origin !== origin);
      expect(elsewhere).toEqual([]);
      expect(recorded.requests).toEqual(
        expect.arrayContaining([
          `${origin}/graphql`,
          `${origin}/graphql/explorer/explorer.js`,
          `${origin}/graphql/explorer/graphql.worker.js`,
        ]),
      );
      expect(recorded.errors).toEqual([]);
    });

    it('signs dev tokens only for known roles and ids, and only for a JSON POST', async () => {
      const tokenUrl = `${origin}/graphql/explorer/token`;
      const badRole = await coded(await postJson(tokenUrl, { roles: [{ role: 'service' }] }));
      expect(badRole).toEqual({
        status: 400,
        body: { errors: [{ message: expect.stringMatching(/^roles\[0\]\.role must be one of/), extensions: { code: 'BAD_USER_INPUT' } }] },
      });
      const badScope = await coded(await postJson(tokenUrl, { roles: [{ role: 'grid_worker', compoundId: 'xiangtan' }] }));
      expect(badScope.body.errors?.[0]).toEqual({
        message: 'roles[0].compoundId must be an id (a UUID)',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const badPersona = await coded(await postJson(tokenUrl, { persona: 'mayor' }));
      expect(badPersona.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      // A form post from another site cannot send JSON, so it cannot get a token.
      const form = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'persona=analyst',
      });
      expect((await coded(form)).status).toBe(415);
      expect((await coded(await fetch(tokenUrl))).status).toBe(405);
      const analyst = (await (await postJson(tokenUrl, { persona: 'analyst' })).json()) as { token: string };
      expect(decodeJwt(analyst.token)).toMatchObject({ sub: 'persona:analyst', roles: [{ role: 'analyst' }] });
    });

    it('keeps Apollo Sandbox at ?sandbox, answers GET queries and knows no other explorer file', async () => {
      const sandbox = await fetch(`${stack.gatewayUrl}?sandbox`, { headers: html });
      expect(sandbox.status).toBe(200);
      await expect(sandbox.text()).resolves.toContain('embeddable-sandbox');
      expect(await coded(await fetch(`${origin}/graphql/explorer/..%2F..%2Fpackage.json`))).toEqual(notFound);
      expect(await coded(await fetch(`${origin}/graphql/explorer/.fingerprint`))).toEqual(notFound);
      const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(await coded(get)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    });
  });

  describe('in production', () => {
    const previous = { NODE_ENV: process.env.NODE_ENV, EXPLORER: process.env.EXPLORER };
    const gateways: RunningGateway[] = [];
    const startProduction = async (explorer?: string) => {
      // Keys first: production refuses the dev keys this stack runs on (test/security/production-start.suite.ts checks that).
      const trust = loadTrust('gateway');
      process.env.NODE_ENV = 'production';
      if (explorer) process.env.EXPLORER = explorer;
      try {
        const gateway = await startGateway(0, { urlOf: stack.directory.urlOf, trust });
        gateways.push(gateway);
        return new URL(gateway.url).origin;
      } finally {
        for (const [name, value] of Object.entries(previous)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    };
    afterAll(() => Promise.all(gateways.map((g) => g.stop())));

    it('refuses to start on an EXPLORER that is neither on nor off', async () => {
      await expect(startProduction('yes')).rejects.toThrow('EXPLORER must be on or off, not "yes"');
    });

    it('has no page, no files and no token endpoint unless EXPLORER=on', async () => {
      const off = await startProduction();
      expect(await coded(await fetch(`${off}/graphql`, { headers: html }))).toEqual(notFound);
      expect(await coded(await fetch(`${off}/graphql/explorer/explorer.js`))).toEqual(notFound);
      expect(await coded(await postJson(`${off}/graphql/explorer/token`, { persona: 'analyst' }))).toEqual(notFound);
    });

    it('with EXPLORER=on serves the page and introspection, without the dev tools and still no token endpoint', async () => {
      const on = await startProduction('on');
      const page = await fetch(`${on}/graphql`, { headers: html });
      expect(page.status).toBe(200);
      const config = JSON.parse(
        /<script id="explorer-config" type="application\/json">(.*?)<\/script>/s.exec(await page.text())![1],
      ) as ExplorerPageConfig;
      expect(config).toEqual({ graphqlPath: '/graphql', assetsPath: '/graphql/explorer/' });
      // The built file, sent gzipped (the build compressed it) and read to the end.
      const script = await fetch(`${on}/graphql/explorer/explorer.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect([script.status, script.headers.get('content-type'), script.headers.get('content-encoding')]).toEqual([
        200,
        'text/javascript; charset=utf-8',
        'gzip',
      ]);
      expect(Buffer.from(await script.arrayBuffer()).equals(fs.readFileSync(path.join(ASSETS_DIR, 'explorer.js')))).toBe(true);
      expect(await coded(await postJson(`${on}/graphql/explorer/token`, { persona: 'analyst' }))).toEqual(notFound);
      // GraphiQL's docs and completion read the schema: with the explorer on, introspection is on too.
      const schema = await coded(await postJson(`${on}/graphql`, { query: '{ __schema { queryType { name } } }' }));
      expect(schema).toEqual({ status: 200, body: { data: { __schema: { queryType: { name: 'Query' } } } } });
    });
  });
});
