import type { IncomingMessage, ServerResponse } from 'node:http';
import { USER_ROLES } from '../../shared/auth/viewer';
import { explorerEnabled, isProduction } from '../../shared/config';
import { DEMO_COMPOUNDS, DEMO_ENTERPRISES, DEMO_PROPERTY_COMPANIES } from '../../shared/demo/manifest';
import { DEMO_OPERATION_VARIABLES, DEMO_PERSONAS } from '../../shared/demo/personas';
import { loadPersonaOperations } from '../../shared/schema/persona-operations';
import { refuse } from '../../shared/server/http';
import { ExplorerAssets } from './assets';
import { answerTokenRequest, ROLE_SCOPES } from './dev-tokens';
import { PAGE_CONFIG_ELEMENT, type ExplorerDevConfig, type ExplorerPageConfig, type ScopeChoice } from './page-config';

/**
 * The explorer: GraphiQL, built from npm into dist/explorer/ and served by the gateway
 * itself, so the page works offline and wherever a CDN is slow or blocked. A browser's
 * GET of the GraphQL URL gets the page; its files come from `/graphql/explorer/`.
 * Outside production it also has a role picker backed by a dev token endpoint, the
 * persona operations of operations/, and Apollo Sandbox at `/graphql?sandbox`.
 */

export const GRAPHQL_PATH = '/graphql';
export const ASSETS_PATH = `${GRAPHQL_PATH}/explorer/`;
const TOKEN_PATH = `${ASSETS_PATH}token`;

export interface ExplorerSettings {
  /** Serve the page (EXPLORER; on by default outside production). */
  enabled: boolean;
  /** The token endpoint, role picker, persona operations and Sandbox: never in production. */
  devTools: boolean;
}

export function explorerSettings(): ExplorerSettings {
  return { enabled: explorerEnabled(), devTools: !isProduction() };
}

/**
 * Everything only the page needs (no script, no style, no other origin: the page's
 * Content-Security-Policy says so), so a browser refuses anything that would leave the
 * gateway. Monaco sets inline styles; its workers come from the gateway.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const choice = ({ id, name, nameZh }: ScopeChoice): ScopeChoice => ({ id, name, nameZh });

/** The role picker's choices and the persona operations, read afresh for each page (operations/ may change). */
function devConfig(): ExplorerDevConfig {
  return {
    tokenPath: TOKEN_PATH,
    roles: USER_ROLES.map((role) => ({ role, scope: ROLE_SCOPES[role] })),
    scopes: {
      compound: DEMO_COMPOUNDS.map(choice),
      company: DEMO_PROPERTY_COMPANIES.map(choice),
      enterprise: DEMO_ENTERPRISES.map(choice),
    },
    personas: Object.entries(DEMO_PERSONAS).map(([key, persona]) => ({ key, ...persona })),
    operations: loadPersonaOperations().map(({ persona, name, file, source }) => ({
      persona,
      name,
      file,
      source,
      variables: DEMO_OPERATION_VARIABLES[name] ?? {},
    })),
    sandboxUrl: `${GRAPHQL_PATH}?sandbox`,
  };
}

function page(settings: ExplorerSettings): string {
  const dev = settings.devTools ? devConfig() : undefined;
  const config: ExplorerPageConfig = {
    graphqlPath: GRAPHQL_PATH,
    assetsPath: ASSETS_PATH,
    // The README's first query, so a newcomer who signs in can run something at once.
    defaultQuery: dev?.operations.find((o) => o.name === 'FirstLook')?.source,
    dev,
  };
  // `<` escaped so that no text in the config can close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Doorstep explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${ASSETS_PATH}style.css" />
    <link rel="stylesheet" href="${ASSETS_PATH}explorer.css" />
  </head>
  <body>
    <div id="explorer"></div>
    <script id="${PAGE_CONFIG_ELEMENT}" type="application/json">${json}</script>
    <script src="${ASSETS_PATH}explorer.js"></script>
  </body>
</html>
`;
}

/** A browser opening the GraphQL URL, as opposed to a GET query (Apollo's rule: it prefers HTML). */
function wantsPage(req: IncomingMessage, url: URL): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query')
  );
}

const absent = (res: ServerResponse, what: string) => refuse(res, 404, 'NOT_FOUND', what);

/** How soon the waiting page reloads. */
const EXPLORER_RETRY_S = 3;

/**
 * The explorer's files are missing: on a fresh clone `npm start` builds them just after the
 * API is up (scripts/start.ts), so the browser gets a page that reloads itself meanwhile.
 */
function notBuiltYet(res: ServerResponse): void {
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta http-equiv="refresh" content="${EXPLORER_RETRY_S}" /><title>Doorstep explorer</title></head>
  <body>
    <p>The explorer's files are being built; this page reloads itself in ${EXPLORER_RETRY_S} s.</p>
    <p>Outside <code>npm start</code>, run <code>npm run build</code>. GraphQL requests are answered meanwhile.</p>
  </body>
</html>
`;
  res.writeHead(503, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(html)),
    'retry-after': String(EXPLORER_RETRY_S),
    'content-security-policy': "default-src 'none'",
    'cache-control': 'no-store',
  });
  res.end(html);
}

/** The gateway's route for the explorer (shared/server/http.ts `route`): true when it answered. */
export function explorerRoute(settings: ExplorerSettings = explorerSettings(), assets = new ExplorerAssets()) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname === GRAPHQL_PATH) {
      if (!wantsPage(req, url)) return false;
      // Apollo Sandbox stays an option in development: Apollo Server's own landing page.
      if (settings.devTools && url.searchParams.has('sandbox')) return false;
      if (!settings.enabled) {
        absent(res, 'The explorer is off (EXPLORER=on turns it on); send GraphQL requests as POST');
        return true;
      }
      if (!assets.built()) {
        notBuiltYet(res);
        return true;
      }
      const html = page(settings);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(html)),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return true;
    }
    if (!url.pathname.startsWith(ASSETS_PATH)) return false;
    if (url.pathname === TOKEN_PATH) {
      if (!settings.devTools) absent(res, 'There is no token endpoint in production: tokens come from the identity provider');
      else await answerTokenRequest(req, res);
      return true;
    }
    const served =
      settings.enabled &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      (await assets.serve(req, res, url.pathname.slice(ASSETS_PATH.length)));
    if (!served) absent(res, settings.enabled ? 'The explorer has no such file' : 'The explorer is off (EXPLORER=on turns it on)');
    return true;
  };
}
