import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { INTERNAL_CREDENTIAL_HEADER } from '../../shared/auth/internal-credential';
import type { GatewayContext } from './auth-context';

type DataSource = RemoteGraphQLDataSource<GatewayContext>;

/**
 * How the gateway calls a subgraph: the caller's `authorization` header unchanged plus
 * the internal credential. Both are plain headers, so Apollo Router, Hive Gateway or
 * Grafbase can do the same with configuration alone (see README).
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly internalCredential: string,
  ) {
    // Node's built-in fetch (undici, pooled keep-alive) instead of the default
    // make-fetch-happen, whose per-request agent and cache bookkeeping was the largest
    // share of the gateway's own CPU in a profile (bench/README.md).
    super({ url, fetcher: globalThis.fetch as unknown as Fetcher });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<DataSource['willSendRequest']>>[0]): void {
    request.http?.headers.set(INTERNAL_CREDENTIAL_HEADER, this.internalCredential);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /**
   * A subgraph that cannot be reached, or answers with a server error instead of
   * GraphQL, becomes SERVICE_UNAVAILABLE naming the stakeholder — never the internal
   * URL or the socket error, which the default error would carry to the client.
   */
  override didEncounterError(...[error, , fetchResponse]: Parameters<DataSource['didEncounterError']>): void {
    if (!fetchResponse || fetchResponse.status >= 500 || fetchResponse.status === 401) {
      throw new GraphQLError(`The ${this.serviceName} service is unavailable`, {
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
        originalError: error,
      });
    }
    // A 4xx with GraphQL errors (e.g. a variable the subgraph's scalar refused): pass the
    // subgraph's own message and code on, not "400: Bad Request" with its URL.
    const body = (error as GraphQLError).extensions?.response as
      { body?: { errors?: { message?: string; extensions?: { code?: string } }[] } } | undefined;
    const first = body?.body?.errors?.[0];
    if (first?.message && first.extensions?.code) {
      throw new GraphQLError(first.message, { extensions: { code: first.extensions.code }, originalError: error });
    }
    throw error;
  }
}
