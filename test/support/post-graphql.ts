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

/** Any typed document (its variables' type is `never` here so that every document's is accepted). */
export type AnyTypedDocument = TypedDocument<unknown, never>;
export type ResultOfDocument<D> = D extends DocumentTypeDecoration<infer R, never> ? R : never;
export type VariablesOfDocument<D> = D extends DocumentTypeDecoration<unknown, infer V> ? V : never;
/**
 * Refuses a plain string where a typed document is due: a string has `toString()` and the
 * decoration's members are optional, so without this an untyped text would pass, untyped.
 */
export type NotText<D> = D extends string ? never : unknown;

/**
 * POSTs a GraphQL request as a front end does; the HTTP status with the body's data and
 * errors. A typed document types the answer; a text (straight to a subgraph, or wrong on
 * purpose) says what it expects as `T`.
 */
export async function postGraphQL<D extends AnyTypedDocument>(
  url: string,
  query: D & NotText<D>,
  variables: VariablesOfDocument<D> | undefined,
  headers: Record<string, string>,
): Promise<GraphQLResult<ResultOfDocument<D>>>;
export async function postGraphQL<T = unknown>(
  url: string,
  query: string,
  variables: unknown,
  headers: Record<string, string>,
): Promise<GraphQLResult<T>>;
export async function postGraphQL<T>(
  url: string,
  query: string | AnyTypedDocument,
  variables: unknown,
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
