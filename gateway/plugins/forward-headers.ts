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
    private readonly timeoutMs: number,
  ) {
    // Node's built-in fetch (undici, pooled keep-alive) instead of the default
    // make-fetch-happen, whose per-request agent and cache bookkeeping was the largest
    // share of the gateway's own CPU in a profile (bench/README.md). Every call is
    // bounded: a subgraph that accepts the connection and never answers costs at most
    // `timeoutMs`, then its fields are null with SERVICE_UNAVAILABLE.
    const fetcher = (input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    super({ url, fetcher: fetcher as unknown as Fetcher });
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
    // The subgraph's own coded error, if it answered one (a 4xx refusal of a variable, or
    // its 503 "busy" when it sheds load).
    const body = (error as GraphQLError).extensions?.response as
      { body?: { errors?: { message?: string; extensions?: { code?: string } }[] } } | undefined;
    const first = body?.body?.errors?.[0];
    if (!fetchResponse || fetchResponse.status >= 500 || fetchResponse.status === 401) {
      const timedOut = (error as { name?: string }).name === 'TimeoutError' || /timeout|aborted/i.test(String(error.message));
      const busy = fetchResponse?.status === 503 && first?.extensions?.code === 'SERVICE_UNAVAILABLE' && first.message;
      const message =
        busy || `The ${this.serviceName} service ${timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unavailable'}`;
      throw new GraphQLError(message, {
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
        originalError: error,
      });
    }
    // A 4xx with GraphQL errors (e.g. a variable the subgraph's scalar refused): pass the
    // subgraph's own message and code on, not "400: Bad Request" with its URL.
    if (first?.message && first.extensions?.code) {
      throw new GraphQLError(first.message, { extensions: { code: first.extensions.code }, originalError: error });
    }
    throw error;
  }
}
