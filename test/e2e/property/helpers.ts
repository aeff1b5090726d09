import type { GraphQLResult, Stack } from '../../support/stack';
import { INTERNAL_CREDENTIAL_HEADER } from '../../../shared/auth/internal-credential';
import { authSettings } from '../../../shared/config';

/** Calls the property subgraph as the gateway does (for `_entities` of types no root field reaches yet). */
export async function propertyDirect(stack: Stack, query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResult> {
  const response = await fetch(stack.directory.urlOf('property'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [INTERNAL_CREDENTIAL_HEADER]: authSettings().internalCredential },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResult;
  return { status: response.status, data: body.data, errors: body.errors };
}

export const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
