import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_TOKEN_HEADER } from '../../shared/auth/service-identity';
import { gatewayTokenVariable } from './peer';
import { subgraphDataSource, type ClientContext } from './apollo-gateway.server';

/** The headers the data source sets on one subgraph request of a client with `context`. */
function headersSent(name: string, context: ClientContext): Headers {
  const headers = new Headers({ 'content-type': 'application/json' });
  const source = subgraphDataSource(name);
  // Only the request and the client's context matter to it (not the kind of request).
  void source.willSendRequest!({
    request: { query: '{ __typename }', http: { method: 'POST', url: source.url, headers } },
    context,
  } as unknown as GraphQLDataSourceProcessOptions<ClientContext>);
  return headers;
}

describe("the bench's stock @apollo/gateway", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env[gatewayTokenVariable('committee')] = 'committee-token';
    process.env.COMMITTEE_URL = 'http://127.0.0.1:4702/graphql';
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("calls each subgraph at the run's URL with that subgraph's token and the client's authorization", () => {
    expect(subgraphDataSource('committee').url).toBe('http://127.0.0.1:4702/graphql');
    const headers = headersSent('committee', { authorization: 'Bearer user' });
    expect(headers.get(GATEWAY_TOKEN_HEADER)).toBe('committee-token');
    expect(headers.get('authorization')).toBe('Bearer user');
  });

  it('sends no authorization when the client sent none, and refuses a subgraph Doorstep does not have', () => {
    expect(headersSent('committee', {}).has('authorization')).toBe(false);
    expect(() => subgraphDataSource('billing')).toThrow(/billing/);
  });
});
