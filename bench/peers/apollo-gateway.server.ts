import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GATEWAY_TOKEN_HEADER } from '../../shared/auth/service-identity';
import { SUBGRAPH_NAMES, subgraphUrl, type SubgraphName } from '../../shared/config';
import { gatewayTokenVariable } from './peer';

/** What the gateway keeps of the client's request: the header it forwards. */
export interface ClientContext {
  authorization?: string;
}

function isSubgraph(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/**
 * The data source of one subgraph: the run's URL for it (`<NAME>_URL`), the client's
 * `authorization` forwarded and the Doorstep gateway's token for that subgraph, read from
 * the environment once, here, not per request.
 */
export function subgraphDataSource(name: string): RemoteGraphQLDataSource<ClientContext> {
  if (!isSubgraph(name)) throw new Error(`the supergraph names a subgraph Doorstep does not have: ${name}`);
  const token = process.env[gatewayTokenVariable(name)] ?? '';
  return new RemoteGraphQLDataSource<ClientContext>({
    url: subgraphUrl(name),
    willSendRequest({ request, context }) {
      request.http?.headers.set(GATEWAY_TOKEN_HEADER, token);
      const authorization = (context as ClientContext).authorization;
      if (authorization) request.http?.headers.set('authorization', authorization);
    },
  });
}

/**
 * The stock @apollo/gateway in `npm run bench` (bench/peers/apollo-gateway.ts starts this
 * file, built, with `NODE_ENV=production`, the supergraph file and the port as arguments):
 * a plain `ApolloGateway` on the committed supergraph.graphql under Apollo Server's standalone
 * server, every option at its default but what the README's "Another gateway" asks of any
 * gateway. Each subgraph is called through a `RemoteGraphQLDataSource` (its default
 * fetcher, make-fetch-happen) at the run's `<NAME>_URL`, not the supergraph's URL, with the
 * client's `authorization` forwarded and the Doorstep gateway's token for that subgraph.
 */
async function main(): Promise<void> {
  const [supergraphFile, portArgument] = process.argv.slice(2);
  const port = Number(portArgument);
  if (!supergraphFile || !Number.isInteger(port) || port <= 0) throw new Error('usage: apollo-gateway.server.js <supergraph file> <port>');
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphFile, 'utf8'),
    buildService: ({ name }) => subgraphDataSource(name),
  });
  const server = new ApolloServer<ClientContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  console.log(`stock @apollo/gateway ready at ${url}`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
