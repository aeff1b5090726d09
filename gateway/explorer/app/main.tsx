import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { signInPlugin } from './sign-in';
import { pageConfig, useServedWorkers } from './workers';

const config = pageConfig();
useServedWorkers(config.assetsPath);

/** Posts to the gateway the page came from, as any front end does. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(config.graphqlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

const plugins = config.dev ? [signInPlugin(config.dev)] : [];

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={config.defaultQuery}
    plugins={plugins}
    visiblePlugin={plugins[0]}
    defaultEditorToolsVisibility="headers"
  />,
);
