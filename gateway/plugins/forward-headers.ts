import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { INTERNAL_CREDENTIAL_HEADER } from '../../shared/auth/internal-credential';
import type { GatewayContext } from './auth-context';

/**
 * How the gateway calls a subgraph: the caller's `authorization` header unchanged plus
 * the internal credential. Both are plain headers, so Apollo Router, Hive Gateway or
 * Grafbase can do the same with configuration alone (see README).
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly internalCredential: string) {
    super({ url });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    request.http?.headers.set(INTERNAL_CREDENTIAL_HEADER, this.internalCredential);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}
