import { PAGE_CONFIG_ELEMENT, type ExplorerPageConfig } from '../page-config';

/** The config the gateway embedded in the page. */
export function pageConfig(): ExplorerPageConfig {
  const element = document.getElementById(PAGE_CONFIG_ELEMENT);
  if (!element?.textContent) throw new Error(`The page has no #${PAGE_CONFIG_ELEMENT}`);
  return JSON.parse(element.textContent) as ExplorerPageConfig;
}

/**
 * Monaco runs its language services in web workers. GraphiQL's own set-ups load them
 * from esm.sh or through a bundler's worker import; here each is a bundle the gateway
 * serves next to the page, so nothing is fetched from elsewhere.
 */
export function useServedWorkers(assetsPath: string): void {
  const workers: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) => new Worker(`${assetsPath}${workers[label] ?? 'editor.worker.js'}`),
  };
}
