import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** One error of a GraphQL answer; `extensions.code` is the stable part tests assert. */
export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; serviceName?: string; [key: string]: unknown };
}

export interface GraphQLResult<T = unknown> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
}

/**
 * A document typed by GraphQL Code Generator (`graphql(\`…\`)` from test/typed or
 * operations/typed): its text, its answer's type `R` and its variables' type `V`.
 */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/** The variables argument: optional when the operation needs none, required when it does. */
export type VariablesOf<V> = object extends V ? [variables?: V] : [variables: V];

/** POSTs a GraphQL request as a front end does; the HTTP status with the body's data and errors. */
export async function postGraphQL<T = unknown>(
  url: string,
  query: string | TypedDocument<T, never>,
  variables: object | undefined,
  headers: Record<string, string>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as GraphQLResult<T>;
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The answer's data, or the test fails with the errors when a call that should succeed did not. */
export function ok<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  if (result.data == null) throw new Error(`no data (HTTP ${result.status})`);
  return result.data;
}
